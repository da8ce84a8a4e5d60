using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.EndToEnd;

/// <summary>
/// Two Kestrel listeners on 127.0.0.1 with random ports, like the real service: the authority (token,
/// api-info) and the regional API under <c>/realityconnect-api</c>. Disposing stops both.
/// </summary>
internal sealed class LocalRealityConnect : IAsyncDisposable
{
    private readonly WebApplication _authority;
    private readonly WebApplication _api;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _token = Jwt.Create(DateTimeOffset.UtcNow.AddHours(1), Guid.NewGuid().ToString("N"));

    private LocalRealityConnect()
    {
        _authority = CreateApp();
        _api = CreateApp();
    }

    public string AuthorityUrl { get; private set; } = string.Empty;

    public string ApiUrl { get; private set; } = string.Empty;

    /// <summary>"METHOD path authorization" of every request, in arrival order over both listeners.</summary>
    public string[] Log => _log.ToArray();

    /// <summary>Where the API listener redirects <c>/realityconnect-api/v1/moved</c>, when set.</summary>
    public string? MovedTo { get; set; }

    public static async Task<LocalRealityConnect> StartAsync()
    {
        var server = new LocalRealityConnect();
        server.MapAuthority();
        server.MapApi();
        await server._authority.StartAsync();
        await server._api.StartAsync();
        server.AuthorityUrl = Address(server._authority);
        server.ApiUrl = Address(server._api) + "/realityconnect-api";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _authority.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static WebApplication CreateApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder.Build();
    }

    private static string Address(WebApplication app)
        => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private void MapAuthority()
    {
        _authority.Use(Record);
        _authority.MapPost("/oauth/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeRealityConnect.ClientId + ":" + FakeRealityConnect.ClientSecret));
            return context.Request.Headers.Authorization == expected && form["grant_type"] == "client_credentials"
                ? Results.Text(JsonSerializer.Serialize(new { hasError = false, expiresIn = FakeRealityConnect.DocumentedExpiresIn, accessToken = _token }), "application/json")
                : Results.Text("{\"hasError\":true,\"message\":\"Invalid client credentials\"}", "application/json", statusCode: 401);
        });
        _authority.MapGet("/oauth/api-info", (HttpContext context) => Authorized(context)
            ? Results.Text(
                JsonSerializer.Serialize(new
                {
                    user = new { id = Guid.NewGuid(), firstName = "CCTest", lastName = "OAuth Application", email = "oauth@serviceaccount" },
                    organization = new { id = FakeRealityConnect.OrganizationId, name = "Test Organization" },
                    scopes = new[] { "read:basic", "read:hierarchy" },
                    issuedAt = "2025-07-23T16:06:56.788Z",
                    expiresAt = (string?)null,
                    apiUrl = ApiUrl,
                }),
                "application/json")
            : Results.StatusCode(401));
        _authority.MapGet("/echo", (HttpContext context) => Results.Text("[]", "application/json"));
    }

    private void MapApi()
    {
        _api.Use(Record);
        _api.MapGet("/realityconnect-api/v1/nodes/{nodeId:guid}/browse", (HttpContext context, Guid nodeId) =>
            !Authorized(context) ? Results.StatusCode(401)
            : nodeId != FakeRealityConnect.OrganizationId ? Results.Text("[]", "application/json")
            : Results.Text(
                $"[{{\"id\":\"{FakeRealityConnect.DivisionId}\",\"name\":\"North America\",\"type\":\"division\",\"parentId\":\"{nodeId}\",\"region\":\"ue1\"}}," +
                $"{{\"id\":\"{Guid.NewGuid()}\",\"name\":\"Europe\",\"type\":\"division\",\"parentId\":\"{nodeId}\"}}]",
                "application/json"));
        _api.MapGet("/realityconnect-api/v1/nodes/{nodeId:guid}/moved/browse", (HttpContext context) => Results.Redirect(MovedTo!));
    }

    private bool Authorized(HttpContext context) => context.Request.Headers.Authorization == "Bearer " + _token;

    private Task Record(HttpContext context, RequestDelegate next)
    {
        _log.Enqueue($"{context.Request.Method} {context.Request.Host}{context.Request.Path} {context.Request.Headers.Authorization}".TrimEnd());
        return next(context);
    }
}
