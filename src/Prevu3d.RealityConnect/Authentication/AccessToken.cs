using System;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>Where a token's expiry came from.</summary>
internal enum ExpirySource
{
    /// <summary>The JWT <c>exp</c> claim.</summary>
    JwtExpClaim,

    /// <summary>A positive <c>expiresIn</c>/<c>expires_in</c> of the token response.</summary>
    ExpiresIn,

    /// <summary>Neither was usable: the documented one-hour lifetime.</summary>
    DefaultLifetime,
}

/// <summary>An access token with its expiry and the time it is renewed.</summary>
/// <remarks>Not a record: a generated <c>ToString</c> would print the token.</remarks>
internal sealed class AccessToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The raw token.</param>
    /// <param name="expiresAt">When the token expires.</param>
    /// <param name="refreshAt">When the token is renewed (at or before <paramref name="expiresAt"/>).</param>
    /// <param name="source">Where the expiry came from.</param>
    public AccessToken(string value, DateTimeOffset expiresAt, DateTimeOffset refreshAt, ExpirySource source)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
        Source = source;
    }

    /// <summary>The raw token (a secret).</summary>
    public string Value { get; }

    /// <summary>When the token expires.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When the token is renewed.</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>Where the expiry came from.</summary>
    public ExpirySource Source { get; }

    /// <summary>Whether the token can still be handed out at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="true"/> before <see cref="RefreshAt"/>.</returns>
    public bool IsFresh(DateTimeOffset now) => now < RefreshAt;

    /// <inheritdoc/>
    public override string ToString() => $"AccessToken {{ ExpiresAt = {ExpiresAt:O}, RefreshAt = {RefreshAt:O}, Source = {Source} }}";
}
