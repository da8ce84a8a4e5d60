using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Discovery;
using Prevu3d.RealityConnect.Http;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>
/// Authenticates each request as its spec says (<see cref="SecurityRequirementOption"/>): HTTP basic gets the
/// client id and secret, HTTP bearer the access token. It first resolves the <c>apiUrl</c> server variable
/// (<see cref="ServerOption"/>) so the final host is known, and refuses to send a credential where it does
/// not belong: the secret only to the authority, the token only to an allowed host over https (or loopback).
/// </summary>
internal sealed class RealityConnectAuthenticationProvider : IAuthenticationProvider
{
    /// <summary>The server variable filled with the regional API base URL.</summary>
    public const string ApiUrlVariable = "apiUrl";

    private const string AuthorizationHeader = "Authorization";

    // The path parameter Kiota's WithUrl stores a raw URL under (not public in Kiota.Abstractions 2.1).
    private const string RawUrlKey = "request-raw-url";
    private readonly ConnectionSettings _settings;
    private readonly Func<ClientCredentialsTokenProvider> _tokens;
    private readonly Func<ApiInfoDiscovery> _discovery;
    private readonly ILogger _logger;

    /// <summary>Creates the provider.</summary>
    /// <param name="settings">Credentials, authority and allowed hosts.</param>
    /// <param name="tokens">The token source (resolved late: it calls the authority through this provider).</param>
    /// <param name="discovery">The discovery (resolved late, for the same reason).</param>
    /// <param name="logger">The runtime's logger.</param>
    public RealityConnectAuthenticationProvider(
        ConnectionSettings settings, Func<ClientCredentialsTokenProvider> tokens, Func<ApiInfoDiscovery> discovery, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(discovery);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _tokens = tokens;
        _discovery = discovery;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A retried request must not keep the credential of its first attempt.
        request.Headers.Remove(AuthorizationHeader);
        if (request.RequestOptions.OfType<AppliedCredentialOption>().ToArray<IRequestOption>() is { Length: > 0 } stale)
        {
            // Kiota refuses an empty list here.
            request.RemoveRequestOptions(stale);
        }

        await ResolveServerVariablesAsync(request, cancellationToken).ConfigureAwait(false);

        // Redirects are followed only to allowed hosts, credential or not: nothing is sent elsewhere.
        request.AddRequestOptions([RedirectPolicy.Create(_settings.AllowedHosts)]);
        if (request.RequestOptions.OfType<SecurityRequirementOption>().FirstOrDefault() is not { IsAnonymous: false } security)
        {
            return;
        }

        var schemes = security.Requirements.FirstOrDefault(alternative => alternative.All(IsSupported));
        if (schemes is null)
        {
            Log.UnsupportedSecurity(_logger, string.Join(" or ", security.Requirements.Select(a => string.Join("+", a.Select(s => s.Name)))));
            return;
        }

        var uri = request.URI;
        foreach (var scheme in schemes)
        {
            if (IsBasic(scheme))
            {
                AttachBasic(request, uri);
            }
            else
            {
                await AttachBearerAsync(request, uri, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ResolveServerVariablesAsync(RequestInformation request, CancellationToken cancellationToken)
    {
        // A raw URL (WithUrl) replaces the template: there is no variable left to fill.
        if (request.PathParameters.ContainsKey(RawUrlKey)
            || request.RequestOptions.OfType<ServerOption>().FirstOrDefault() is not { } server
            || !server.VariableNames.Contains(ApiUrlVariable, StringComparer.Ordinal))
        {
            return;
        }

        request.PathParameters[ApiUrlVariable] = await _discovery().GetApiUrlAsync(cancellationToken).ConfigureAwait(false);
    }

    private void AttachBasic(RequestInformation request, Uri uri)
    {
        // The secret goes to the authority only: same scheme, host and port as AuthorityUrl.
        if (!ServiceUrl.SameOrigin(uri, _settings.Authority))
        {
            throw Refuse("the client credentials", uri, "they are sent only to the authority " + _settings.Authority.GetLeftPart(UriPartial.Authority));
        }

        request.Headers.Add(AuthorizationHeader, "Basic " + _settings.BasicCredentials);
        request.AddRequestOptions([new AppliedCredentialOption(CredentialKind.Basic, uri, null)]);
    }

    private async Task AttachBearerAsync(RequestInformation request, Uri uri, CancellationToken cancellationToken)
    {
        if (!ServiceUrl.TryParse(uri.GetLeftPart(UriPartial.Authority), out _, out var problem))
        {
            throw Refuse("the access token", uri, problem);
        }

        if (!_settings.AllowedHosts.IsAllowed(uri))
        {
            throw Refuse("the access token", uri, "the host is not in AllowedHosts");
        }

        var token = await _tokens().GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Add(AuthorizationHeader, "Bearer " + token);
        request.AddRequestOptions([new AppliedCredentialOption(CredentialKind.Bearer, uri, token)]);
    }

    private RealityConnectAuthenticationException Refuse(string credential, Uri uri, string reason)
    {
        Log.CredentialRefused(_logger, credential, uri.IdnHost, reason);
        return new RealityConnectAuthenticationException($"Refused to send {credential} to {uri.GetLeftPart(UriPartial.Authority)}: {reason}.");
    }

    private static bool IsSupported(SecuritySchemeInfo scheme) => IsBasic(scheme) || IsBearer(scheme);

    private static bool IsBasic(SecuritySchemeInfo scheme)
        => string.Equals(scheme.Type, "http", StringComparison.OrdinalIgnoreCase) && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase);

    private static bool IsBearer(SecuritySchemeInfo scheme)
        => string.Equals(scheme.Type, "http", StringComparison.OrdinalIgnoreCase) && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase);
}
