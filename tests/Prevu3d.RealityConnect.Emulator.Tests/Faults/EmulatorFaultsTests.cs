using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Faults;

/// <summary>Every fault mode, observed over real HTTP.</summary>
public sealed class EmulatorFaultsTests
{
    public static TheoryData<EmulatorRoute> Routes => [EmulatorRoute.Token, EmulatorRoute.ApiInfo, EmulatorRoute.Browse];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task TooManyRequestsShouldAnswer429WithRetryAfter(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(route, EmulatorFault.TooManyRequests(TimeSpan.FromMilliseconds(4500)));

        using var response = await http.SendAsync(Request(emulator, route));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task RedirectShouldAnswer307WithItsLocation(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        emulator.Faults.Next(route, EmulatorFault.Redirect(new Uri("http://localhost:9/elsewhere")));

        using var response = await http.SendAsync(Request(emulator, route));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost:9/elsewhere"), response.Headers.Location);
    }

    [Theory]
    [InlineData(500, EmulatorRoute.Token)]
    [InlineData(502, EmulatorRoute.ApiInfo)]
    [InlineData(503, EmulatorRoute.Browse)]
    [InlineData(504, EmulatorRoute.Browse)]
    public async Task ServerErrorShouldAnswerItsStatus(int status, EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(route, EmulatorFault.ServerError(status));

        using var response = await http.SendAsync(Request(emulator, route));

        Assert.Equal(status, (int)response.StatusCode);
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        Assert.Equal(status, body.RootElement.GetProperty("statusCode").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task DropShouldCloseTheConnectionWithoutAnAnswer(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        emulator.Faults.Next(route, EmulatorFault.DropConnection());

        // A fresh client: a dropped request on a reused connection may be retried by the handler.
        using (var http = EmulatorHttp.NewClient())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(Request(emulator, route)));
        }

        using var next = EmulatorHttp.NewClient();
        using var response = await next.SendAsync(Request(emulator, route));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, emulator.Counters[route]);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task MalformedJsonShouldNotParse(EmulatorRoute route)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(route, EmulatorFault.MalformedJson());

        using var response = await http.SendAsync(Request(emulator, route));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(text);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Theory]
    [InlineData(EmulatorRoute.Token, "html:502", 502, "text/html")]
    [InlineData(EmulatorRoute.ApiInfo, "text:503", 503, "text/plain")]
    [InlineData(EmulatorRoute.Browse, "html:401", 401, "text/html")]
    public async Task GatewayPageShouldAnswerTheStatusWithABodyThatIsNotJson(EmulatorRoute route, string fault, int status, string mediaType)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(route, EmulatorFault.Parse(fault));

