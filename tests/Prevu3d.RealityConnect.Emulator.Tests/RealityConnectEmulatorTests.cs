using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests;

public sealed class RealityConnectEmulatorTests
{
    [Fact]
    public async Task GuideWorkflowShouldWorkWithRawHttp()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        // 1. Token with HTTP Basic and a form body.
        using var tokenResponse = await http.SendAsync(EmulatorHttp.TokenRequest(emulator));
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        using var token = await EmulatorHttp.ReadJsonAsync(tokenResponse);
        Assert.False(token.RootElement.GetProperty("hasError").GetBoolean());
        var accessToken = token.RootElement.GetProperty("accessToken").GetString()!;

        // 2. api-info gives the organization and the regional URL.
        using var infoResponse = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), accessToken));
        Assert.Equal(HttpStatusCode.OK, infoResponse.StatusCode);
        using var info = await EmulatorHttp.ReadJsonAsync(infoResponse);
        var apiUrl = info.RootElement.GetProperty("apiUrl").GetString()!;
        var organizationId = info.RootElement.GetProperty("organization").GetProperty("id").GetGuid();
        Assert.Equal(emulator.ApiUrl, apiUrl);
        Assert.Equal(emulator.OrganizationId, organizationId);

        // 3. Browsing the organization lists its divisions.
        using var divisionsResponse = await http.SendAsync(EmulatorHttp.Get($"{apiUrl}/v1/nodes/{organizationId}/browse", accessToken));
        Assert.Equal(HttpStatusCode.OK, divisionsResponse.StatusCode);
        using var divisions = await EmulatorHttp.ReadJsonAsync(divisionsResponse);
        var expected = emulator.Hierarchy.GetChildren(organizationId);
        Assert.Equal(expected.Select(n => n.Id), divisions.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.All(divisions.RootElement.EnumerateArray(), d => Assert.Equal("division", d.GetProperty("type").GetString()));

        // 4. A division lists its sites.
        var divisionId = expected[0].Id;
        using var sitesResponse = await http.SendAsync(EmulatorHttp.Get($"{apiUrl}/v1/nodes/{divisionId}/browse", accessToken));
        using var sites = await EmulatorHttp.ReadJsonAsync(sitesResponse);
        Assert.NotEmpty(sites.RootElement.EnumerateArray());
        Assert.All(sites.RootElement.EnumerateArray(), s =>
        {
            Assert.Equal("site", s.GetProperty("type").GetString());
            Assert.Equal(divisionId, s.GetProperty("parentId").GetGuid());
        });
    }

    [Fact]
    public async Task UrlsShouldBeLoopbackOnTwoPortsWithTheApiBasePath()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();

        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", emulator.AuthorityUrl);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/realityconnect-api$", emulator.ApiUrl);
        Assert.NotEqual(new Uri(emulator.AuthorityUrl).Port, new Uri(emulator.ApiUrl).Port);
    }

    [Fact]
    public async Task RoutesShouldNotBeReachableOnTheOtherListenerNorOutsideTheBasePath()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var token = emulator.CreateAccessToken();
        var apiRoot = new Uri(emulator.ApiUrl).GetLeftPart(UriPartial.Authority);

        string[] wrongPlaces =
        [
            $"{emulator.AuthorityUrl}/v1/nodes/{emulator.OrganizationId}/browse",
            $"{emulator.AuthorityUrl}/realityconnect-api/v1/nodes/{emulator.OrganizationId}/browse",
            $"{apiRoot}/v1/nodes/{emulator.OrganizationId}/browse",
            $"{apiRoot}/oauth/api-info",
            $"{emulator.ApiUrl}/oauth/api-info",
        ];
        foreach (var url in wrongPlaces)
        {
            using var response = await http.SendAsync(EmulatorHttp.Get(url, token));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }

        using var tokenOnApi = await http.SendAsync(EmulatorHttp.TokenRequest(emulator.ApiUrl, emulator.ClientId, emulator.ClientSecret));
        Assert.Equal(HttpStatusCode.NotFound, tokenOnApi.StatusCode);
        Assert.Equal(0, emulator.Counters.Total);
    }

    [Fact]
    public async Task DisposeShouldStopBothListeners()
    {
        var emulator = await RealityConnectEmulator.StartAsync();
        var authority = emulator.AuthorityUrl;
        var api = emulator.ApiUrl;
        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        using var http = EmulatorHttp.NewClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(authority + "/oauth/api-info"));
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(api + "/v1/nodes/" + Guid.Empty + "/browse"));
    }

    [Fact]
    public async Task FixedPortsShouldBeUsed()
    {
        var (authorityPort, apiPort) = (FreePort(), FreePort());
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { AuthorityPort = authorityPort, ApiPort = apiPort });

        Assert.Equal($"http://127.0.0.1:{authorityPort}", emulator.AuthorityUrl);
        Assert.Equal($"http://127.0.0.1:{apiPort}/realityconnect-api", emulator.ApiUrl);
    }

    [Theory]
    [InlineData(0, 0, 0, 1)]
    [InlineData(1_000_001, 0, 0, 1)]
    [InlineData(10, 5555, 5555, 1)]
    [InlineData(10, 0, 0, 0)]
    [InlineData(10, -1, 0, 1)]
    public async Task InvalidOptionsShouldThrowBeforeListening(int nodes, int authorityPort, int apiPort, int lifetimeSeconds)
    {
        var options = new RealityConnectEmulatorOptions
        {
            NodeCount = nodes,
            AuthorityPort = authorityPort,
            ApiPort = apiPort,
            TokenLifetime = TimeSpan.FromSeconds(lifetimeSeconds),
        };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => RealityConnectEmulator.StartAsync(options));
    }

    [Fact]
    public async Task OrganizationIdOptionShouldBeTheBrowsableRoot()
    {
        var organizationId = Guid.Parse("217ebd23-ec54-4af0-a6d6-4a441a6d1966");
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { OrganizationId = organizationId });
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, organizationId), emulator.CreateAccessToken()));

        Assert.Equal(organizationId, emulator.OrganizationId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        Assert.All(body.RootElement.EnumerateArray(), d => Assert.Equal(organizationId, d.GetProperty("parentId").GetGuid()));
    }

    [Fact]
    public async Task LoggerFactoryFromTheOptionsShouldReceiveTheHostsLogs()
    {
        var provider = new CollectingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Debug));
        await using (var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { LoggerFactory = loggerFactory }))
        {
            using var http = EmulatorHttp.NewClient();
            await EmulatorHttp.GetTokenAsync(http, emulator);
        }

        Assert.Contains(provider.Categories, c => c.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiInfoShouldDescribeTheTokensUserAndOrganization()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), token));
        using var info = await EmulatorHttp.ReadJsonAsync(response);
        var root = info.RootElement;

        using var claims = Jwt.Payload(token);
        Assert.Equal(claims.RootElement.GetProperty("id").GetGuid(), root.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal($"oauth-{emulator.ClientId}@serviceaccount", root.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(emulator.Hierarchy.Organization.Name, root.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(["read:basic", "read:hierarchy"], root.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("expiresAt").ValueKind);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Jwt.Claim(token, "iat")), root.GetProperty("issuedAt").GetDateTimeOffset());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentBag<string> Categories { get; } = [];

        public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class CollectingLogger(CollectingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Categories.Add(category);
        }
    }
}
