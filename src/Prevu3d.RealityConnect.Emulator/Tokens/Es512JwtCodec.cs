using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>
/// Hand-built compact JWTs signed with ES512 (ECDSA on P-521 with SHA-512, the 132-byte R||S signature
/// of RFC 7518 §3.4), the algorithm of the real service's tokens. One key per emulator instance.
/// </summary>
internal sealed class Es512JwtCodec : IDisposable
{
    /// <summary>base64url of <c>{"alg":"ES512","typ":"JWT"}</c>, byte for byte the guide's header.</summary>
    public const string EncodedHeader = "eyJhbGciOiJFUzUxMiIsInR5cCI6IkpXVCJ9";

    private const int SignatureLength = 132;

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP521);

    /// <summary>The verification key as a PEM <c>PUBLIC KEY</c> (SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem => key.ExportSubjectPublicKeyInfoPem();

    public string Sign(ReadOnlySpan<byte> payloadJson)
    {
        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(payloadJson);
        var signature = key.SignData(
            Encoding.ASCII.GetBytes(signingInput),
            HashAlgorithmName.SHA512,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The payload JSON of a token whose header says ES512 and whose signature this key made, or null with the reason.</summary>
    public byte[]? Verify(string token, out string? failure)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            failure = "The token is not a compact JWT.";
            return null;
        }

        if (!HasEs512Header(Base64Url.DecodeFromChars(parts[0])))
        {
            failure = "The token is not signed with ES512.";
            return null;
        }

        var signature = Base64Url.DecodeFromChars(parts[2]);
        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (signature.Length != SignatureLength
            || !key.VerifyData(signingInput, signature, HashAlgorithmName.SHA512, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            failure = "The token's signature is invalid.";
            return null;
        }

        failure = null;
        return Base64Url.DecodeFromChars(parts[1]);
    }

    public void Dispose() => key.Dispose();

    private static bool HasEs512Header(byte[] header)
    {
        try
        {
            using var document = JsonDocument.Parse(header);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("alg", out var alg)
                && alg.ValueKind == JsonValueKind.String
                && alg.ValueEquals("ES512");
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
