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
using Prevu3d.RealityConnect.Hosts;
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
    private readonly ClientCredentialsTokenProvider? _tokens;
    private readonly ApiInfoDiscovery? _discovery;
    private readonly ILogger _logger;

    // The redirect policy is the same for every request: one option, in the array AddRequestOptions takes.
    private readonly IRequestOption[] _redirectOption;

    // The bearer credential last attached, reused while the token and origin stay the same (see AttachBearerAsync).
    private BearerCredential? _lastBearer;

    /// <summary>Creates the provider.</summary>
    /// <param name="settings">Credentials, authority and allowed hosts.</param>
    /// <param name="tokens">The token source; <see langword="null"/> on the token request's own path, which sends no bearer token.</param>
    /// <param name="discovery">The source of <c>apiUrl</c>; <see langword="null"/> on the authority's paths, which do not use it.</param>
    /// <param name="logger">The runtime's logger.</param>
    /// <remarks>Both sources send through providers built before this one, never through it: no request can wait for itself.</remarks>
    public RealityConnectAuthenticationProvider(
        ConnectionSettings settings, ClientCredentialsTokenProvider? tokens, ApiInfoDiscovery? discovery, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _tokens = tokens;
        _discovery = discovery;
        _logger = logger;
        _redirectOption = [RedirectPolicy.Create(settings.AllowedHosts)];
    }

    /// <inheritdoc/>
    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A retried request must not keep the credential of its first attempt.
        request.Headers.Remove(AuthorizationHeader);

        // Options are keyed by their type (these types are sealed): a lookup, not a scan.
        if (request.GetRequestOption<AppliedCredentialOption>() is { } stale)
        {
            request.RemoveRequestOptions(stale);
        }

        await ResolveServerVariablesAsync(request, cancellationToken).ConfigureAwait(false);

        // Redirects are followed only to allowed hosts, credential or not: nothing is sent elsewhere.
        request.AddRequestOptions(_redirectOption);
        if (request.GetRequestOption<SecurityRequirementOption>() is not { IsAnonymous: false } security)
        {
            return;
        }

        var schemes = FirstSupportedAlternative(security);
        if (schemes is null)
        {
            Log.UnsupportedSecurity(_logger, string.Join(" or ", security.Requirements.Select(a => string.Join("+", a.Select(s => s.Name)))));
            return;
        }

        // The URL is expanded in full and kept on the request, so the host checked here is the one Kiota's adapter
        // sends to (it does not expand the template again).
        var uri = SentRequestUri.Expand(request);
        for (var i = 0; i < schemes.Count; i++)
        {
            if (IsBasic(schemes[i]))
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
            || request.GetRequestOption<ServerOption>() is not { } server
            || !UsesApiUrl(server))
        {
            return;
        }

        var discovery = _discovery ?? throw new InvalidOperationException("This request path cannot resolve apiUrl: it serves the authority only.");

        // Known after the first call: no task on the common path.
        request.PathParameters[ApiUrlVariable] = discovery.TryGetKnownApiUrl(out var known)
            ? known
            : await discovery.GetApiUrlAsync(cancellationToken).ConfigureAwait(false);
    }

    // Indexed loops: a foreach over an IReadOnlyList allocates its enumerator on every request.
    private static bool UsesApiUrl(ServerOption server)
    {
        var names = server.VariableNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], ApiUrlVariable, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<SecuritySchemeInfo>? FirstSupportedAlternative(SecurityRequirementOption security)
    {
        var alternatives = security.Requirements;
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (AllSupported(alternatives[i]))
            {
                return alternatives[i];
            }
        }

        return null;
    }

    private static bool AllSupported(IReadOnlyList<SecuritySchemeInfo> alternative)
    {
        for (var i = 0; i < alternative.Count; i++)
        {
            if (!IsSupported(alternative[i]))
            {
                return false;
            }
        }

        return true;
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
        // The common case checked on the parsed Uri; anything else takes the full check, for its exact reason.
        if (!IsPlainServiceOrigin(uri) && !ServiceUrl.TryParse(uri.GetLeftPart(UriPartial.Authority), out _, out var problem))
        {
            throw Refuse("the access token", uri, problem);
        }

        if (!_settings.AllowedHosts.IsAllowed(uri))
        {
            throw Refuse("the access token", uri, "the host is not in AllowedHosts");
        }

        var tokens = _tokens ?? throw new InvalidOperationException("This request path sends no bearer token: it serves the token request only.");
        var token = tokens.TryGetCachedToken(out var cached) ? cached : await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);

        // The option only records the origin (scheme, host, port) and the token, so one per token and origin does.
        var credential = Volatile.Read(ref _lastBearer);
        if (credential is null || !credential.Matches(token, uri))
        {
            credential = new BearerCredential(token, uri);
            Volatile.Write(ref _lastBearer, credential);
        }

        request.Headers.Add(AuthorizationHeader, credential.HeaderValue);
        request.AddRequestOptions(credential.Option);
    }

    /// <summary>
    /// What <see cref="ServiceUrl.TryParse"/> accepts, read from <paramref name="uri"/> itself rather than from a
    /// re-parsed copy of its scheme and authority: http(s) with a host, no user info, plain http only for loopback.
    /// </summary>
    private static bool IsPlainServiceOrigin(Uri uri)
        => uri.IsAbsoluteUri
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && uri.Host.Length > 0
            && uri.UserInfo.Length == 0;

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

    /// <summary>A bearer token with its header value and its <see cref="AppliedCredentialOption"/>, built once per token and origin.</summary>
    private sealed class BearerCredential(string token, Uri origin)
    {
        public string HeaderValue { get; } = "Bearer " + token;

        public IRequestOption[] Option { get; } = [new AppliedCredentialOption(CredentialKind.Bearer, origin, token)];

        public bool Matches(string otherToken, Uri uri)
            => string.Equals(token, otherToken, StringComparison.Ordinal) && ServiceUrl.SameOrigin(origin, uri);
    }
}
