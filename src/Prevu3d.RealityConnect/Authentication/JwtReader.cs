using System;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Prevu3d.RealityConnect.Authentication;

/// <summary>
/// Reads a compact JWT (<c>header.payload.signature</c>) without verifying it: the client is not the token's audience.
/// The one base64url JWT decoder of the repository; the emulator tests and the CLI use it too (InternalsVisibleTo).
/// </summary>
internal static class JwtReader
{
    /// <summary>The index of the header segment.</summary>
    public const int Header = 0;

    /// <summary>The index of the payload segment.</summary>
    public const int Payload = 1;

    // The largest Unix time DateTimeOffset can hold (9999-12-31T23:59:59Z).
    private const long MaxUnixSeconds = 253402300799;

    // A segment larger than this is not a token this API issues; refuse it rather than allocate.
    private const int MaxSegmentChars = 64 * 1024;

    /// <summary>Decodes the header or the payload of <paramref name="token"/> to its UTF-8 JSON bytes.</summary>
    /// <param name="token">A compact JWT.</param>
    /// <param name="segment"><see cref="Header"/> or <see cref="Payload"/>.</param>
    /// <param name="json">The decoded bytes (not checked to be JSON).</param>
    /// <returns><see langword="false"/> for anything that is not three segments with valid base64url in the one asked for.</returns>
    public static bool TryDecode(string? token, int segment, [NotNullWhen(true)] out byte[]? json)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(segment is Header or Payload, true, nameof(segment));
        json = null;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[segment].Length == 0 || parts[segment].Length > MaxSegmentChars)
        {
            return false;
        }

        try
        {
            json = Base64Url.DecodeFromChars(parts[segment]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Parses the header or the payload of <paramref name="token"/>.</summary>
    /// <param name="token">A compact JWT.</param>
    /// <param name="segment"><see cref="Header"/> or <see cref="Payload"/>.</param>
    /// <param name="document">The JSON object (the caller disposes it).</param>
    /// <returns><see langword="false"/> unless the segment decodes to a JSON object.</returns>
    public static bool TryParse(string? token, int segment, [NotNullWhen(true)] out JsonDocument? document)
    {
        document = null;
        if (!TryDecode(token, segment, out var json))
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            document = null;
            return false;
        }

        return true;
    }

    /// <summary>Reads the <c>exp</c> claim of <paramref name="token"/>.</summary>
    /// <param name="token">A compact JWT.</param>
    /// <param name="expiresAt">The <c>exp</c> claim as a time, when present and in range.</param>
    /// <returns><see langword="false"/> for anything that is not a JWT with a usable <c>exp</c>.</returns>
    public static bool TryReadExpiry(string? token, out DateTimeOffset expiresAt)
    {
        expiresAt = default;
        if (!TryParse(token, Payload, out var payload))
        {
            return false;
        }

        using (payload)
        {
            if (!payload.RootElement.TryGetProperty("exp", out var exp) || exp.ValueKind != JsonValueKind.Number)
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
    }
}
