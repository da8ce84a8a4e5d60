using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Prevu3d.RealityConnect.Http;

/// <summary>The HTTP pipeline of a client: Kiota's default middleware, the credential guard, a non-redirecting primary handler.</summary>
internal static class RealityConnectHttp
{
    /// <summary>How long a pooled connection lives, so a long-lived client follows DNS changes.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The primary handler: redirects are left to Kiota's <c>RedirectHandler</c>, above the guard.</summary>
    /// <returns>A new handler.</returns>
    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler
    {
        // Auto-redirects inside the primary handler would bypass Kiota's redirect handler and the guard.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = PooledConnectionLifetime,
    };

    /// <summary>
    /// Kiota's default handlers (redirect, user agent, ...) without its <c>RetryHandler</c>, followed by
    /// <see cref="ErrorMediaTypeHandler"/> and <see cref="CredentialOriginGuardHandler"/>.
    /// </summary>
    /// <remarks>
    /// Kiota's <c>RetryHandler</c> (2.1.6) retries only 429, 503 and 504 and any buffered method, never a connection
    /// failure, without jitter, lets a shorter <c>Retry-After</c> replace its backoff, cuts a longer one to 180 s, waits on
    /// the system clock and gives up with an <c>AggregateException</c>. the request pipeline (<c>Pipeline/RequestPipeline.cs</c>) retries
    /// instead, one layer up.
    /// </remarks>
    /// <returns>New handlers, outermost first.</returns>
    public static IList<DelegatingHandler> CreateDelegatingHandlers()
    {
        var handlers = KiotaClientFactory.CreateDefaultHandlers();
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is RetryHandler retry)
            {
                handlers.RemoveAt(i);
                retry.Dispose();
            }
        }

        handlers.Add(new ErrorMediaTypeHandler());
        handlers.Add(new CredentialOriginGuardHandler());
        return handlers;
    }

    /// <summary>An <see cref="HttpClient"/> over the full pipeline, without a timeout of its own.</summary>
    /// <param name="primaryHandler">The transport; the default one when <see langword="null"/>.</param>
    /// <returns>The client; it disposes the pipeline only when it created the primary handler.</returns>
    /// <remarks>The overall and per-attempt timeouts are enforced by the request pipeline (<c>Pipeline/RequestPipeline.cs</c>), on the client's clock.</remarks>
    public static HttpClient CreateHttpClient(HttpMessageHandler? primaryHandler)
    {
        var owned = primaryHandler is null;
        var handlers = CreateDelegatingHandlers();
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(primaryHandler ?? CreatePrimaryHandler(), [.. handlers])!;

        // A caller's handler stays the caller's to dispose.
        return new HttpClient(first, disposeHandler: owned) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
