using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Prevu3d.RealityConnect.Configuration;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// The outermost adapter: checks the request's path parameters, bounds the call by the overall and per-attempt
/// timeouts, and retries transient failures of requests that are safe to repeat (see <see cref="TransientRetryLoop"/>).
/// </summary>
/// <remarks>
/// Retries live here rather than in a <c>DelegatingHandler</c> (Kiota's <c>RetryHandler</c> is removed from the
/// pipeline) so that each attempt re-runs the authentication provider (a token that expired during a long
/// <c>Retry-After</c> is renewed), so the attempt timeout also covers reading the body, and so they apply whatever
/// <c>HttpClient</c> the client was given.
/// </remarks>
internal sealed class TransientRetryRequestAdapter : IRequestAdapter, IDisposable
{
    private readonly IRequestAdapter _inner;
    private readonly TransientRetryLoop _loop;

    /// <summary>Creates the adapter.</summary>
    /// <param name="inner">The adapter that sends one attempt (the 401-renewing one).</param>
    /// <param name="settings">Timeouts and retry settings.</param>
    /// <param name="timeProvider">The clock of timeouts and waits.</param>
    /// <param name="logger">The runtime's logger.</param>
    /// <param name="random">Jitter source in [0, 1); <see cref="Random.Shared"/> when null.</param>
    public TransientRetryRequestAdapter(IRequestAdapter inner, ConnectionSettings settings, TimeProvider timeProvider, ILogger logger, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _loop = new TransientRetryLoop(settings, timeProvider, logger, random ?? Random.Shared.NextDouble);
    }

    /// <inheritdoc/>
    public ISerializationWriterFactory SerializationWriterFactory => _inner.SerializationWriterFactory;

    /// <inheritdoc/>
    public string? BaseUrl
    {
        get => _inner.BaseUrl;
        set => _inner.BaseUrl = value;
    }

    /// <inheritdoc/>
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory) => _inner.EnableBackingStore(backingStoreFactory);

    /// <inheritdoc/>
    public Task<ModelType?> SendAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _loop.RunAsync(
            requestInfo,
            (_inner, requestInfo, factory, errorMapping),
            static (s, token) => s._inner.SendAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _loop.RunAsync(
            requestInfo,
            (_inner, requestInfo, factory, errorMapping),
            static (s, token) => s._inner.SendCollectionAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<ModelType?> SendPrimitiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _loop.RunAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping),
            static (s, token) => s._inner.SendPrimitiveAsync<ModelType>(s.requestInfo, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _loop.RunAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping),
            static (s, token) => s._inner.SendPrimitiveCollectionAsync<ModelType>(s.requestInfo, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task SendNoContentAsync(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _loop.RunAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping),
            static async (s, token) =>
            {
                await s._inner.SendNoContentAsync(s.requestInfo, s.errorMapping, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
        => _inner.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => (_inner as IDisposable)?.Dispose();
}
