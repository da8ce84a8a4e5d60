using System;
using System.Linq;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

/// <summary>The provider reuses one bearer credential per token and origin: reuse must never move a credential across origins.</summary>
public sealed class RealityConnectAuthenticationProviderReuseTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public RealityConnectAuthenticationProviderReuseTests() => _server = new FakeRealityConnect(_time);

    [Theory]
    [InlineData("https://api-ec1.prevu3d.com/realityconnect-api")]
    [InlineData("https://api-ue1.prevu3d.com:8443/realityconnect-api")]
    public async Task ProviderShouldBindTheTokenToEachOriginItIsSentTo(string otherOrigin)
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        // Same token, another allowed origin: a credential recorded for the first origin would be stripped by the guard.
        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse
            .WithUrl($"{otherOrigin}/v1/nodes/{FakeRealityConnect.OrganizationId}/browse").GetAsync();
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Single(nodes!);
        var token = _server.IssuedTokens.Single();
        var browses = _server.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, browses.Length);
        Assert.All(browses, r => Assert.Equal("Bearer " + token, r.Authorization));
        Assert.Equal(new Uri(otherOrigin).Port, browses[1].Uri.Port);
        Assert.Equal(new Uri(otherOrigin).Host, browses[1].Uri.Host);
    }

    [Fact]
    public async Task ProviderShouldRefuseToSendTheTokenToAUrlWithUserInfo()
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse
                .WithUrl($"https://user:pw@api-ue1.prevu3d.com/realityconnect-api/v1/nodes/{FakeRealityConnect.OrganizationId}/browse").GetAsync());

        Assert.Contains("user info", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Fact]
    public async Task ProviderShouldSendARenewedTokenAfterTheFirstOneWasRefused()
    {
        using var client = TestClients.Create(_server, _time);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        _server.Revoke(_server.IssuedTokens.Single());
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var renewed = _server.IssuedTokens.Last();
        Assert.Equal(2, _server.IssuedTokens.Count);
        Assert.Equal("Bearer " + renewed, _server.Requests[^1].Authorization);
    }
}
