using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Prevu3d.RealityConnect.Tests.TestSupport;

/// <summary>Builds compact JWTs for tests (the client never verifies signatures).</summary>
internal static class Jwt
{
    /// <summary>The access token of the vendor's guide: <c>iat</c> 1753811189, <c>exp</c> 1753814789.</summary>
    public const string GuideToken =
        "eyJhbGciOiJFUzUxMiIsInR5cCI6IkpXVCJ9.eyJpZCI6ImQyOGQyMDk4LWM4NDQtNDQ5OS1iY2M0LWI1YmUxM2YxNDAxMSIsImZpcnN0TmFtZSI6IkNDVGVzdCBSZWFsIiwibGFzdE5hbWUiOiJPQXV0aCBBcHBsaWNhdGlvbiIsImVtYWlsIjoib2F1dGgtZjExNDMyZTgtMGJjZS00ZWFjLTkyMjctODZlZWRkYWRkMzI5QHNlcnZpY2VhY2NvdW50IiwicmVmcmVzaFRva2VuSWQiOiJhM2NlYzRmYy01MmM1LTQ2YzItYjFkMC03Y2IzYzM1NDI5ODAiLCJzY29wZXMiOlsiT0F1dGgiXSwidmVyIjoxLCJraWQiOiJjbG91ZC1wbGF0Zm9ybSIsInNlc3Npb25FeHBpcmVzQXQiOjE3NTY0MzkxODksIm9hdXRoU2NvcGVzIjpbXSwib2F1dGhPcmdhbml6YXRpb25JZCI6ImFkZWY3Y2Q0LWEyZTEtNGE2Ny05MzI2LWE3OGUxOGJmZmFlOCIsImlhdCI6MTc1MzgxMTE4OSwiZXhwIjoxNzUzODE0Nzg5fQ.AOEhSvQIdgoU45ZaqgWtRNzanRBhpNfd9GBuFtUcmQTR_7AbiPmObKGRDau6iPqWA9UEpKoZoQss6B85PgIGdA2kAQ6ZovD0MOlN0WXg63iJtFq6K-ZIQDatiAl3wn8nTT8v9t_Q-gaiFIh_mZAPODxwqqzxgPoLfJBMgKMbqIe1nwTY";

    /// <summary>A token expiring at <paramref name="expiresAt"/>, unique through <paramref name="jti"/>.</summary>
    public static string Create(DateTimeOffset? expiresAt, string jti = "t")
    {
        var claims = new Dictionary<string, object> { ["jti"] = jti, ["sub"] = "service-user" };
        if (expiresAt is { } exp)
        {
            claims["iat"] = exp.AddHours(-1).ToUnixTimeSeconds();
            claims["exp"] = exp.ToUnixTimeSeconds();
        }

        return CreateRaw(JsonSerializer.Serialize(claims));
    }

    /// <summary>A token whose payload is the given JSON text.</summary>
    public static string CreateRaw(string payloadJson)
        => Encode("{\"alg\":\"ES512\",\"typ\":\"JWT\"}") + "." + Encode(payloadJson) + ".c2lnbmF0dXJl";

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
