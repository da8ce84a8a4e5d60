using System;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>The expiry rules: JWT <c>exp</c>, else a sane positive <c>expiresIn</c>, else one hour.</summary>
internal static class TokenLifetime
{
    /// <summary>The lifetime the vendor documents, used when nothing better is known.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromHours(1);

    /// <summary>The longest lifetime trusted; a longer claim is capped (renewing early is harmless).</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(1);

    /// <summary>Computes expiry and renewal time of a freshly issued token.</summary>
    /// <param name="value">The raw token.</param>
    /// <param name="expiresIn">The response's <c>expiresIn</c>/<c>expires_in</c>, whatever it holds.</param>
    /// <param name="now">When the token was received.</param>
    /// <param name="refreshBeforeExpiry">The configured renewal margin.</param>
    /// <returns>The token with its times.</returns>
    public static AccessToken Create(string value, long? expiresIn, DateTimeOffset now, TimeSpan refreshBeforeExpiry)
    {
        TimeSpan lifetime;
        ExpirySource source;
        if (JwtReader.TryReadExpiry(value, out var exp) && exp > now)
        {
            lifetime = exp - now;
            source = ExpirySource.JwtExpClaim;
        }
        else if (expiresIn is > 0)
        {
            // Compared in seconds before any TimeSpan is built, so long.MaxValue cannot overflow.
            lifetime = expiresIn.Value >= (long)Maximum.TotalSeconds ? Maximum : TimeSpan.FromSeconds(expiresIn.Value);
            source = ExpirySource.ExpiresIn;
        }
        else
        {
            // The documented expiresIn is minus a Unix time: never a lifetime. An exp already past
            // means our clock is ahead of the server's; a 401 will renew the token if it is really expired.
            lifetime = Default;
            source = ExpirySource.DefaultLifetime;
        }

        if (lifetime > Maximum)
        {
            lifetime = Maximum;
        }

        // A short-lived token renews at half its life rather than immediately on every call.
        var margin = refreshBeforeExpiry < lifetime / 2 ? refreshBeforeExpiry : lifetime / 2;
        if (margin < TimeSpan.Zero)
        {
            margin = TimeSpan.Zero;
        }

        return new AccessToken(value, now + lifetime, now + lifetime - margin, source);
    }
}
