using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Authentication;

namespace Prevu3d.RealityConnect.Tests.TestSupport;

/// <summary>One request seen by <see cref="FakeRealityConnect"/>.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string? Body, string? ContentType);

/// <summary>
/// An in-memory RealityConnect (authority and regional API) behind an <see cref="HttpMessageHandler"/>:
/// issues JWTs on the fake clock, checks Basic and bearer credentials, and records every request.
/// </summary>
internal sealed class FakeRealityConnect : HttpMessageHandler
{
    public const string AuthorityUrl = "https://cloud-api.prevu3d.com";
    public const string ApiUrl = "https://api-ue1.prevu3d.com/realityconnect-api";
    public const string ClientId = "f11432e8-0bce-4eac-9227-86eeddadd329";

    // '+', '/', ':' and '%' would all change if the secret were form-encoded before base64.
    public const string ClientSecret = "s3cr+et/with:colon%41";
    public const long DocumentedExpiresIn = -1752054750;

    public static readonly Guid OrganizationId = Guid.Parse("217ebd23-ec54-4af0-a6d6-4a441a6d1966");
    public static readonly Guid DivisionId = Guid.Parse("5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162");

    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, byte> _revoked = new();
    private readonly ConcurrentQueue<string> _issued = new();
    private int _tokenCount;
    private int _unauthorized;

    public FakeRealityConnect(TimeProvider time) => _time = time;

    /// <summary>The origin that serves token and api-info.</summary>
    public string Authority { get; set; } = AuthorityUrl;

    /// <summary>The value api-info returns as apiUrl; null leaves the property out.</summary>
    public string? DiscoveredApiUrl { get; set; } = ApiUrl;

    /// <summary>The lifetime (JWT exp) of issued tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Builds the token response body from the issued token; the documented shape by default.</summary>
    public Func<string, string> TokenBody { get; set; } =
        token => $"{{\"hasError\":false,\"expiresIn\":{DocumentedExpiresIn},\"accessToken\":\"{token}\"}}";

    /// <summary>Answers instead of the fake service when it returns a response.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>When set, token requests (intercepted or not) wait for it before being answered.</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    /// <summary>When set, awaited before each request is answered (a hang, a clock reading).</summary>
    public Func<HttpRequestMessage, CancellationToken, Task>? BeforeAnswer { get; set; }

    /// <summary>When true, the browse endpoint answers 401 whatever the token.</summary>
    public bool BrowseAlwaysUnauthorized { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public IReadOnlyList<string> IssuedTokens => _issued.ToList();

    /// <summary>How many 401 answers the fake gave (intercepted answers excluded).</summary>
    public int UnauthorizedResponses => Volatile.Read(ref _unauthorized);

    public int TokenRequests => Count("/oauth/token");

    public int ApiInfoRequests => Count("/oauth/api-info");

    public int BrowseRequests => _requests.Count(r => r.Uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal));

    public static string BasicCredentials => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));

    public int Count(string path) => _requests.Count(r => r.Uri.AbsolutePath == path);

    public int RequestsToHost(string host) => _requests.Count(r => string.Equals(r.Uri.Host, host, StringComparison.OrdinalIgnoreCase));

    public void Revoke(string token) => _revoked[token] = 0;

    public static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(
            request.Method.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, request.Content?.Headers.ContentType?.MediaType));

        if (TokenGate is { } gate && request.RequestUri!.AbsolutePath == "/oauth/token")
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (BeforeAnswer is { } before)
        {
            await before(request, cancellationToken);
        }

        if (Intercept?.Invoke(request) is { } intercepted)
        {
            intercepted.RequestMessage = request;
            return intercepted;
        }

        var response = Route(request, body);
        response.RequestMessage = request;
        return response;
    }

    private HttpResponseMessage Route(HttpRequestMessage request, string? body)
    {
        var uri = request.RequestUri!;
        var onAuthority = uri.GetLeftPart(UriPartial.Authority) == Authority;
        if (onAuthority && request.Method == HttpMethod.Post && uri.AbsolutePath == "/oauth/token")
        {
            if (request.Headers.Authorization?.ToString() != BasicCredentials || body != "grant_type=client_credentials")
            {
                return Json(HttpStatusCode.Unauthorized, "{\"hasError\":true,\"message\":\"Invalid client credentials\"}");
            }

            var token = Jwt.Create(_time.GetUtcNow() + TokenLifetime, "token-" + Interlocked.Increment(ref _tokenCount));
            _issued.Enqueue(token);
            return Json(HttpStatusCode.OK, TokenBody(token));
        }

        if (onAuthority && uri.AbsolutePath == "/oauth/api-info")
        {
            return IsAuthorized(request) ? Json(HttpStatusCode.OK, ApiInfoJson()) : Unauthorized();
        }

        if (request.Method == HttpMethod.Get && uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal))
        {
            return IsAuthorized(request) && !BrowseAlwaysUnauthorized
                ? Json(HttpStatusCode.OK, $"[{{\"id\":\"{DivisionId}\",\"name\":\"North America\",\"type\":\"division\",\"parentId\":\"{OrganizationId}\"}}]")
                : Unauthorized();
        }

        return Json(HttpStatusCode.NotFound, "{\"hasError\":true,\"message\":\"Not found\"}");
    }

    private bool IsAuthorized(HttpRequestMessage request)
    {
        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { } token }
            || !_issued.Contains(token) || _revoked.ContainsKey(token))
        {
            return false;
        }

        // The real service refuses a token past its exp, on its own (here: the fake) clock.
        return JwtReader.TryReadExpiry(token, out var expiresAt) && expiresAt > _time.GetUtcNow();
    }

    private string ApiInfoJson()
    {
        var info = new Dictionary<string, object?>
        {
            ["user"] = new { id = "0e35db64-eee1-4dc3-af96-3a5cad8b8f89", firstName = "John", lastName = "Doe", email = "john.doe@prevu3d.com" },
            ["organization"] = new { id = OrganizationId, name = "Test Organization" },
            ["scopes"] = new[] { "read:basic", "read:hierarchy" },
            ["issuedAt"] = "2025-07-23T16:06:56.788Z",
            ["expiresAt"] = null,
        };
        if (DiscoveredApiUrl is not null)
        {
            info["apiUrl"] = DiscoveredApiUrl;
        }

        return JsonSerializer.Serialize(info);
    }

    private HttpResponseMessage Unauthorized()
    {
        Interlocked.Increment(ref _unauthorized);
        return UnauthorizedJson();
    }

    private static HttpResponseMessage UnauthorizedJson() => Json(HttpStatusCode.Unauthorized, "{\"hasError\":true,\"message\":\"Unauthorized\",\"statusCode\":401}");
}
