using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.RealityConnect.IntegrationTests.Support;

/// <summary>A running emulator and an SDK client pointed at it through a <see cref="RecordingHandler"/>.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(RealityConnectEmulator emulator, RealityConnectClient client, RecordingHandler transport, RealityConnectClientOptions options)
    {
        Emulator = emulator;
        Client = client;
        Transport = transport;
        Options = options;
    }

    public RealityConnectEmulator Emulator { get; }

    public RealityConnectClient Client { get; }

    public RecordingHandler Transport { get; }

    public RealityConnectClientOptions Options { get; }

    /// <summary>The origins the SDK may talk to: the emulator's two listeners.</summary>
    public string[] AllowedOrigins => [Emulator.AuthorityUrl, new Uri(Emulator.ApiUrl).GetLeftPart(UriPartial.Authority)];

    public static async Task<EmulatorSession> StartAsync(
        Action<RealityConnectEmulatorOptions>? configureEmulator = null,
        Action<RealityConnectClientOptions>? configureClient = null,
        ILoggerFactory? loggerFactory = null)
    {
        var emulatorOptions = new RealityConnectEmulatorOptions();
        configureEmulator?.Invoke(emulatorOptions);
        var emulator = await RealityConnectEmulator.StartAsync(emulatorOptions);
        var options = new RealityConnectClientOptions
        {
            ClientId = emulator.ClientId,
            ClientSecret = emulator.ClientSecret,
            AuthorityUrl = emulator.AuthorityUrl,

            // Short waits keep the matrix quick; the Retry-After rows still wait what the server asks.
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        };
        configureClient?.Invoke(options);
        var transport = new RecordingHandler();
        var client = new RealityConnectClient(options, null, transport, TimeProvider.System, loggerFactory ?? NullLoggerFactory.Instance);
        return new EmulatorSession(emulator, client, transport, options);
    }

    /// <summary>Requests that went anywhere but the emulator's two listeners.</summary>
    public Uri[] RequestsOutsideTheEmulator()
        => Transport.Requests.Where(u => !AllowedOrigins.Contains(u.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase)).ToArray();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Transport.Dispose();
        await Emulator.DisposeAsync();
    }
}
