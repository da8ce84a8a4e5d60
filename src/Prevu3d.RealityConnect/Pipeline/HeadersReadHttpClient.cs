using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// The client Kiota's adapter sends parsed calls through: the SDK's <see cref="HttpClient"/>, asked to return each
/// answer once its headers are in, so the answer is read once, by the parse node factory, instead of first being
/// copied whole into a buffer of <see cref="HttpClient"/>'s own (the default <see cref="HttpCompletionOption"/>).
/// </summary>
/// <remarks>
/// Kiota's adapter calls <see cref="SendAsync(HttpRequestMessage, CancellationToken)"/> and reads the body while the
/// pipeline's attempt is still running, so the attempt timeout and the transient retries still cover reading it; the
/// adapter disposes every answer it parses. The wrapped client stays its owner's: disposing this one does not dispose it.
/// </remarks>
internal sealed class HeadersReadHttpClient : HttpClient
{
    private readonly HttpClient _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The client that sends the requests, with the SDK's handlers.</param>
    public HeadersReadHttpClient(HttpClient inner)
        : base(new UnusedHandler(), disposeHandler: true)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }

    /// <inheritdoc/>
    public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => _inner.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    /// <inheritdoc/>
    public override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => _inner.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    /// <summary>The base class needs a handler; every request goes to the wrapped client instead.</summary>
    private sealed class UnusedHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new InvalidOperationException("Requests go through the wrapped HttpClient.");
    }
}
