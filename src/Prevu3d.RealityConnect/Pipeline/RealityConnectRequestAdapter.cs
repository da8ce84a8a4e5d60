using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// The adapter the generated request builders call: each send runs through the <see cref="RequestPipeline"/>, whose
/// attempts authenticate the request and hand it to Kiota's adapter (built without an authentication provider of its own).
/// </summary>
/// <remarks>
/// Validation, retries, timeouts and the 401 renewal live in the pipeline rather than in <c>DelegatingHandler</c>s
/// (Kiota's <c>RetryHandler</c> is removed), so each attempt re-runs the whole authentication (server variables, host
/// checks, a token that expired during a long <c>Retry-After</c>), the request tells whether its body can be
/// replayed, the attempt timeout covers reading the body, and they apply whatever <c>HttpClient</c> sends.
/// </remarks>
internal sealed class RealityConnectRequestAdapter : IRequestAdapter, IDisposable
{
    private readonly IRequestAdapter _kiota;
    private readonly RequestPipeline _pipeline;

    /// <summary>Creates the adapter.</summary>
    /// <param name="kiota">Kiota's adapter, which serializes, sends one attempt and parses the answer.</param>
    /// <param name="pipeline">The pipeline every call runs through.</param>
    public RealityConnectRequestAdapter(IRequestAdapter kiota, RequestPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(kiota);
        ArgumentNullException.ThrowIfNull(pipeline);
        _kiota = kiota;
        _pipeline = pipeline;
    }

    /// <inheritdoc/>
    public ISerializationWriterFactory SerializationWriterFactory => _kiota.SerializationWriterFactory;

    /// <inheritdoc/>
    public string? BaseUrl
    {
        get => _kiota.BaseUrl;
        set => _kiota.BaseUrl = value;
    }

    /// <inheritdoc/>
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory) => _kiota.EnableBackingStore(backingStoreFactory);

    /// <inheritdoc/>
    public Task<ModelType?> SendAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _pipeline.RunAsync(
            requestInfo,
            (_kiota, requestInfo, factory, errorMapping),
            static (s, token) => s._kiota.SendAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _pipeline.RunAsync(
            requestInfo,
            (_kiota, requestInfo, factory, errorMapping),
            static (s, token) => s._kiota.SendCollectionAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<ModelType?> SendPrimitiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _pipeline.RunAsync(
            requestInfo,
            (_kiota, requestInfo, errorMapping),
            static (s, token) => s._kiota.SendPrimitiveAsync<ModelType>(s.requestInfo, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _pipeline.RunAsync(
            requestInfo,
            (_kiota, requestInfo, errorMapping),
            static (s, token) => s._kiota.SendPrimitiveCollectionAsync<ModelType>(s.requestInfo, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task SendNoContentAsync(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _pipeline.RunAsync(
            requestInfo,
            (_kiota, requestInfo, errorMapping),
            static async (s, token) =>
            {
                await s._kiota.SendNoContentAsync(s.requestInfo, s.errorMapping, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
    {
        // The native request carries what a sent one would: Kiota's adapter no longer authenticates by itself.
        await _pipeline.AuthenticateAsync(requestInfo, cancellationToken).ConfigureAwait(false);
        return await _kiota.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => (_kiota as IDisposable)?.Dispose();
}
