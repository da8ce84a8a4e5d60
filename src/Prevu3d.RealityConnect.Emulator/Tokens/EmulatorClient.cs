using System;
using System.Security.Cryptography;
using System.Text;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// An OAuth application registered with the emulator's authority, with the service user it acts as
/// (as in the guide: the token's <c>firstName</c> is the application's name, its email
/// <c>oauth-{clientId}@serviceaccount</c>).
/// </summary>
public sealed class EmulatorClient
{
    /// <summary>The application name of clients created without one.</summary>
    public const string DefaultApplicationName = "Emulator Application";

    /// <summary>Registers a client.</summary>
    /// <param name="clientId">The client id (any text without a colon, a GUID in the real service).</param>
    /// <param name="clientSecret">The client secret.</param>
    /// <param name="applicationName">The application's name, the service user's first name.</param>
    public EmulatorClient(string clientId, string clientSecret, string applicationName = DefaultApplicationName)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        // Basic credentials split at the first colon (RFC 7617), so an id cannot hold one.
        if (clientId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A client id cannot contain ':'.", nameof(clientId));
        }

        ClientId = clientId;
        ClientSecret = clientSecret;
        ApplicationName = applicationName;
        UserId = DeriveUserId(clientId);
    }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret.</summary>
    public string ClientSecret { get; }

    /// <summary>The application's name (the service user's first name).</summary>
    public string ApplicationName { get; }

    /// <summary>The service user's id, derived from the client id so it is stable across runs.</summary>
    public Guid UserId { get; }

    /// <summary>The service user's email, <c>oauth-{clientId}@serviceaccount</c> as in the guide's token.</summary>
    public string Email => $"oauth-{ClientId}@serviceaccount";

    private static Guid DeriveUserId(string clientId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("service-user:" + clientId), hash);
        return Hierarchy.GuidFactory.FromBytes(hash[..16]);
    }
}
