using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Pipeline;

public sealed class TokenRenewalTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public TokenRenewalTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public async Task AdapterShouldRenewTheTokenAndRetryOnceAfterA401()
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();
        var revoked = _server.IssuedTokens.Single();
        _server.Revoke(revoked);

        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Single(nodes!);
        Assert.Equal(2, _server.TokenRequests);
        var browses = _server.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, browses.Count);
        Assert.Equal("Bearer " + revoked, browses[1].Authorization);
        Assert.Equal("Bearer " + _server.IssuedTokens[1], browses[2].Authorization);
    }

    [Fact]
    public async Task AdapterShouldSurfaceASecond401WithoutLooping()
    {
        _server.BrowseAlwaysUnauthorized = true;
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.IsNotType<RealityConnectAuthenticationException>(error);
        Assert.Equal(2, _server.BrowseRequests);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task AdapterShouldRenewBeforeExpirySoTheCallerNeverSeesA401()
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        for (var minute = 0; minute < 180; minute += 7)
        {
            _time.Advance(TimeSpan.FromMinutes(7));
            await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();
        }

        Assert.Equal(0, _server.UnauthorizedResponses);
        Assert.Equal(1 + 26, _server.BrowseRequests);
        Assert.InRange(_server.TokenRequests, 4, 5);
    }

    [Fact]
    public async Task AdapterShouldNotRetryARequestWhoseBodyCannotBeReplayed()
    {
        using var runtime = TestClients.Runtime(_server, _time);
        var client = new RealityConnectClient(runtime.Adapter);
        await runtime.Discovery.GetApiInfoAsync();
        _server.Revoke(_server.IssuedTokens.Single());
        var request = client.Oauth.ApiInfo.ToGetRequestInformation();
        request.HttpMethod = Method.POST;
        request.SetStreamContent(new OneShotStream(new byte[] { 1, 2, 3 }), "application/octet-stream");

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => runtime.Adapter.SendNoContentAsync(request));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task AdapterShouldReplayASeekableBodyOnTheRetry()
    {
        using var runtime = TestClients.Runtime(_server, _time);
        var client = new RealityConnectClient(runtime.Adapter);
        await runtime.Discovery.GetApiInfoAsync();
        _server.Revoke(_server.IssuedTokens.Single());
        var request = client.Oauth.ApiInfo.ToGetRequestInformation();
        request.HttpMethod = Method.POST;
        request.SetStreamContent(new MemoryStream("payload"u8.ToArray()), "text/plain");

        await runtime.Adapter.SendNoContentAsync(request);

        var posts = _server.Requests.Where(r => r.Method == "POST" && r.Uri.AbsolutePath == "/oauth/api-info").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("payload", p.Body));
        Assert.NotEqual(posts[0].Authorization, posts[1].Authorization);
    }

    [Fact]
    public async Task AdapterShouldNotRetryWhenTheTokenRequestItselfIsRefused()
    {
        _server.Intercept = request => request.RequestUri!.AbsolutePath == "/oauth/token"
            ? FakeRealityConnect.Json(HttpStatusCode.Unauthorized, "{\"hasError\":true,\"message\":\"Invalid client credentials\"}")
            : null;
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal(1, _server.TokenRequests);
    }

    private sealed class OneShotStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
