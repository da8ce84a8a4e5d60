using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Prevu3d.RealityConnect.Authentication;

namespace Prevu3d.RealityConnect.Emulator.Tests.Support;

/// <summary>
/// JWT checks for the tests, independent of the emulator's codec: reading goes through the SDK's reader
/// (<c>Prevu3d.RealityConnect.Authentication.JwtReader</c>, the client's own view of a token); signing and
/// verifying are written here.
/// </summary>
internal static class Jwt
{
    public static JsonDocument Header(string token) => Read(token, JwtReader.Header);

    public static JsonDocument Payload(string token) => Read(token, JwtReader.Payload);

    public static bool VerifyEs512(string token, string publicKeyPem)
    {
        var parts = token.Split('.');
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return key.KeySize == 521 && key.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
            Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA512,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>A token with the given payload, signed ES512 by <paramref name="key"/>.</summary>
    public static string Sign(string payloadJson, ECDsa key, string headerJson = """{"alg":"ES512","typ":"JWT"}""")
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson)) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson));
        var signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA512, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The payload JSON text of a token.</summary>
    public static string PayloadJson(string token)
        => JwtReader.TryDecode(token, JwtReader.Payload, out var json) ? Encoding.UTF8.GetString(json) : throw new FormatException("not a JWT: " + token);

    public static long Claim(string token, string name)
    {
        using var payload = Payload(token);
        return payload.RootElement.GetProperty(name).GetInt64();
    }

    public static DateTimeOffset Expiry(string token) => DateTimeOffset.FromUnixTimeSeconds(Claim(token, "exp"));

    private static JsonDocument Read(string token, int segment)
        => JwtReader.TryParse(token, segment, out var document) ? document : throw new FormatException("not a JWT: " + token);
}
