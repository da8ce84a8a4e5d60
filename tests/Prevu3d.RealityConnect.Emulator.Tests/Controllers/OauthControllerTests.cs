using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Controllers;

public sealed class OauthControllerTests
{
    [Fact]
    public async Task FormBodyShouldBindAlthoughNSwagGeneratesFromBody()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        // Exactly the guide's request: Basic header and grant_type=client_credentials as a url-encoded form.
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.AuthorityUrl + "/oauth/token")
        {
            Headers = { Authorization = EmulatorHttp.Basic(emulator.ClientId, emulator.ClientSecret) },
            Content = new StringContent("grant_type=client_credentials", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task TokenShouldBeAnEs512JwtThatOnlyTheEmulatorsKeyVerifies()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        Assert.Equal("eyJhbGciOiJFUzUxMiIsInR5cCI6IkpXVCJ9", token.Split('.')[0]);
        using var header = Jwt.Header(token);
        Assert.Equal("ES512", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.RootElement.GetProperty("typ").GetString());
        Assert.True(Jwt.VerifyEs512(token, emulator.SigningPublicKeyPem));
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        Assert.False(Jwt.VerifyEs512(token, otherKey.ExportSubjectPublicKeyInfoPem()));
    }

    [Fact]
    public async Task TokenShouldCarryTheClaimsOfTheGuidesSample()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var payload = Jwt.Payload(token);
        var claims = payload.RootElement;

        string[] guideClaims = ["id", "firstName", "lastName", "email", "refreshTokenId", "scopes", "ver", "kid", "sessionExpiresAt", "oauthScopes", "oauthOrganizationId", "iat", "exp"];
        Assert.Equal(guideClaims, claims.EnumerateObject().Select(p => p.Name));
        Assert.Equal(emulator.OrganizationId, claims.GetProperty("oauthOrganizationId").GetGuid());
        Assert.Equal($"oauth-{emulator.ClientId}@serviceaccount", claims.GetProperty("email").GetString());
        Assert.Equal(["OAuth"], claims.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, claims.GetProperty("ver").GetInt32());
        Assert.True(claims.GetProperty("sessionExpiresAt").GetInt64() > claims.GetProperty("exp").GetInt64());
    }

    [Theory]
    [InlineData(3600)]
    [InlineData(90)]
    public async Task ExpMinusIatShouldBeTheConfiguredLifetime(int seconds)
    {
        var options = new RealityConnectEmulatorOptions();
        // The default is one hour, as documented; other lifetimes are configured.
        if (seconds != 3600)
        {
            options.TokenLifetime = TimeSpan.FromSeconds(seconds);
        }

        await using var emulator = await RealityConnectEmulator.StartAsync(options);
        using var http = EmulatorHttp.NewClient();

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        Assert.Equal(seconds, Jwt.Claim(token, "exp") - Jwt.Claim(token, "iat"));
    }

    [Fact]
    public async Task ExpiresInShouldBeTheDocumentedNegativeNumberMinusExp()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        var expiresIn = body.RootElement.GetProperty("expiresIn").GetInt64();
        var token = body.RootElement.GetProperty("accessToken").GetString()!;

        Assert.True(expiresIn < 0);
        Assert.Equal(-Jwt.Claim(token, "exp"), expiresIn);
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task IatShouldComeFromTheEmulatorsTimeProvider()
    {
        var now = new DateTimeOffset(2025, 7, 23, 16, 6, 56, TimeSpan.Zero);
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { TimeProvider = new FakeTimeProvider(now) });
        using var http = EmulatorHttp.NewClient();

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        Assert.Equal(now.ToUnixTimeSeconds(), Jwt.Claim(token, "iat"));
    }

    [Fact]
    public async Task Rfc6749ShapeShouldAnswerAccessTokenExpiresInAndTokenType()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { Rfc6749TokenShape = true });
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        var root = body.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3600, root.GetProperty("expires_in").GetInt64());
        Assert.Equal("Bearer", root.GetProperty("token_type").GetString());
        Assert.True(Jwt.VerifyEs512(root.GetProperty("access_token").GetString()!, emulator.SigningPublicKeyPem));
        Assert.False(root.TryGetProperty("accessToken", out _));
        Assert.False(root.TryGetProperty("expiresIn", out _));
    }

    [Fact]
    public async Task RegisteredClientShouldGetATokenForItsOwnServiceUser()
    {
        var client = new EmulatorClient("f11432e8-0bce-4eac-9227-86eeddadd329", "other-secret", "CCTest Real");
        var options = new RealityConnectEmulatorOptions();
        options.Clients.Add(client);
        await using var emulator = await RealityConnectEmulator.StartAsync(options);
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator.AuthorityUrl, client.ClientId, client.ClientSecret));
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        using var payload = Jwt.Payload(body.RootElement.GetProperty("accessToken").GetString()!);

        Assert.Equal("CCTest Real", payload.RootElement.GetProperty("firstName").GetString());
        Assert.Equal(client.UserId, payload.RootElement.GetProperty("id").GetGuid());
        Assert.NotEqual(new EmulatorClient(emulator.ClientId, emulator.ClientSecret).UserId, client.UserId);
    }

    public static TheoryData<string, string?> BadCredentials => new()
    {
        { "wrong secret", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(RealityConnectEmulatorOptions.DefaultClientId + ":nope")) },
        { "unknown client", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("someone:" + RealityConnectEmulatorOptions.DefaultClientSecret)) },
        { "no colon", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(RealityConnectEmulatorOptions.DefaultClientId)) },
        { "not base64", "Basic !!!" },
        { "bearer instead of basic", "Bearer abc" },
        { "no header", null },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task BadCredentialsShouldAnswer401WithHasError(string because, string? authorization)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        using var request = EmulatorHttp.TokenRequest(emulator);
        request.Headers.Authorization = authorization is null ? null : AuthenticationHeaderValue.Parse(authorization);

        using var response = await http.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, because);
        await AssertHasErrorAsync(response, 401);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("authorization_code")]
    [InlineData("CLIENT_CREDENTIALS")]
    [InlineData("")]
    public async Task UnsupportedGrantTypeShouldAnswer400WithHasError(string grantType)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator, grantType: grantType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertHasErrorAsync(response, 400);
    }

    [Fact]
    public async Task MissingGrantTypeShouldAnswer400WithHasError()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        using var request = EmulatorHttp.TokenRequest(emulator);
        request.Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("scope", "read")]);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertHasErrorAsync(response, 400);
    }

    [Theory]
    [InlineData("application/json", """{"grant_type":"client_credentials"}""")]
    [InlineData("text/plain", "grant_type=client_credentials")]
    [InlineData("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n--b--\r\n")]
    public async Task WrongContentTypeShouldAnswer400WithHasError(string contentType, string body)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        using var request = EmulatorHttp.TokenRequest(emulator);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertHasErrorAsync(response, 400);
    }

    private static async Task AssertHasErrorAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("message").GetString()));
        Assert.Equal(status, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task ApiInfoShouldAnswerTheAdvertisedApiUrlUntilItIsCleared()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        emulator.AdvertisedApiUrl = "https://attacker.example.com/realityconnect-api";
        using (var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token)))
        using (var body = await EmulatorHttp.ReadJsonAsync(response))
        {
            Assert.Equal("https://attacker.example.com/realityconnect-api", body.RootElement.GetProperty("apiUrl").GetString());
        }

        emulator.AdvertisedApiUrl = null;
        using (var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token)))
        using (var body = await EmulatorHttp.ReadJsonAsync(response))
        {
            Assert.Equal(emulator.ApiUrl, body.RootElement.GetProperty("apiUrl").GetString());
        }
    }
}
