using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Tokens;

public sealed class BearerTokenAttributeTests
{
    public static TheoryData<EmulatorRoute> ApiRoutes => [EmulatorRoute.ApiInfo, EmulatorRoute.Browse];

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task MissingTokenShouldAnswer401WithAnErrorResponse(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), accessToken: null));

        await AssertUnauthorizedAsync(response, "required");
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task ExpiredTokenShouldAnswer401OnTheEmulatorsClock(EmulatorRoute route)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 29, 17, 13, 9, TimeSpan.Zero));
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { TimeProvider = clock });
        using var http = EmulatorHttp.NewClient();
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        using (var stillValid = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), token)))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        using var expired = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), token));
        await AssertUnauthorizedAsync(expired, "expired");
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task RevokedTokenShouldAnswer401AndANewTokenShouldWork(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var revoked = await EmulatorHttp.GetTokenAsync(http, emulator);

        emulator.RevokeAllTokens();
        using (var refused = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), revoked)))
        {
            await AssertUnauthorizedAsync(refused, "revoked");
        }

        // Issued in the same second as the revocation, yet valid.
        var renewed = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var accepted = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), renewed));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task TokenSignedWithAnotherKeyShouldAnswer401(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var genuine = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var forgerKey = ECDsa.Create(ECCurve.NamedCurves.nistP521);

        // Same claims, same header, another P-521 key.
        var forged = Jwt.Sign(Jwt.PayloadJson(genuine), forgerKey);
        using var response = await http.SendAsync(EmulatorHttp.Get(Url(emulator, route), forged));

        await AssertUnauthorizedAsync(response, "signature");
    }

    [Fact]
    public async Task TamperedPayloadShouldAnswer401()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var genuine = emulator.CreateAccessToken();
        var parts = genuine.Split('.');
        var longer = Jwt.PayloadJson(genuine).Replace("\"exp\":", "\"exp\":9", StringComparison.Ordinal);
        var tampered = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(longer)) + "." + parts[2];

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), tampered));

        await AssertUnauthorizedAsync(response, "signature");
    }

    [Theory]
    [InlineData("""{"alg":"none","typ":"JWT"}""")]
    [InlineData("""{"alg":"ES256","typ":"JWT"}""")]
    public async Task OtherAlgorithmsShouldAnswer401(string header)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        var token = Jwt.Sign(Jwt.PayloadJson(emulator.CreateAccessToken()), key, header);

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token));

        await AssertUnauthorizedAsync(response, "ES512");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("eyJhbGciOiJFUzUxMiIsInR5cCI6IkpXVCJ9.e30.AAAA")]
    public async Task GarbageTokenShouldAnswer401(string token)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AlreadyExpiredTokenFromCodeShouldAnswer401()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), emulator.CreateAccessToken(TimeSpan.Zero)));

        await AssertUnauthorizedAsync(response, "expired");
    }

    private static string Url(RealityConnectEmulator emulator, EmulatorRoute route) =>
        route == EmulatorRoute.ApiInfo ? EmulatorHttp.ApiInfoUrl(emulator) : EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId);

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
        Assert.Equal(401, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains(reason, body.RootElement.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
