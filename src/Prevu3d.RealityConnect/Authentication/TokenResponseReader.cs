using System;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>Reads both token response shapes: the documented <c>accessToken</c>/<c>expiresIn</c> and RFC 6749's <c>access_token</c>/<c>expires_in</c>.</summary>
internal static class TokenResponseReader
{
    /// <summary>Reads the token and the lifetime hint.</summary>
    /// <param name="response">The deserialized response.</param>
    /// <returns>The token (null when absent) and <c>expiresIn</c> (null when absent).</returns>
    public static (string? Token, long? ExpiresIn) Read(TokenResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var token = NonEmpty(response.AccessToken) ?? NonEmpty(response.Access_token);

        // The RFC 6749 value is a real duration; the documented one is minus a Unix time (TokenLifetime copes).
        var expiresIn = response.Expires_in is > 0 ? response.Expires_in : response.ExpiresIn ?? response.Expires_in;
        return (token, expiresIn);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
