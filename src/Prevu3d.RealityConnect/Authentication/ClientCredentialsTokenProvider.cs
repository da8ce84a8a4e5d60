using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Models;
using Prevu3d.RealityConnect.Oauth;
using Prevu3d.RealityConnect.Threading;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>
/// Client-credentials tokens from <c>/oauth/token</c>, through the generated client: cached for one set of
/// credentials and one authority, renewed ahead of expiry, one request in flight for any number of callers.
/// </summary>
internal sealed class ClientCredentialsTokenProvider : IDisposable
{
    private readonly OauthRequestBuilder _authority;
    private readonly ConnectionSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SharedFetch<AccessToken> _cache;

    // The client-credentials grant creates nothing on the server: repeating it after a transient failure is safe.
    private static readonly RealityConnectRetryOption SafeToRepeat = new() { SafeToRepeat = true };

    /// <summary>Creates the provider.</summary>
    /// <param name="authority">The authority's <c>/oauth</c> requests, on an adapter that adds the Basic header and no token.</param>
    /// <param name="settings">The credentials and renewal margin.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The runtime's logger.</param>
    public ClientCredentialsTokenProvider(OauthRequestBuilder authority, ConnectionSettings settings, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _authority = authority;
        _settings = settings;
        _timeProvider = timeProvider;
        _logger = logger;
        _cache = new SharedFetch<AccessToken>(FetchAsync, token => token.IsFresh(_timeProvider.GetUtcNow()));
    }

    /// <summary>Returns a token that is not due for renewal, fetching one if needed.</summary>
    /// <param name="cancellationToken">Stops this caller's wait; the shared request goes on for the others.</param>
    /// <returns>The raw access token.</returns>
    /// <exception cref="RealityConnectAuthenticationException">The authority refused or failed the request.</exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = await _cache.GetAsync(cancellationToken).ConfigureAwait(false);
        return token.Value;
    }

    /// <summary>The cached token when it is not due for renewal, without a task (the per-request fast path).</summary>
    /// <param name="token">The raw access token, when cached and fresh.</param>
    /// <returns><see langword="true"/> when a fresh token is cached.</returns>
    public bool TryGetCachedToken([NotNullWhen(true)] out string? token)
    {
        token = _cache.TryGetFresh(out var cached) ? cached.Value : null;
        return token is not null;
    }

    /// <summary>Drops the cached token if it is <paramref name="rejectedToken"/> (a newer one is kept).</summary>
    /// <param name="rejectedToken">The token an API call was refused with (401).</param>
    public void Invalidate(string rejectedToken)
    {
        ArgumentNullException.ThrowIfNull(rejectedToken);
        _cache.Invalidate(token => string.Equals(token.Value, rejectedToken, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        Log.RequestingToken(_logger, _settings.Authority.Authority, _settings.ClientId);
        TokenResponse? response;
        try
        {
            response = await _authority.Token
                .PostAsync(TokenRequests.ClientCredentials(), c => c.Options.Add(SafeToRepeat), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ApiException exception) when (exception is not RealityConnectAuthenticationException)
        {
            // Typed 4XX/5XX errors override Message with the server's message; others carry Kiota's description.
            throw Fail(exception.ResponseStatusCode, exception.Message, exception);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0 && exception.InnerExceptions[^1] is ApiException last)
        {
            // Kiota's retry handler gives up on 429/503/504 with all its attempts' errors.
            throw Fail(last.ResponseStatusCode, last.Message, exception);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException and not ObjectDisposedException)
        {
            throw Fail(200, "the token response is not the expected JSON", exception);
        }

        if (response is null)
        {
            throw Fail(200, "the token response is empty", null);
        }

        if (response.HasError == true)
        {
            throw Fail(200, response.Message ?? "the authority reported an error without a message", null);
        }

        var (value, expiresIn) = TokenResponseReader.Read(response);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(200, "the token response holds no access token (neither accessToken nor access_token)", null);
        }

        var token = TokenLifetime.Create(value, expiresIn, _timeProvider.GetUtcNow(), _settings.TokenRefreshBeforeExpiry);
        Log.TokenAcquired(_logger, token.ExpiresAt, token.Source.ToString(), token.RefreshAt);
        return token;
    }

    private RealityConnectAuthenticationException Fail(int statusCode, string reason, Exception? inner)
    {
        var safeReason = _settings.Redact(reason);
        Log.TokenRequestFailed(_logger, statusCode, safeReason);
        var message = string.Create(CultureInfo.InvariantCulture, $"The token request to {_settings.Authority.Authority} failed: {safeReason}");

        // An inner exception that quotes the secret (a server echoing it) is dropped rather than exposed.
        var safeInner = inner is not null && _settings.Redact(inner.ToString()) != inner.ToString() ? null : inner;
        return new RealityConnectAuthenticationException(message, statusCode, safeInner);
    }
}
