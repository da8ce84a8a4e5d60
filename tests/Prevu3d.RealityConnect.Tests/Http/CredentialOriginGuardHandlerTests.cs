using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Http;

public sealed class CredentialOriginGuardHandlerTests
{
    private static readonly string BrowsePath = $"/realityconnect-api/v1/nodes/{FakeRealityConnect.OrganizationId}/browse";
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public CredentialOriginGuardHandlerTests() => _server = new FakeRealityConnect(_time);

    [Theory]
    [InlineData("https://files.prevu3d.com/realityconnect-api/v1/moved")]
    [InlineData("https://api-eu1.prevu3d.com/realityconnect-api/v1/moved")]
    [InlineData("https://api-ue1.prevu3d.com:8443/realityconnect-api/v1/moved")]
    public async Task GuardShouldStripAuthorizationOnARedirectToAnotherOrigin(string location)
    {
        RedirectBrowseTo(location);
        using var client = TestClients.Create(_server, _time);

        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var original = _server.Requests.Single(r => r.Uri.AbsolutePath == BrowsePath);
        var redirected = _server.Requests.Single(r => r.Uri.ToString() == location);
        Assert.StartsWith("Bearer ", original.Authorization, StringComparison.Ordinal);
        Assert.Null(redirected.Authorization);
    }

    [Fact]
    public async Task GuardShouldKeepAuthorizationOnASameOriginRedirect()
    {
        const string location = "https://api-ue1.prevu3d.com/realityconnect-api/v1/moved";
        RedirectBrowseTo(location);
        using var client = TestClients.Create(_server, _time);

        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Equal("Bearer " + _server.IssuedTokens.Single(), _server.Requests.Single(r => r.Uri.ToString() == location).Authorization);
    }

    [Fact]
    public async Task GuardShouldStripTheBasicHeaderWhenTheTokenRequestIsRedirectedToAnotherPort()
    {
        _server.Intercept = request => request.RequestUri!.Port == 443 && request.RequestUri.AbsolutePath == "/oauth/token"
            ? new HttpResponseMessage(HttpStatusCode.TemporaryRedirect) { Headers = { Location = new Uri("https://cloud-api.prevu3d.com:8443/oauth/token") } }
            : request.RequestUri.Port == 8443 ? FakeRealityConnect.Json(HttpStatusCode.Unauthorized, "{\"hasError\":true,\"message\":\"no\"}") : null;
        using var client = TestClients.Create(_server, _time);

        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => client.GetApiInfoAsync());

        Assert.Equal(FakeRealityConnect.BasicCredentials, _server.Requests[0].Authorization);
        Assert.Equal(8443, _server.Requests[1].Uri.Port);
        Assert.Null(_server.Requests[1].Authorization);
    }

    [Theory]
    [InlineData("https://api-ue1.prevu3d.com/realityconnect-api/v1/other", true)]
    [InlineData("https://api-ue1.prevu3d.com:8443/realityconnect-api/v1/other", false)]
    [InlineData("http://api-ue1.prevu3d.com/realityconnect-api/v1/other", false)]
    [InlineData("https://cdn.example.net/realityconnect-api/v1/other", false)]
    public async Task GuardShouldKeepTheCredentialOnlyOnItsOwnOrigin(string target, bool kept)
    {
        var transport = new FakeRealityConnect(_time) { Intercept = _ => FakeRealityConnect.Json(HttpStatusCode.OK, "[]") };
        using var invoker = new HttpMessageInvoker(new Prevu3d.RealityConnect.Http.CredentialOriginGuardHandler { InnerHandler = transport });
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "token-1");
        var applied = new Prevu3d.RealityConnect.Http.AppliedCredentialOption(
            Prevu3d.RealityConnect.Http.CredentialKind.Bearer, new Uri(FakeRealityConnect.ApiUrl + "/v1/nodes"), "token-1");
        request.Options.Set(new HttpRequestOptionsKey<Microsoft.Kiota.Abstractions.IRequestOption>(applied.GetType().FullName!), applied);

        using var response = await invoker.SendAsync(request, default);

        Assert.Equal(kept ? "Bearer token-1" : null, transport.Requests.Single().Authorization);
    }

    [Fact]
    public async Task GuardShouldLeaveAHeaderItDidNotAttachAlone()
    {
        var transport = new FakeRealityConnect(_time) { Intercept = _ => FakeRealityConnect.Json(HttpStatusCode.OK, "[]") };
        using var invoker = new HttpMessageInvoker(new Prevu3d.RealityConnect.Http.CredentialOriginGuardHandler { InnerHandler = transport });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://elsewhere.example.com/");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "user-managed");

        using var response = await invoker.SendAsync(request, default);

        Assert.Equal("Bearer user-managed", transport.Requests.Single().Authorization);
    }

    private void RedirectBrowseTo(string location)
        => _server.Intercept = request => request.RequestUri!.AbsolutePath == BrowsePath
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri(location) } }
            : request.RequestUri.AbsolutePath == "/realityconnect-api/v1/moved"
                ? FakeRealityConnect.Json(HttpStatusCode.OK, "[]")
                : null;
}
