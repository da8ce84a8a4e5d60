using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Models;
using Prevu3d.RealityConnect.Oauth;
using Prevu3d.RealityConnect.Threading;

namespace Prevu3d.RealityConnect.Discovery;

/// <summary>
/// Calls <c>/oauth/api-info</c> once (one request in flight for any number of callers), checks its
/// <c>apiUrl</c> and caches both; a failure is not cached.
/// </summary>
internal sealed class ApiInfoDiscovery : IDisposable
{
    private readonly OauthRequestBuilder _authority;
    private readonly ConnectionSettings _settings;
    private readonly ILogger _logger;
    private readonly SharedFetch<DiscoveredApi> _cache;

    /// <summary>Creates the discovery.</summary>
    /// <param name="authority">The authority's <c>/oauth</c> requests, on an adapter that adds the bearer token and never needs discovery.</param>
    /// <param name="settings">The allowed hosts and the configured API URL.</param>
    /// <param name="logger">The runtime's logger.</param>
    public ApiInfoDiscovery(OauthRequestBuilder authority, ConnectionSettings settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        _authority = authority;
        _settings = settings;
        _logger = logger;

        // Discovered information does not expire: the organization's region does not move under a client.
        _cache = new SharedFetch<DiscoveredApi>(FetchAsync, static _ => true);
    }

    /// <summary>The api-info answer (fetched at most once while it succeeds).</summary>
    /// <param name="cancellationToken">Stops this caller's wait.</param>
    /// <returns>The api-info answer.</returns>
    public async Task<ApiInfo> GetApiInfoAsync(CancellationToken cancellationToken = default)
        => (await _cache.GetAsync(cancellationToken).ConfigureAwait(false)).Info;

    /// <summary>The base URL of the regional API: the configured one, else the discovered and checked one.</summary>
    /// <param name="cancellationToken">Stops this caller's wait.</param>
    /// <returns>The base URL without trailing slash.</returns>
    /// <exception cref="RealityConnectDiscoveryException">api-info failed or its apiUrl is refused.</exception>
    public async Task<string> GetApiUrlAsync(CancellationToken cancellationToken = default)
    {
        // A configured ApiUrl skips discovery entirely.
        if (_settings.ConfiguredApiUrl is { } configured)
        {
            return configured;
        }

        return (await _cache.GetAsync(cancellationToken).ConfigureAwait(false)).ApiUrl!;
    }

    /// <summary>The base URL of the regional API when it is configured or already discovered, without a task.</summary>
    /// <param name="apiUrl">The base URL without trailing slash, when known.</param>
    /// <returns><see langword="true"/> when no request is needed.</returns>
    public bool TryGetKnownApiUrl([NotNullWhen(true)] out string? apiUrl)
    {
        apiUrl = _settings.ConfiguredApiUrl ?? (_cache.TryGetFresh(out var discovered) ? discovered.ApiUrl : null);
        return apiUrl is not null;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    private async Task<DiscoveredApi> FetchAsync(CancellationToken cancellationToken)
    {
        Log.Discovering(_logger, _settings.Authority.Authority);
        ApiInfo? info;
        try
        {
            info = await _authority.ApiInfo.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException exception) when (exception is not RealityConnectAuthenticationException and not RealityConnectDiscoveryException)
        {
            throw new RealityConnectDiscoveryException(
                $"The api-info request to {_settings.Authority.Authority} failed: {_settings.Redact(exception.Message)}", exception.ResponseStatusCode, exception);
        }

        if (info is null)
        {
            throw new RealityConnectDiscoveryException("api-info returned an empty answer.", 200);
        }

        // With a configured ApiUrl the discovered one is informational only: never used, never checked.
        if (_settings.ConfiguredApiUrl is not null)
        {
            return new DiscoveredApi(info, null);
        }

        if (!ApiUrlValidator.TryValidate(info.ApiUrl, _settings, out var apiUrl, out var problem))
        {
            Log.DiscoveryRefused(_logger, problem);
            throw new RealityConnectDiscoveryException(problem + ".");
        }

        Log.Discovered(_logger, apiUrl);
        return new DiscoveredApi(info, apiUrl);
    }

    private sealed record DiscoveredApi(ApiInfo Info, string? ApiUrl);
}
