using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Diagnostics;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// Wraps the Kiota adapter: when a request sent with a bearer token answers 401, drops that token and sends
/// the request once more, which re-runs the authentication provider and so carries a new token. A second
/// 401 surfaces as the API's error. Only requests whose body can be replayed (none, or a seekable stream) are retried.
/// </summary>
/// <remarks>
/// This layer, rather than a <c>DelegatingHandler</c>, because the retry must re-run the whole authentication
/// (server variables, host checks, token) that lives in the <see cref="Microsoft.Kiota.Abstractions.Authentication.IAuthenticationProvider"/>,
/// because the <see cref="RequestInformation"/> tells whether its body can be replayed, and because it works
/// whatever <c>HttpClient</c> the client was given (its own pipeline, the user's, or IHttpClientFactory's).
/// </remarks>
internal sealed class TokenRenewingRequestAdapter : IRequestAdapter, IDisposable
{
    private const int Unauthorized = 401;
    private readonly IRequestAdapter _inner;
    private readonly Func<ClientCredentialsTokenProvider> _tokens;
    private readonly ILogger _logger;

    /// <summary>Creates the adapter.</summary>
    /// <param name="inner">The adapter that sends requests.</param>
    /// <param name="tokens">The token source whose cached token is dropped on a 401.</param>
    /// <param name="logger">The runtime's logger.</param>
    public TokenRenewingRequestAdapter(IRequestAdapter inner, Func<ClientCredentialsTokenProvider> tokens, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _tokens = tokens;
        _logger = logger;
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
        => SendWithRenewalAsync(
            requestInfo,
            (_inner, requestInfo, factory, errorMapping, cancellationToken),
            static s => s._inner.SendAsync(s.requestInfo, s.factory, s.errorMapping, s.cancellationToken));

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(
        RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
        => SendWithRenewalAsync(
            requestInfo,
            (_inner, requestInfo, factory, errorMapping, cancellationToken),
            static s => s._inner.SendCollectionAsync(s.requestInfo, s.factory, s.errorMapping, s.cancellationToken));

    /// <inheritdoc/>
    public Task<ModelType?> SendPrimitiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => SendWithRenewalAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping, cancellationToken),
            static s => s._inner.SendPrimitiveAsync<ModelType>(s.requestInfo, s.errorMapping, s.cancellationToken));

    /// <inheritdoc/>
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => SendWithRenewalAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping, cancellationToken),
            static s => s._inner.SendPrimitiveCollectionAsync<ModelType>(s.requestInfo, s.errorMapping, s.cancellationToken));

    /// <inheritdoc/>
    public Task SendNoContentAsync(
        RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        => SendWithRenewalAsync(
            requestInfo,
            (_inner, requestInfo, errorMapping, cancellationToken),
            static async s =>
            {
                await s._inner.SendNoContentAsync(s.requestInfo, s.errorMapping, s.cancellationToken).ConfigureAwait(false);
                return true;
            });

    /// <inheritdoc/>
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
        => _inner.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    // The send is a static lambda over a state tuple: no closure or delegate is allocated per call.
    private async Task<T> SendWithRenewalAsync<TState, T>(RequestInformation request, TState state, Func<TState, Task<T>> send)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Kiota disposes the message, and with it the body: a seekable body is sent through a view
        // that leaves it open, so it can be rewound for the retry.
        var body = request.Content;
        var bodyStart = body is { CanSeek: true } ? body.Position : (long?)null;
        try
        {
            try
            {
                UseBody(request, body, bodyStart);
                return await send(state).ConfigureAwait(false);
            }
            catch (ApiException exception) when (IsRenewable(exception, request))
            {
                var applied = request.GetRequestOption<AppliedCredentialOption>()!;
                if (body is not null && bodyStart is null)
                {
                    // A one-shot stream was consumed by the first attempt: resending would send an empty body.
                    Log.CannotReplayAfterUnauthorized(_logger, request.HttpMethod.ToString(), applied.Origin.IdnHost);
                    throw;
                }

                Log.RetryingAfterUnauthorized(_logger, request.HttpMethod.ToString(), applied.Origin.IdnHost);
                _tokens().Invalidate(applied.AccessToken!);
            }

            // The second attempt's 401, if any, surfaces as is: one retry, never a loop.
            UseBody(request, body, bodyStart);
            return await send(state).ConfigureAwait(false);
        }
        finally
        {
            request.Content = body!;
        }
    }

    private static void UseBody(RequestInformation request, System.IO.Stream? body, long? start)
    {
        if (body is not null && start is { } position)
        {
            body.Position = position;
            request.Content = new NonClosingStream(body);
        }
    }

    // Only a 401 from the API to a request we put a bearer token on; our own typed errors are final.
    private static bool IsRenewable(ApiException exception, RequestInformation request)
        => exception.ResponseStatusCode == Unauthorized
            && exception is not RealityConnectAuthenticationException and not RealityConnectDiscoveryException
            && request.GetRequestOption<AppliedCredentialOption>() is { Kind: CredentialKind.Bearer, AccessToken: not null };
}
