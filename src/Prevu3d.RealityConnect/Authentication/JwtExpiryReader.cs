using System;
using System.Buffers.Text;
using System.Text.Json;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>Reads the <c>exp</c> claim of a JWT without verifying it: the client is not the token's audience.</summary>
internal static class JwtExpiryReader
{
    // The largest Unix time DateTimeOffset can hold (9999-12-31T23:59:59Z).
    private const long MaxUnixSeconds = 253402300799;

    // A payload larger than this is not a token this API issues; refuse it rather than allocate.
    private const int MaxPayloadChars = 64 * 1024;

    /// <summary>Reads the expiry of <paramref name="token"/>.</summary>
    /// <param name="token">A compact JWT (<c>header.payload.signature</c>).</param>
    /// <param name="expiresAt">The <c>exp</c> claim as a time, when present and in range.</param>
    /// <returns><see langword="false"/> for anything that is not a JWT with a usable <c>exp</c>.</returns>
    public static bool TryReadExpiry(string? token, out DateTimeOffset expiresAt)
    {
        expiresAt = default;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[1].Length > MaxPayloadChars)
        {
            return false;
        }

        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return false;
        }

        return TryReadExp(payload, out expiresAt);
    }

    private static bool TryReadExp(byte[] payload, out DateTimeOffset expiresAt)
    {
        expiresAt = default;
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("exp", out var exp)
                || exp.ValueKind != JsonValueKind.Number)
            {
                return false;
            }

            // NumericDate may carry a fraction (RFC 7519); whole seconds are enough here.
            var seconds = exp.TryGetInt64(out var whole) ? whole : Math.Floor(exp.GetDouble());
            if (seconds is < 0 or > MaxUnixSeconds)
            {
                return false;
            }

            expiresAt = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
