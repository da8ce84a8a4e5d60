using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Prevu3d.Generator.Tests.Generated;
using Prevu3d.Generator.Tests.Generated.Models;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The client generated from the real spec into this test assembly (namespace
/// <c>Prevu3d.Generator.Tests.Generated</c>) over real HTTP against a local Kestrel server.
/// </summary>
public sealed class GeneratedClientTests
{
    private static readonly Guid OrganizationId = Guid.Parse("217ebd23-ec54-4af0-a6d6-4a441a6d1966");

    [Fact]
    public async Task TokenPostShouldSendTheExactFormBodyWithBasicAuthToTheAuthority()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapPost("/oauth/token", () =>
            Results.Text("""{"hasError":false,"expiresIn":-1752054750,"accessToken":"jwt","access_token":"jwt2","scope":"extra"}""", "application/json")));
        var (client, _) = CreateClient(server.BaseUrl, apiUrl: "http://unused.invalid");

        var token = await client.Oauth.Token.PostAsync(new TokenRequest { GrantType = TokenRequestGrantType.ClientCredentials });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/oauth/token", request.PathAndQuery);
        Assert.Equal("grant_type=client_credentials", request.Body);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal("Basic aWQ6c2VjcmV0", request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.NotNull(token);
        Assert.False(token.HasError);
        Assert.Equal(-1752054750L, token.ExpiresIn);
        Assert.Equal("jwt", token.AccessToken);
        Assert.Equal("jwt2", token.Access_token);
        Assert.Equal("extra", token.AdditionalData["scope"]);
    }

    [Fact]
    public async Task ApiInfoGetShouldParseNestedModelsAndKeepUnknownFields()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/oauth/api-info", () => Results.Text(
            """
            {"user":{"id":"0e35db64-eee1-4dc3-af96-3a5cad8b8f89","firstName":"John","phone":"555"},
             "organization":{"id":"217ebd23-ec54-4af0-a6d6-4a441a6d1966","name":"Test Organization"},
             "scopes":["read:basic","read:hierarchy"],"issuedAt":"2025-07-23T16:06:56.788Z","expiresAt":null,
             "apiUrl":"https://api-ue1.prevu3d.com/realityconnect-api","region":"us-east"}
            """,
            "application/json")));
        var (client, _) = CreateClient(server.BaseUrl, apiUrl: "http://unused.invalid");

        var info = await client.Oauth.ApiInfo.GetAsync();

        Assert.Equal("Bearer the-token", server.SingleRequest().Headers["Authorization"]);
        Assert.NotNull(info);
        Assert.Equal(OrganizationId, info.Organization!.Id);
        Assert.Equal(new DateTimeOffset(2025, 7, 23, 16, 6, 56, 788, TimeSpan.Zero), info.IssuedAt);
        Assert.Null(info.ExpiresAt);
        Assert.Equal(new[] { "read:basic", "read:hierarchy" }, info.Scopes);
        Assert.Equal("https://api-ue1.prevu3d.com/realityconnect-api", info.ApiUrl);
        Assert.Equal("us-east", info.AdditionalData["region"]);
        Assert.Equal("555", info.User!.AdditionalData["phone"]);
    }

    [Fact]
    public async Task BrowseShouldGoToTheServerVariableNotTheAuthority()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/realityconnect-api/v1/nodes/{id}/browse", (string id) => Results.Text(
            """[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":"North America","type":"division","parentId":null,"childCount":3}]""",
            "application/json")));
        var (client, auth) = CreateClient("http://authority.invalid", apiUrl: server.BaseUrl + "/realityconnect-api");

        var nodes = await client.V1.Nodes[OrganizationId].Browse.GetAsync();

        var request = server.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/realityconnect-api/v1/nodes/" + OrganizationId + "/browse", request.PathAndQuery);
        Assert.Equal("Bearer the-token", request.Headers["Authorization"]);
        var node = Assert.Single(nodes!);
        Assert.Equal(Guid.Parse("5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162"), node.Id);
        Assert.Equal("North America", node.Name);
        Assert.Equal("division", node.Type);
        Assert.Null(node.ParentId);
        Assert.Equal(3, Convert.ToInt32(node.AdditionalData["childCount"], System.Globalization.CultureInfo.InvariantCulture));
        var (security, serverOption) = Assert.Single(auth.Seen);
        Assert.Equal("{apiUrl}", serverOption.Url);
        Assert.False(serverOption.IsDefault);
        Assert.True(security.Accepts("bearerAuth"));
    }

    [Fact]
    public async Task BrowseShouldAcceptAStringNodeId()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/api/v1/nodes/{id}/browse", () => Results.Text("[]", "application/json")));
        var (client, _) = CreateClient("http://authority.invalid", apiUrl: server.BaseUrl + "/api");

        // The spec says format: uuid, so the string overload takes a UUID's text (a non-UUID is refused, see ParameterValidationTests).
        var nodes = await client.V1.Nodes["217ebd23-ec54-4af0-a6d6-4a441a6d1966"].Browse.GetAsync();

        Assert.Empty(nodes!);
        Assert.Equal("/api/v1/nodes/217ebd23-ec54-4af0-a6d6-4a441a6d1966/browse", server.SingleRequest().PathAndQuery);
    }

    [Fact]
    public async Task BrowseShouldThrowTheGeneratedErrorTypeWithStatusAndMessage()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/v1/nodes/{id}/browse", () => Results.Text(
            """{"hasError":true,"message":"No node has this id","statusCode":404,"traceId":"t-1"}""", "application/json", statusCode: 404)));
        var (client, _) = CreateClient("http://authority.invalid", apiUrl: server.BaseUrl);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.V1.Nodes[Guid.NewGuid()].Browse.GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("No node has this id", error.Message);
        Assert.Equal("No node has this id", error.MessageEscaped);
        Assert.True(error.HasError);
        Assert.Equal("t-1", error.AdditionalData["traceId"]);
    }

    [Fact]
    public async Task TokenPostShouldMapA4xxToTheGeneratedErrorType()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapPost("/oauth/token", () => Results.Text(
            """{"hasError":true,"message":"Invalid client credentials"}""", "application/json", statusCode: 401)));
        var (client, _) = CreateClient(server.BaseUrl, apiUrl: "http://unused.invalid");

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Oauth.Token.PostAsync(new TokenRequest { GrantType = TokenRequestGrantType.ClientCredentials }));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("Invalid client credentials", error.Message);
    }

    [Fact]
    public void RootShouldDefaultToTheDocumentedHosts()
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient());
        var client = new RealityConnectClient(adapter);

        var token = client.Oauth.Token.ToPostRequestInformation(new TokenRequest());
        var browse = client.V1.Nodes[OrganizationId].Browse.ToGetRequestInformation();

        Assert.Equal("https://cloud-api.prevu3d.com", adapter.BaseUrl);
        Assert.Equal(new Uri("https://cloud-api.prevu3d.com/oauth/token"), token.URI);
        Assert.Equal(new Uri("https://api-ue1.prevu3d.com/realityconnect-api/v1/nodes/" + OrganizationId + "/browse"), browse.URI);
    }

    [Fact]
    public void RootShouldKeepABaseUrlTheAdapterAlreadyHas()
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = "http://127.0.0.1:5000" };
        var client = new RealityConnectClient(adapter);

        var info = client.Oauth.ApiInfo.ToGetRequestInformation();

        Assert.Equal(new Uri("http://127.0.0.1:5000/oauth/api-info"), info.URI);
    }

    [Fact]
    public void EveryRequestShouldCarryTheSpecSecurityAndServer()
    {
        var client = new RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()));

        var token = client.Oauth.Token.ToPostRequestInformation(new TokenRequest());
        var info = client.Oauth.ApiInfo.ToGetRequestInformation();

        var tokenSecurity = token.RequestOptions.OfType<SecurityRequirementOption>().Single();
        var basic = Assert.Single(Assert.Single(tokenSecurity.Requirements));
        Assert.Equal(("basicAuth", "http", "basic"), (basic.Name, basic.Type, basic.Scheme));
        Assert.False(tokenSecurity.IsAnonymous);
        Assert.False(tokenSecurity.Accepts("bearerAuth"));
        var bearer = Assert.Single(Assert.Single(info.RequestOptions.OfType<SecurityRequirementOption>().Single().Requirements));
        Assert.Equal(("bearerAuth", "bearer", "JWT"), (bearer.Name, bearer.Scheme, bearer.BearerFormat));
        var server = token.RequestOptions.OfType<ServerOption>().Single();
        Assert.Equal(("https://cloud-api.prevu3d.com", true), (server.Url, server.IsDefault));
        Assert.Empty(server.VariableNames);
    }

    [Fact]
    public void WithUrlShouldTargetTheRawUrl()
    {
        var client = new RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()));

        var request = client.V1.Nodes[OrganizationId].Browse.WithUrl("https://elsewhere.test/x/browse").ToGetRequestInformation();

        Assert.Equal(new Uri("https://elsewhere.test/x/browse"), request.URI);
    }

    private static (RealityConnectClient Client, ServerVariableAuthenticationProvider Auth) CreateClient(string baseUrl, string apiUrl)
    {
        var auth = new ServerVariableAuthenticationProvider(apiUrl);
        var adapter = new HttpClientRequestAdapter(auth, httpClient: new HttpClient()) { BaseUrl = baseUrl };
        return (new RealityConnectClient(adapter), auth);
    }
}
