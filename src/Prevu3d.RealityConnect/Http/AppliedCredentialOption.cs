using System;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Http;

/// <summary>The kind of credential the authentication provider put on a request.</summary>
internal enum CredentialKind
{
    /// <summary>The client id and secret in a Basic header.</summary>
    Basic,

    /// <summary>An access token in a Bearer header.</summary>
    Bearer,
}

/// <summary>
/// Records on a request which credential was attached and for which origin. Kiota copies request options
/// onto the <c>HttpRequestMessage</c> and onto every redirect hop, so the HTTP pipeline can strip the
/// credential when a hop leaves that origin, and the adapter knows which token a 401 refused.
/// </summary>
internal sealed class AppliedCredentialOption : IRequestOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="kind">The credential.</param>
    /// <param name="origin">The URL the credential was attached for (scheme, host and port count).</param>
    /// <param name="accessToken">The token, for <see cref="CredentialKind.Bearer"/>.</param>
    public AppliedCredentialOption(CredentialKind kind, Uri origin, string? accessToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        Kind = kind;
        Origin = origin;
        AccessToken = accessToken;
    }

    /// <summary>The credential.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The URL the credential was attached for.</summary>
    public Uri Origin { get; }

    /// <summary>The token sent, for a bearer credential.</summary>
    public string? AccessToken { get; }

    /// <summary>Whether the credential may travel with a request to <paramref name="requestUri"/>.</summary>
    /// <param name="requestUri">The URL of a (possibly redirected) request.</param>
    /// <returns><see langword="true"/> when scheme, host and port are those it was attached for.</returns>
    public bool IsValidFor(Uri? requestUri) => requestUri is not null && ServiceUrl.SameOrigin(Origin, requestUri);

    /// <inheritdoc/>
    public override string ToString() => $"AppliedCredentialOption {{ Kind = {Kind}, Origin = {Origin.GetLeftPart(UriPartial.Authority)} }}";
}
