using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>The registered clients, and the check of an HTTP Basic <c>Authorization</c> header against them.</summary>
internal sealed class ClientRegistry
{
    private readonly Dictionary<string, EmulatorClient> clients = new(StringComparer.Ordinal);

    public ClientRegistry(EmulatorClient demo, IEnumerable<EmulatorClient> others)
    {
        Demo = demo;
        clients[demo.ClientId] = demo;
        foreach (var client in others)
        {
            // A duplicate id would make the credentials ambiguous.
            if (!clients.TryAdd(client.ClientId, client))
            {
                throw new ArgumentException($"The client id '{client.ClientId}' is registered twice.", nameof(others));
            }
        }
    }

    public EmulatorClient Demo { get; }

    /// <summary>The client whose raw <c>id:secret</c> is base64-encoded in the Basic header, or null.</summary>
    public EmulatorClient? Authenticate(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !clients.TryGetValue(decoded[..colon], out var client))
        {
            return null;
        }

        var secret = Encoding.UTF8.GetBytes(decoded[(colon + 1)..]);
        return CryptographicOperations.FixedTimeEquals(secret, Encoding.UTF8.GetBytes(client.ClientSecret)) ? client : null;
    }
}
