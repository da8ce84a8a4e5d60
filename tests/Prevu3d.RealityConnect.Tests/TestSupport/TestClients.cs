using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Prevu3d.RealityConnect.Pipeline;

namespace Prevu3d.RealityConnect.Tests.TestSupport;

/// <summary>Clients wired to a <see cref="FakeRealityConnect"/> and a fake clock.</summary>
internal static class TestClients
{
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public static RealityConnectClientOptions Options(Action<RealityConnectClientOptions>? configure = null)
    {
        var options = new RealityConnectClientOptions
        {
            ClientId = FakeRealityConnect.ClientId,
            ClientSecret = FakeRealityConnect.ClientSecret,
        };
        configure?.Invoke(options);
        return options;
    }

    public static RealityConnectClient Create(
        FakeRealityConnect server, TimeProvider time, RealityConnectClientOptions? options = null, ILoggerFactory? loggerFactory = null)
        => new(options ?? Options(), null, server, time, loggerFactory ?? NullLoggerFactory.Instance);

    public static RealityConnectRuntime Runtime(FakeRealityConnect server, TimeProvider time, RealityConnectClientOptions? options = null)
        => RealityConnectRuntime.Create(options ?? Options(), null, server, ownsHttpClient: true, time, NullLoggerFactory.Instance);
}
