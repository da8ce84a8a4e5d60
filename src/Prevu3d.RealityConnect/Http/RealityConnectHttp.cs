using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary;

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

    /// <summary>Kiota's default handlers (retry, redirect, ...) followed by <see cref="CredentialOriginGuardHandler"/>.</summary>
    /// <returns>New handlers, outermost first.</returns>
    public static IList<DelegatingHandler> CreateDelegatingHandlers()
    {
        var handlers = KiotaClientFactory.CreateDefaultHandlers();
        handlers.Add(new CredentialOriginGuardHandler());
        return handlers;
    }

    /// <summary>An <see cref="HttpClient"/> over the full pipeline.</summary>
    /// <param name="primaryHandler">The transport; the default one when <see langword="null"/>.</param>
    /// <param name="timeout">The request timeout.</param>
    /// <returns>The client; it disposes the pipeline only when it created the primary handler.</returns>
    public static HttpClient CreateHttpClient(HttpMessageHandler? primaryHandler, TimeSpan timeout)
    {
        var owned = primaryHandler is null;
        var handlers = CreateDelegatingHandlers();
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(primaryHandler ?? CreatePrimaryHandler(), [.. handlers])!;

        // A caller's handler stays the caller's to dispose.
        return new HttpClient(first, disposeHandler: owned) { Timeout = timeout };
    }
}
