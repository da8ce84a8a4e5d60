using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>
/// Issues the emulator's access tokens (claims shaped like the guide's sample token), verifies bearer
/// tokens (signature, expiry on the emulator's <see cref="TimeProvider"/>, revocation) and revokes them.
/// A token's verified signature and claims are cached (<see cref="VerifiedTokenCache"/>); expiry and
/// revocation are checked on every request.
/// </summary>
internal sealed class TokenService(TimeProvider timeProvider, Guid organizationId, int verifiedTokenCapacity = VerifiedTokenCache.DefaultCapacity)
    : IDisposable
{
    /// <summary>The <c>kid</c> claim (the guide's token carries it in the payload, not in the header).</summary>
    public const string KeyId = "realityconnect-emulator";

    /// <summary>The session the guide's sample token reports: about a month after issue.</summary>
    private static readonly TimeSpan SessionLength = TimeSpan.FromHours(730);

    private readonly Es512JwtCodec codec = new();
    private readonly VerifiedTokenCache verified = new(verifiedTokenCapacity);

    // refreshTokenId -> revocation generation at issue; RevokeAll moves the generation on,
    // so every token issued before it is refused while new tokens (even in the same second) are not.
    private readonly ConcurrentDictionary<Guid, int> issued = new();
    private int generation;

    public string PublicKeyPem => codec.PublicKeyPem;

    /// <summary>How many tokens' verified signatures are cached (bounded by the capacity).</summary>
    public int VerifiedTokenCount => verified.Count;

    public IssuedToken Issue(EmulatorClient client, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(client);
        var issuedAt = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var expiresAt = issuedAt + (long)Math.Floor(lifetime.TotalSeconds);
        var refreshTokenId = Guid.NewGuid();

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", client.UserId);
            writer.WriteString("firstName", client.ApplicationName);
            writer.WriteString("lastName", "OAuth Application");
            writer.WriteString("email", client.Email);
            writer.WriteString("refreshTokenId", refreshTokenId);
            writer.WriteStartArray("scopes");
            writer.WriteStringValue("OAuth");
            writer.WriteEndArray();
            writer.WriteNumber("ver", 1);
            writer.WriteString("kid", KeyId);
            writer.WriteNumber("sessionExpiresAt", issuedAt + (long)SessionLength.TotalSeconds);
            writer.WriteStartArray("oauthScopes");
            writer.WriteEndArray();
            writer.WriteString("oauthOrganizationId", organizationId);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteNumber("exp", expiresAt);
            writer.WriteEndObject();
        }

        issued[refreshTokenId] = Volatile.Read(ref generation);
        return new IssuedToken(codec.Sign(buffer.WrittenSpan), issuedAt, expiresAt);
    }

    /// <summary>Checks an <c>Authorization: Bearer</c> header value.</summary>
    public TokenValidation Validate(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return TokenValidation.Fail("A bearer token is required.");
        }

        // A token seen before skips the ES512 verification, and only that: the checks below run on every request.
        var token = header.Parameter;
        if (!verified.TryGet(token, out var claims))
        {
            var payload = codec.Verify(token, out var failure);
            if (payload is null)
            {
                return TokenValidation.Fail(failure!);
            }

            claims = ReadClaims(payload);
            if (claims is null)
            {
                return TokenValidation.Fail("The token's claims are malformed.");
            }

            verified.Add(token, claims);
        }

        // Whole seconds, like exp itself: valid while now < exp (RFC 7519 §4.1.4), and no date arithmetic to overflow.
        if (timeProvider.GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt)
        {
            return TokenValidation.Fail("The token has expired.");
        }

        // Unknown ids cannot carry this key's signature; a changed generation means revoked.
        if (!issued.TryGetValue(claims.RefreshTokenId, out var issuedGeneration) || issuedGeneration != Volatile.Read(ref generation))
        {
            return TokenValidation.Fail("The token has been revoked.");
        }

        return new TokenValidation(claims, null);
    }

    /// <summary>Refuses every token issued so far; tokens issued afterwards are valid.</summary>
    public void RevokeAll() => Interlocked.Increment(ref generation);

    public void Dispose() => codec.Dispose();

    private static TokenClaims? ReadClaims(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            return new TokenClaims(
                root.GetProperty("id").GetGuid(),
                root.GetProperty("firstName").GetString()!,
                root.GetProperty("lastName").GetString()!,
                root.GetProperty("email").GetString()!,
                root.GetProperty("refreshTokenId").GetGuid(),
                root.GetProperty("oauthOrganizationId").GetGuid(),
                root.GetProperty("iat").GetInt64(),
                root.GetProperty("exp").GetInt64());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
