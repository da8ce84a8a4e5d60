using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Discovery;

public sealed class ApiInfoDiscoveryTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public ApiInfoDiscoveryTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public async Task DiscoveryShouldMakeOneTokenAndOneApiInfoRequestForAHundredConcurrentFirstCalls()
    {
        _server.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = TestClients.Create(_server, _time);

        var calls = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync()))
            .ToArray();
        await Task.Delay(50);
        _server.TokenGate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, _server.TokenRequests);
        Assert.Equal(1, _server.ApiInfoRequests);
        Assert.Equal(100, _server.BrowseRequests);
        Assert.All(results, nodes => Assert.Equal("North America", Assert.Single(nodes!).Name));
    }

    [Fact]
    public async Task DiscoveryShouldServeGetApiInfoAsyncWithoutASecondRoundTrip()
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var info = await client.GetApiInfoAsync();
        var again = await client.GetApiInfoAsync();

        Assert.Same(info, again);
        Assert.Equal(FakeRealityConnect.OrganizationId, info.Organization!.Id);
        Assert.Equal("Test Organization", info.Organization.Name);
        Assert.Equal(FakeRealityConnect.ApiUrl, info.ApiUrl);
        Assert.Equal(1, _server.ApiInfoRequests);
    }

    [Theory]
    [InlineData("https://api-ue1.evil.example.com/realityconnect-api", "api-ue1.evil.example.com")]
    [InlineData("https://prevu3d.com.evil.example.com/realityconnect-api", "prevu3d.com.evil.example.com")]
    [InlineData("http://api-ue1.prevu3d.com/realityconnect-api", "api-ue1.prevu3d.com")]
    [InlineData("/realityconnect-api", null)]
    [InlineData("api-ue1.prevu3d.com/realityconnect-api", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public async Task DiscoveryShouldRefuseAnUnsafeApiUrlAndSendNothingThere(string? apiUrl, string? host)
    {
        _server.DiscoveredApiUrl = apiUrl;
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectDiscoveryException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Contains("apiUrl", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.BrowseRequests);
        Assert.All(_server.Requests, r => Assert.Equal("cloud-api.prevu3d.com", r.Uri.Host));
        if (host is not null)
        {
            Assert.Equal(0, _server.RequestsToHost(host));
        }
    }

    [Fact]
    public async Task DiscoveryShouldNotCacheARefusedApiUrl()
    {
        _server.DiscoveredApiUrl = "https://api.evil.example.com";
        using var client = TestClients.Create(_server, _time);
        await Assert.ThrowsAsync<RealityConnectDiscoveryException>(() => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        _server.DiscoveredApiUrl = FakeRealityConnect.ApiUrl;
        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Single(nodes!);
        Assert.Equal(2, _server.ApiInfoRequests);
    }

    [Fact]
    public async Task DiscoveryShouldAcceptALoopbackHttpApiUrlOnALoopbackAuthority()
    {
        var options = TestClients.Options(o => o.AuthorityUrl = "http://127.0.0.1:5000");
        _server.Authority = "http://127.0.0.1:5000";
        _server.DiscoveredApiUrl = "http://127.0.0.1:5001/realityconnect-api";
        using var client = TestClients.Create(_server, _time, options);

        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Single(nodes!);
        Assert.Equal(1, _server.Count("/realityconnect-api/v1/nodes/" + FakeRealityConnect.OrganizationId + "/browse"));
    }

    [Fact]
    public async Task DiscoveryShouldBeSkippedWhenApiUrlIsConfigured()
    {
        using var client = TestClients.Create(_server, _time, TestClients.Options(o => o.ApiUrl = "https://api-an1.prevu3d.com/realityconnect-api"));

        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Equal(0, _server.ApiInfoRequests);
        Assert.Equal(1, _server.RequestsToHost("api-an1.prevu3d.com"));
    }

    [Fact]
    public async Task GetApiInfoAsyncShouldFetchOnceWhenApiUrlIsConfigured()
    {
        _server.DiscoveredApiUrl = "https://somewhere.else.example.com";
        using var client = TestClients.Create(_server, _time, TestClients.Options(o => o.ApiUrl = "https://api-an1.prevu3d.com/realityconnect-api"));

        var info = await client.GetApiInfoAsync();
        await client.GetApiInfoAsync();

        Assert.Equal("https://somewhere.else.example.com", info.ApiUrl);
        Assert.Equal(1, _server.ApiInfoRequests);
    }

    [Fact]
    public async Task DiscoveryShouldReportAFailedApiInfoWithItsStatusAndRetryLater()
    {
        var fail = true;
        _server.Intercept = request => fail && request.RequestUri!.AbsolutePath == "/oauth/api-info"
            ? FakeRealityConnect.Json(HttpStatusCode.InternalServerError, "{\"hasError\":true,\"message\":\"boom\"}")
            : null;
        // Retries off: this is about the failure not being cached, not about the retries (TransientRetryLoopTests).
        using var client = TestClients.Create(_server, _time, TestClients.Options(o => o.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<RealityConnectDiscoveryException>(() => client.GetApiInfoAsync());
        fail = false;
        var info = await client.GetApiInfoAsync();

        Assert.Equal(500, error.ResponseStatusCode);
        Assert.Contains("api-info", error.Message, StringComparison.Ordinal);
        Assert.NotNull(info.ApiUrl);
        Assert.Equal(2, _server.ApiInfoRequests);
    }
}
