using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Routes;

public sealed class EmulatorCountersTests
{
    [Fact]
    public async Task CountersShouldCountEachRouteExactly()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        (await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token))).Dispose();
        for (var i = 0; i < 2; i++)
        {
            (await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token))).Dispose();
        }

        Assert.Equal(1, emulator.Counters.Token);
        Assert.Equal(1, emulator.Counters.ApiInfo);
        Assert.Equal(2, emulator.Counters.Browse);
        Assert.Equal(2, emulator.Counters[EmulatorRoute.Browse]);
        Assert.Equal(4, emulator.Counters.Total);
        Assert.Equal("token=1 api-info=1 browse=2", emulator.Counters.ToString());
    }

    [Fact]
    public async Task RejectedAndFaultedRequestsShouldCountButUnknownRoutesShouldNot()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.ServerError(503));

        (await http.SendAsync(EmulatorHttp.TokenRequest(emulator))).Dispose();
        (await http.SendAsync(EmulatorHttp.TokenRequest(emulator, clientSecret: "wrong"))).Dispose();
        (await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), accessToken: null))).Dispose();
        using var unknown = await http.SendAsync(EmulatorHttp.Get(emulator.AuthorityUrl + "/oauth/unknown", accessToken: null));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, emulator.Counters.Token);
        Assert.Equal(1, emulator.Counters.ApiInfo);
        Assert.Equal(3, emulator.Counters.Total);
    }

    [Fact]
    public async Task ResetShouldZeroEveryCounter()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        await EmulatorHttp.GetTokenAsync(http, emulator);

        emulator.Counters.Reset();
        await EmulatorHttp.GetTokenAsync(http, emulator);

        Assert.Equal(1, emulator.Counters.Token);
        Assert.Equal(1, emulator.Counters.Total);
    }

    [Fact]
    public async Task ConcurrentRequestsShouldAllBeCounted()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var token = emulator.CreateAccessToken();

        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ =>
            http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal(64, emulator.Counters.Browse);
    }

    [Fact]
    public void UnknownRouteShouldBeRefused()
    {
        var counters = new EmulatorCounters();

        Assert.Throws<ArgumentOutOfRangeException>(() => counters[(EmulatorRoute)42]);
    }
}
