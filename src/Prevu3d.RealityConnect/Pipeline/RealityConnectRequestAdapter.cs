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
/// Calls whose answer is parsed go through a second Kiota adapter over a <see cref="HeadersReadHttpClient"/>, so the
/// parse node factory reads the body from the connection once instead of after <c>HttpClient</c> has buffered it;
/// streams and empty answers keep Kiota's buffered send, so the attempt timeout still covers their body.
/// </remarks>
internal sealed class RealityConnectRequestAdapter : IRequestAdapter, IDisposable
{
    private readonly IRequestAdapter _kiota;
    private readonly IRequestAdapter _parsing;
    private readonly RequestPipeline _pipeline;

    /// <summary>Creates the adapter.</summary>
    /// <param name="kiota">Kiota's adapter, which serializes, sends one attempt and parses the answer.</param>
    /// <param name="pipeline">The pipeline every call runs through.</param>
    /// <param name="parsing">Kiota's adapter for the calls whose answer is parsed (over a <see cref="HeadersReadHttpClient"/>); <paramref name="kiota"/> when <see langword="null"/>.</param>
    public RealityConnectRequestAdapter(IRequestAdapter kiota, RequestPipeline pipeline, IRequestAdapter? parsing = null)
    {
        ArgumentNullException.ThrowIfNull(kiota);
        ArgumentNullException.ThrowIfNull(pipeline);
        _kiota = kiota;
        _parsing = parsing ?? kiota;
        _pipeline = pipeline;
    }

    /// <inheritdoc/>
    public ISerializationWriterFactory SerializationWriterFactory => _kiota.SerializationWriterFactory;

    /// <inheritdoc/>
    public string? BaseUrl
    {
        get => _kiota.BaseUrl;
        set
        {
            _kiota.BaseUrl = value;
            _parsing.BaseUrl = value;
        }
    }

    /// <inheritdoc/>
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory)
    {
        _kiota.EnableBackingStore(backingStoreFactory);
        if (!ReferenceEquals(_parsing, _kiota))
        {
            _parsing.EnableBackingStore(backingStoreFactory);
        }
    }

    /// <inheritdoc/>
    public Task<ModelType?> SendAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _pipeline.RunAsync(
            requestInfo,
            (_parsing, requestInfo, factory, errorMapping),
            static (s, token) => s._parsing.SendAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => _pipeline.RunAsync(
            requestInfo,
            (_parsing, requestInfo, factory, errorMapping),
            static (s, token) => s._parsing.SendCollectionAsync(s.requestInfo, s.factory, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<ModelType?> SendPrimitiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _pipeline.RunAsync(
            requestInfo,
            // A stream is read by the caller after the call: it keeps the buffered send.
            (kiota: typeof(ModelType) == typeof(System.IO.Stream) ? _kiota : _parsing, requestInfo, errorMapping),
            static (s, token) => s.kiota.SendPrimitiveAsync<ModelType>(s.requestInfo, s.errorMapping, token),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => _pipeline.RunAsync(
            requestInfo,
            (_parsing, requestInfo, errorMapping),
            static (s, token) => s._parsing.SendPrimitiveCollectionAsync<ModelType>(s.requestInfo, s.errorMapping, token),
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
    public void Dispose()
    {
        (_kiota as IDisposable)?.Dispose();
        if (!ReferenceEquals(_parsing, _kiota))
        {
            (_parsing as IDisposable)?.Dispose();
        }
    }
}
