using System;
using System.Text;
using System.Text.Json.Nodes;

namespace Prevu3d.Cli.Commands;

/// <summary>Reads a JWT's header and payload for display; the signature is never decoded or shown.</summary>
internal static class JwtPayload
{
    public static JsonObject Decode(string token)
        => Part(token, 1) ?? throw new FormatException("the access token is not a JWT.");

    public static string? Algorithm(string token)
        => Part(token, 0)?["alg"]?.GetValue<string>();

    private static JsonObject? Part(string token, int index)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var text = parts[index].Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text))) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
