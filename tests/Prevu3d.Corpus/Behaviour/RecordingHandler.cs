using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Corpus.Behaviour;

/// <summary>
/// The canned server of the behaviour check: records every request as sent (method, URI, headers, body bytes) and
/// answers with what the program's <c>Respond(method, pathAndQuery)</c> returns: a status and a JSON body.
/// </summary>
internal sealed class RecordingHandler(Func<string, string, (int Status, string? Json)> respond) : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers
            .Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => h.Key + ": " + string.Join(", ", h.Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri?.AbsoluteUri ?? string.Empty, headers, body));
        var (status, json) = respond(request.Method.Method, request.RequestUri?.PathAndQuery ?? string.Empty);
        var response = new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request };
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return response;
    }
}

/// <summary>One request as it left the client; <see cref="Body"/> holds the exact bytes.</summary>
internal sealed record RecordedRequest(string Method, string Uri, IReadOnlyList<string> Headers, byte[] Body)
{
    /// <summary>Byte for byte: method, URI, every header and the body.</summary>
    public bool SameAs(RecordedRequest other) =>
        Method == other.Method && Uri == other.Uri && Headers.SequenceEqual(other.Headers, StringComparer.Ordinal) && Body.AsSpan().SequenceEqual(other.Body);

    public string Describe() =>
        $"{Method} {Uri}" + (Headers.Count > 0 ? " [" + string.Join("; ", Headers) + "]" : string.Empty) + (Body.Length > 0 ? " " + Encoding.UTF8.GetString(Body) : string.Empty);
}