        using var response = await http.SendAsync(Request(emulator, route));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        using var next = await http.SendAsync(Request(emulator, route));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task HasErrorShouldAnswer200WithTheMessageAndNoToken()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.HasError("Application disabled"));

        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
        using var body = await EmulatorHttp.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
        Assert.Equal("Application disabled", body.RootElement.GetProperty("message").GetString());
        Assert.False(body.RootElement.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task LatencyFaultShouldDelayTheAnswer()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var token = emulator.CreateAccessToken();
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Latency(TimeSpan.FromMilliseconds(400)));

        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task LatencyOptionShouldDelayEveryRoute()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { Latency = TimeSpan.FromMilliseconds(300) });
        using var http = EmulatorHttp.NewClient();

        var watch = Stopwatch.StartNew();
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(580), $"two requests answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task ShortLifetimeFaultShouldApplyToTheNextTokenOnly()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.TokenLifetime(TimeSpan.FromSeconds(2)));

        var shortLived = await EmulatorHttp.GetTokenAsync(http, emulator);
        var normal = await EmulatorHttp.GetTokenAsync(http, emulator);

        Assert.Equal(2, Jwt.Claim(shortLived, "exp") - Jwt.Claim(shortLived, "iat"));
        Assert.Equal(3600, Jwt.Claim(normal, "exp") - Jwt.Claim(normal, "iat"));
    }

    [Fact]
    public async Task ExpiredLifetimeFaultShouldIssueATokenTheApiRefuses()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.TokenLifetime(TimeSpan.Zero));

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task QueuedFaultsShouldApplyInOrderToExactlyTheirCount()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.ServerError(503), count: 2);
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.TooManyRequests());
        Assert.Equal(3, emulator.Faults.Pending(EmulatorRoute.Token));

        var statuses = new int[4];
        for (var i = 0; i < statuses.Length; i++)
        {
            using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
            statuses[i] = (int)response.StatusCode;
        }

        Assert.Equal([503, 503, 429, 200], statuses);
        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.Token));
    }

    [Fact]
    public async Task AlwaysFaultShouldApplyUntilClearedAndOnlyToItsRoute()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.ServerError(502));
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        for (var i = 0; i < 3; i++)
        {
            using var faulted = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token));
            Assert.Equal(HttpStatusCode.BadGateway, faulted.StatusCode);
        }

        using (var apiInfo = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token)))
        {
            Assert.Equal(HttpStatusCode.OK, apiInfo.StatusCode);
        }

        emulator.Faults.Clear(EmulatorRoute.Browse);
        using var cleared = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
    }

    [Fact]
    public async Task FaultRulesInCommandLineSyntaxShouldArmFaults()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Add("token=504*1");
        emulator.Faults.Add("api-info=500*1");

        using (var token = await http.SendAsync(EmulatorHttp.TokenRequest(emulator)))
        {
            Assert.Equal(HttpStatusCode.GatewayTimeout, token.StatusCode);
        }

        var accessToken = await EmulatorHttp.GetTokenAsync(http, emulator);
        using var info = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), accessToken));
        Assert.Equal(HttpStatusCode.InternalServerError, info.StatusCode);
    }

    [Theory]
    [InlineData("forbid", 403)]
    [InlineData("hide", 404)]
    public async Task NodeFaultShouldAnswerItsStatusForItsNodesOnly(string fault, int status)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var children = emulator.Hierarchy.GetChildren(emulator.OrganizationId);
        var (target, other) = (children[0], children[1]);
        emulator.Faults.Add($"browse={fault}:{target.Id}");
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        for (var i = 0; i < 2; i++)
        {
            using var faulted = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, target.Id), token));
            Assert.Equal(status, (int)faulted.StatusCode);
            using var body = await EmulatorHttp.ReadJsonAsync(faulted);
            Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
            Assert.Equal(status, body.RootElement.GetProperty("statusCode").GetInt32());
            Assert.Contains(target.Id.ToString(), body.RootElement.GetProperty("message").GetString());
        }

        // Its parent still lists it (it vanished or is forbidden after listing), and its siblings browse normally.
        using var parent = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token));
        Assert.Equal(HttpStatusCode.OK, parent.StatusCode);
        using var listing = await EmulatorHttp.ReadJsonAsync(parent);
        Assert.Contains(listing.RootElement.EnumerateArray(), n => n.GetProperty("id").GetGuid() == target.Id);
        using var sibling = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, other.Id), token));
        Assert.Equal(HttpStatusCode.OK, sibling.StatusCode);
    }

    [Fact]
    public async Task QueuedNodeFaultShouldWaitForARequestAboutItsNode()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var target = emulator.Hierarchy.GetChildren(emulator.OrganizationId)[0].Id;
        emulator.Faults.Next(EmulatorRoute.Browse, EmulatorFault.Forbidden(target));
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        using (var organization = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), token)))
        {
            Assert.Equal(HttpStatusCode.OK, organization.StatusCode);
        }

        Assert.Equal(1, emulator.Faults.Pending(EmulatorRoute.Browse));
        using (var first = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, target), token)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        }

        using var second = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, target), token));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.Browse));
    }

    [Fact]
    public void NodeFaultsShouldBeRefusedOutsideBrowse()
    {
        var faults = new EmulatorFaults();
        var id = Guid.NewGuid();

        var error = Assert.Throws<ArgumentException>(() => faults.Always(EmulatorRoute.ApiInfo, EmulatorFault.Forbidden(id)));
        Assert.Contains("browse route only", error.Message);
        Assert.Throws<FormatException>(() => faults.Add($"token=hide:{id}"));
        faults.Add($"browse=hide:{id}*2");
        Assert.Equal(2, faults.Pending(EmulatorRoute.Browse));
    }

    [Fact]
    public void TokenOnlyFaultsShouldBeRefusedOnApiRoutes()
    {
        var faults = new EmulatorFaults();

        Assert.Throws<ArgumentException>(() => faults.Always(EmulatorRoute.Browse, EmulatorFault.HasError()));
        Assert.Throws<ArgumentException>(() => faults.Next(EmulatorRoute.ApiInfo, EmulatorFault.TokenLifetime(TimeSpan.FromSeconds(1))));
        Assert.Throws<FormatException>(() => faults.Add("browse=lifetime:5s"));
        faults.Next(EmulatorRoute.Token, EmulatorFault.HasError());
        Assert.Equal(1, faults.Pending(EmulatorRoute.Token));
    }

    [Fact]
    public async Task RuleCountShouldBeTheNumericSuffixOnly()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        emulator.Faults.Add("token=has-error:quota * exceeded*2");

        for (var i = 0; i < 2; i++)
        {
            using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
            using var body = await EmulatorHttp.ReadJsonAsync(response);
            Assert.Equal("quota * exceeded", body.RootElement.GetProperty("message").GetString());
        }

        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.Token));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("nodes=503")]
    [InlineData("token=418")]
    [InlineData("browse=503*0")]
    [InlineData("browse=latency")]
    public void MalformedRulesShouldBeRejected(string rule)
    {
        var faults = new EmulatorFaults();

        Assert.Throws<FormatException>(() => faults.Add(rule));
        Assert.True(Enum.GetValues<EmulatorRoute>().All(r => faults.Pending(r) == 0));
    }

    private static HttpRequestMessage Request(RealityConnectEmulator emulator, EmulatorRoute route) => route switch
    {
        EmulatorRoute.Token => EmulatorHttp.TokenRequest(emulator),
        EmulatorRoute.ApiInfo => EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), emulator.CreateAccessToken()),
        _ => EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), emulator.CreateAccessToken()),
    };
}
