using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// Drops the <c>Content-Type</c> of an error answer (status 400 or above) whose body is not JSON, such as the HTML page of
/// a gateway or a load balancer's plain-text 502, so the caller sees the status instead of a parser failure.
/// </summary>
/// <remarks>
/// Kiota 2.1.6 parses the body of an error answer whose status has an error type in the operation's mapping (the token
/// call maps 4XX and 5XX, browse 401, 403 and 404) with the parser registered for its media type. For <c>text/plain</c>
/// that is the text parser, which throws <see cref="InvalidOperationException"/> ("text does not support structured
/// data"): the status is lost, a 503 is not retried, a 401 does not renew the token and a refused token request reads as
/// status 200. Without a media type Kiota throws an <see cref="Microsoft.Kiota.Abstractions.ApiException"/> carrying the
/// status, the same as for a media type no parser is registered for (text/html). The body itself is left as it is.
/// Successful answers are never touched: an operation may document a text body.
/// </remarks>
internal sealed class ErrorMediaTypeHandler : DelegatingHandler
{
    /// <summary>Whether <paramref name="mediaType"/> is JSON: <c>application/json</c> or a <c>+json</c> suffix.</summary>
    /// <param name="mediaType">The media type, without parameters.</param>
    /// <returns><see langword="true"/> for a JSON media type.</returns>
    public static bool IsJson(string mediaType)
        => mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 400
            && response.Content?.Headers.ContentType is { } contentType
            && !IsJson(contentType.MediaType ?? string.Empty))
        {
            response.Content.Headers.ContentType = null;
        }

        return response;
    }
}
