using System;
using System.Linq;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

public sealed class RealityConnectAuthenticationProviderTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public RealityConnectAuthenticationProviderTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public async Task ProviderShouldPutBasicOnTheTokenRequestAndBearerOnApiRequests()
    {
        using var client = TestClients.Create(_server, _time);

        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var token = _server.IssuedTokens.Single();
        Assert.Collection(
            _server.Requests,
            r => Assert.Equal(("/oauth/token", FakeRealityConnect.BasicCredentials), (r.Uri.AbsolutePath, r.Authorization)),
            r => Assert.Equal(("/oauth/api-info", "Bearer " + token), (r.Uri.AbsolutePath, r.Authorization)),
            r => Assert.Equal(
                ($"https://api-ue1.prevu3d.com/realityconnect-api/v1/nodes/{FakeRealityConnect.OrganizationId}/browse", "Bearer " + token),
                (r.Uri.ToString(), r.Authorization)));
    }

    [Fact]
    public async Task ProviderShouldSendTheBrowseRequestToTheDiscoveredRegion()
    {
        _server.DiscoveredApiUrl = "https://api-ec1.prevu3d.com/realityconnect-api/";
        using var client = TestClients.Create(_server, _time);

        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId.ToString()].Browse.GetAsync();

        Assert.Equal(FakeRealityConnect.DivisionId, Assert.Single(nodes!).Id);
        Assert.Equal(1, _server.RequestsToHost("api-ec1.prevu3d.com"));
        Assert.Equal(0, _server.RequestsToHost("api-ue1.prevu3d.com"));
        Assert.Equal("/realityconnect-api/v1/nodes/" + FakeRealityConnect.OrganizationId + "/browse", _server.Requests[^1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task ProviderShouldRefuseToSendTheTokenToAHostOutsideAllowedHosts()
    {
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse
                .WithUrl($"https://evil.example.com/v1/nodes/{FakeRealityConnect.OrganizationId}/browse").GetAsync());

        Assert.Contains("evil.example.com", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestsToHost("evil.example.com"));
        Assert.Equal(0, _server.TokenRequests);
    }

    [Fact]
    public async Task ProviderShouldRefuseToSendTheTokenOverPlainHttpToAnAllowedHost()
    {
        using var client = TestClients.Create(_server, _time);

        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse
                .WithUrl($"http://api-ue1.prevu3d.com/v1/nodes/{FakeRealityConnect.OrganizationId}/browse").GetAsync());

        Assert.Equal(0, _server.RequestsToHost("api-ue1.prevu3d.com"));
    }

    [Fact]
    public async Task ProviderShouldSendTheClientSecretOnlyToTheAuthority()
    {
        using var client = TestClients.Create(_server, _time);

        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => client.Oauth.Token.WithUrl("https://api-ue1.prevu3d.com/oauth/token").PostAsync(Models.TokenRequests.ClientCredentials()));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ProviderShouldAuthenticateTheGeneratedTokenOperationForCallers()
    {
        using var client = TestClients.Create(_server, _time);

        var response = await client.Oauth.Token.PostAsync(Models.TokenRequests.ClientCredentials());

        Assert.Equal(_server.IssuedTokens.Single(), response!.AccessToken);
        Assert.Equal(FakeRealityConnect.BasicCredentials, Assert.Single(_server.Requests).Authorization);
    }
}
