using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Prevu3d.RealityConnect.Emulator.Tokens;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>Everything both listeners share: one instance per emulator, registered in both hosts.</summary>
internal sealed class EmulatorState : IDisposable
{
    public EmulatorState(RealityConnectEmulatorOptions options)
    {
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        LoggerFactory = options.LoggerFactory;
        TokenLifetime = options.TokenLifetime;
        Latency = options.Latency;
        Rfc6749TokenShape = options.Rfc6749TokenShape;
        Hierarchy = EmulatorHierarchy.Generate(options.NodeCount, options.Seed, options.OrganizationId, options.OrganizationName);
        Clients = new ClientRegistry(
            new EmulatorClient(options.ClientId, options.ClientSecret, RealityConnectEmulatorOptions.DemoApplicationName),
            options.Clients);
        Tokens = new TokenService(TimeProvider, Hierarchy.OrganizationId);
    }

    public TimeProvider TimeProvider { get; }

    public ILoggerFactory? LoggerFactory { get; }

    public TimeSpan TokenLifetime { get; }

    public TimeSpan Latency { get; }

    public bool Rfc6749TokenShape { get; }

    public EmulatorHierarchy Hierarchy { get; }

    public ClientRegistry Clients { get; }

    public TokenService Tokens { get; }

    public EmulatorFaults Faults { get; } = new();

    public EmulatorCounters Counters { get; } = new();

    /// <summary>The regional listener's base URL, known once it listens (it starts before the authority).</summary>
    public string ApiUrl { get; set; } = string.Empty;

    private string? _advertisedApiUrl;

    /// <summary>What api-info answers as <c>apiUrl</c> instead of <see cref="ApiUrl"/> (a foreign or plain-http host, to test clients).</summary>
    public string? AdvertisedApiUrl
    {
        get => Volatile.Read(ref _advertisedApiUrl);
        set => Volatile.Write(ref _advertisedApiUrl, value);
    }

    public void Dispose() => Tokens.Dispose();
}
