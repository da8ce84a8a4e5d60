using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.IntegrationTests.Support;

/// <summary>
/// The transport under the SDK's pipeline: a non-redirecting <see cref="SocketsHttpHandler"/> that records where
/// every request went, every credential sent and every token issued (for the host and secrets checks).
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Uri> _requests = new();
    private readonly ConcurrentQueue<(string Method, Uri Uri, string? Scheme)> _sent = new();
    private readonly ConcurrentDictionary<string, byte> _secrets = new();

    public RecordingHandler()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    /// <summary>Every request URI, in order.</summary>
    public IReadOnlyList<Uri> Requests => _requests.ToList();

    /// <summary>Every request as it left the SDK: method, URI and the scheme of its Authorization header (null without one).</summary>
    public IReadOnlyList<(string Method, Uri Uri, string? Scheme)> Sent => _sent.ToList();

    /// <summary>Every Authorization parameter sent (Basic value, bearer tokens) and every token issued.</summary>
    public IReadOnlyCollection<string> Secrets => _secrets.Keys.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request.RequestUri!);
        _sent.Enqueue((request.Method.Method, request.RequestUri!, request.Headers.Authorization?.Scheme));
        if (request.Headers.Authorization?.Parameter is { Length: > 0 } credential)
        {
            _secrets.TryAdd(credential, 0);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            TryRecordToken(await response.Content.ReadAsStringAsync(cancellationToken));
        }

        return response;
    }

    private void TryRecordToken(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in new[] { "accessToken", "access_token" })
            {
                if (json.RootElement.TryGetProperty(name, out var token) && token.GetString() is { Length: > 0 } value)
                {
                    _secrets.TryAdd(value, 0);
                }
            }
        }
        catch (JsonException)
        {
            // The malformed-JSON fault: no token in it.
        }
    }
}
