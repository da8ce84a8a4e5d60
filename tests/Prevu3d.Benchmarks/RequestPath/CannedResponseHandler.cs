using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Benchmarks.RequestPath;

/// <summary>
/// A transport that answers from memory with bytes the emulator really sent (token, api-info, browse), so a
/// benchmark over it measures the client alone: no socket, no server, no scheduling noise from a second process.
/// </summary>
internal sealed class CannedResponseHandler(byte[] token, byte[] apiInfo, byte[] browse) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = path.EndsWith("/browse", StringComparison.Ordinal) ? browse
            : path.EndsWith("/oauth/token", StringComparison.Ordinal) ? token
            : path.EndsWith("/oauth/api-info", StringComparison.Ordinal) ? apiInfo
            : null;
        var response = new HttpResponseMessage(body is null ? HttpStatusCode.NotFound : HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(body ?? []),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Task.FromResult(response);
    }
}
