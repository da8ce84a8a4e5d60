using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>Settings of a <see cref="RealityConnectEmulator"/>; checked by <see cref="Validate"/> at start.</summary>
public sealed class RealityConnectEmulatorOptions
{
    /// <summary>The default size of the hierarchy.</summary>
    public const int DefaultNodeCount = 200;

    /// <summary>The default seed of the hierarchy.</summary>
    public const int DefaultSeed = 20250723;

    /// <summary>The demo client's default id.</summary>
    public const string DefaultClientId = "5e0d7a3c-2b6f-4c1e-9a8d-3f2b1c0e9d47";

    /// <summary>The demo client's default secret.</summary>
    public const string DefaultClientSecret = "rc-emulator-demo-secret";

    /// <summary>The demo client's application name (its service user's first name).</summary>
    public const string DemoApplicationName = "Emulator Demo";

    /// <summary>The default token lifetime: one hour, as documented.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>The longest token lifetime accepted.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(366);

    /// <summary>Total nodes of the hierarchy, the organization included (1 to 1,000,000).</summary>
    public int NodeCount { get; set; } = DefaultNodeCount;

    /// <summary>The seed of the hierarchy's ids, names and extra fields.</summary>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>The organization's id; null derives it from <see cref="Seed"/>.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The organization's name; null picks one from <see cref="Seed"/>.</summary>
    public string? OrganizationName { get; set; }

    /// <summary>Lifetime of issued tokens (<c>exp - iat</c>, whole seconds); default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = DefaultTokenLifetime;

    /// <summary>Latency added to every request of every route (zero: none), measured on <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Port of the authority listener on 127.0.0.1; 0 picks a free one.</summary>
    public int AuthorityPort { get; set; }

    /// <summary>Port of the regional API listener on 127.0.0.1; 0 picks a free one.</summary>
    public int ApiPort { get; set; }

    /// <summary>
    /// The clock of token <c>iat</c>/<c>exp</c>, of expiry checks and of latency; null is the system clock.
    /// With a fake clock, latency waits until the fake clock is advanced.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the hosts log; null (the default) logs nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Answer tokens in the RFC 6749 shape the guide's sample script reads (<c>access_token</c>,
    /// <c>expires_in</c> in seconds, <c>token_type</c>) instead of the documented
    /// <c>{hasError, expiresIn, accessToken}</c>.
    /// </summary>
    public bool Rfc6749TokenShape { get; set; }

    /// <summary>The demo client's id.</summary>
    public string ClientId { get; set; } = DefaultClientId;

    /// <summary>The demo client's secret.</summary>
    public string ClientSecret { get; set; } = DefaultClientSecret;

    /// <summary>Clients registered besides the demo client.</summary>
    public IList<EmulatorClient> Clients { get; } = [];

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(NodeCount, EmulatorHierarchy.MinNodeCount, nameof(NodeCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(NodeCount, EmulatorHierarchy.MaxNodeCount, nameof(NodeCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenLifetime, TimeSpan.FromSeconds(1), nameof(TokenLifetime));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TokenLifetime, MaxTokenLifetime, nameof(TokenLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThan(Latency, TimeSpan.Zero, nameof(Latency));
        ArgumentOutOfRangeException.ThrowIfLessThan(AuthorityPort, 0, nameof(AuthorityPort));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AuthorityPort, 65535, nameof(AuthorityPort));
        ArgumentOutOfRangeException.ThrowIfLessThan(ApiPort, 0, nameof(ApiPort));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ApiPort, 65535, nameof(ApiPort));
        // Two listeners cannot share one fixed port.
        if (AuthorityPort != 0 && AuthorityPort == ApiPort)
        {
            throw new ArgumentException("The authority and the API need different ports.", nameof(ApiPort));
        }

        _ = new EmulatorClient(ClientId, ClientSecret);
        foreach (var client in Clients)
        {
            ArgumentNullException.ThrowIfNull(client, nameof(Clients));
        }
    }
}
