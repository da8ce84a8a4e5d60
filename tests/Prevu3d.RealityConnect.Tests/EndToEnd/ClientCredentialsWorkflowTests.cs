using System;
using System.Linq;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.EndToEnd;

/// <summary>The guide's workflow over real HTTP on 127.0.0.1: token, api-info, browse the organization's divisions.</summary>
public sealed class ClientCredentialsWorkflowTests
{
    [Fact]
    public async Task ReadmeUsageShouldBrowseTheOrganizationsDivisionsOverRealHttp()
    {
        await using var server = await LocalRealityConnect.StartAsync();

        // The README block, with AuthorityUrl pointing at the local listener.
        using var client = new RealityConnectClient(new RealityConnectClientOptions
        {
            ClientId = FakeRealityConnect.ClientId, ClientSecret = FakeRealityConnect.ClientSecret,
            AuthorityUrl = server.AuthorityUrl,
        });
        var info = await client.Oauth.ApiInfo.GetAsync();
        var divisions = await client.V1.Nodes[info!.Organization!.Id!.Value].Browse.GetAsync();

        Assert.Equal(["North America", "Europe"], divisions!.Select(d => d.Name));
        Assert.Equal("ue1", divisions![0].AdditionalData["region"]?.ToString());
        Assert.Equal(server.ApiUrl, info.ApiUrl);
        var authority = new Uri(server.AuthorityUrl).Authority;
        var api = new Uri(server.ApiUrl).Authority;
        Assert.Collection(
            server.Log,
            entry => Assert.StartsWith($"POST {authority}/oauth/token Basic ", entry, StringComparison.Ordinal),
            entry => Assert.StartsWith($"GET {authority}/oauth/api-info Bearer ", entry, StringComparison.Ordinal),
            entry => Assert.StartsWith($"GET {authority}/oauth/api-info Bearer ", entry, StringComparison.Ordinal),
            entry => Assert.StartsWith($"GET {api}/realityconnect-api/v1/nodes/{FakeRealityConnect.OrganizationId}/browse Bearer ", entry, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetApiInfoAsyncShouldReuseTheDiscoveryOverRealHttp()
    {
        await using var server = await LocalRealityConnect.StartAsync();
        using var client = new RealityConnectClient(TestClients.Options(o => o.AuthorityUrl = server.AuthorityUrl));

        var divisions = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();
        var info = await client.GetApiInfoAsync();

        Assert.Equal(2, divisions!.Count);
        Assert.Equal("Test Organization", info.Organization!.Name);
        Assert.Equal(1, server.Log.Count(e => e.Contains("/oauth/api-info", StringComparison.Ordinal)));
        Assert.Equal(1, server.Log.Count(e => e.Contains("/oauth/token", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RedirectToAnotherPortShouldArriveWithoutAuthorizationOverRealHttp()
    {
        await using var server = await LocalRealityConnect.StartAsync();
        server.MovedTo = server.AuthorityUrl + "/echo";
        using var client = new RealityConnectClient(TestClients.Options(o => o.AuthorityUrl = server.AuthorityUrl));

        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.WithUrl(server.ApiUrl + $"/v1/nodes/{FakeRealityConnect.OrganizationId}/moved/browse").GetAsync();

        Assert.Contains(server.Log, e => e.Contains("/moved/browse Bearer ", StringComparison.Ordinal));
        Assert.Contains($"GET {new Uri(server.AuthorityUrl).Authority}/echo", server.Log);
    }
}
