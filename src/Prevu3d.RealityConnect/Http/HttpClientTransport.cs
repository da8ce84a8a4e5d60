using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// The transport under the SDK's own handlers when the user gives an <see cref="HttpClient"/>: each request is
/// forwarded to that client, so the redirect rule, the credential guard and the non-JSON error fix hold for it too.
/// </summary>
/// <remarks>
/// An <see cref="HttpRequestMessage"/> can be sent by one <see cref="HttpClient"/> only, so the user's client gets a
/// copy: same method, URL, version, headers, options and content object (not copied, not disposed here). A redirect
/// the user's pipeline follows by itself (<c>AllowAutoRedirect</c> left on) is seen only afterwards; one that changed
/// the origin ends the call with an <see cref="ApiException"/> rather than handing back an answer from elsewhere
/// (.NET's handlers drop <c>Authorization</c> on the redirect, so the credential did not follow it).
/// </remarks>
internal sealed class HttpClientTransport : HttpMessageHandler
{
    private readonly HttpClient _client;

    /// <summary>Creates the transport.</summary>
    /// <param name="client">The user's client; never disposed here.</param>
    public HttpClientTransport(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sent = request.RequestUri;
        // Not disposed: that would dispose the content, which still belongs to the caller's request.
        var forwarded = Copy(request);
        var response = await _client.SendAsync(forwarded, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (sent is { IsAbsoluteUri: true } && forwarded.RequestUri is { IsAbsoluteUri: true } answered && !ServiceUrl.SameOrigin(sent, answered))
        {
            response.Dispose();
            throw new ApiException(string.Create(
                CultureInfo.InvariantCulture,
                $"The HttpClient given to RealityConnectClient followed a redirect from {sent.GetLeftPart(UriPartial.Authority)} to {answered.GetLeftPart(UriPartial.Authority)} by itself; its answer is not used. Build it with AllowAutoRedirect = false so the SDK's redirect rule applies."));
        }

        response.RequestMessage = request;
        return response;
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        IDictionary<string, object?> options = copy.Options;
        foreach (var option in request.Options)
        {
            options[option.Key] = option.Value;
        }

        return copy;
    }
}
