using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using Prevu3d.RealityConnect.Authentication;

namespace Prevu3d.Cli.Commands;

/// <summary>
/// The token's header and payload as JSON for display; the signature is never decoded or shown. Decoding is the SDK's
/// <see cref="JwtReader"/>, the one base64url JWT reader of the repository.
/// </summary>
internal static class JwtPayload
{
    public static JsonObject Decode(string token)
        => Part(token, JwtReader.Payload) ?? throw new FormatException("the access token is not a JWT.");

    public static string? Algorithm(string token)
        => Part(token, JwtReader.Header)?["alg"] is JsonValue alg && alg.TryGetValue<string>(out var name) ? name : null;

    private static JsonObject? Part(string token, int segment)
    {
        if (!JwtReader.TryDecode(token, segment, out var json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
