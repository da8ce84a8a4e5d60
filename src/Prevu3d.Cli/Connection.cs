using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Cli;

/// <summary>A connected client, to the real service or to an embedded emulator started for this run.</summary>
internal sealed class Connection : IAsyncDisposable
{
    private Connection(RealityConnectClient client, RealityConnectEmulator? emulator)
    {
        Client = client;
        Emulator = emulator;
    }

    public RealityConnectClient Client { get; }

    public RealityConnectEmulator? Emulator { get; }

    public static async Task<Connection> OpenAsync(
        ParseResult parseResult,
        GlobalOptions globals,
        CliConsole console,
        CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var clientId = parseResult.GetValue(globals.ClientId) ?? environment["PREVU3D_CLIENT_ID"];
        var clientSecret = parseResult.GetValue(globals.ClientSecret) ?? environment["PREVU3D_CLIENT_SECRET"];
        var useEmulator = parseResult.GetValue(globals.Emulator) || (clientId is null && clientSecret is null);

        var faultRules = parseResult.GetValue(globals.EmulatorFaults) ?? [];
        if (faultRules.Length > 0 && !useEmulator)
        {
            throw new ArgumentException("--emulator-fault applies to the embedded emulator only: add --emulator or drop the credentials.");
        }

        if (useEmulator)
        {
            // Rules are read before the emulator starts, so a typo fails fast (a FormatException: the usage code).
            var checkedRules = new EmulatorFaults();
            foreach (var rule in faultRules)
            {
                try
                {
                    checkedRules.Add(rule);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"--emulator-fault '{rule}': {e.Message}", e);
                }
            }

            var emulator = await RealityConnectEmulator.StartAsync(
                new RealityConnectEmulatorOptions { NodeCount = parseResult.GetValue(globals.EmulatorNodes) },
                cancellationToken).ConfigureAwait(false);
            foreach (var rule in faultRules)
            {
                emulator.Faults.Add(rule);
            }

            // One line on stderr so --json output on stdout stays parseable.
            await console.Error.WriteLineAsync(
                $"No credentials given: using the embedded RealityConnect emulator at {emulator.AuthorityUrl}.").ConfigureAwait(false);
            var emulated = new RealityConnectClientOptions
            {
                ClientId = emulator.ClientId,
                ClientSecret = emulator.ClientSecret,
                AuthorityUrl = emulator.AuthorityUrl,
            };
            return new Connection(new RealityConnectClient(emulated), emulator);
        }

        var options = new RealityConnectClientOptions
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ApiUrl = parseResult.GetValue(globals.ApiUrl) ?? environment["PREVU3D_API_URL"],
        };
        if ((parseResult.GetValue(globals.Authority) ?? environment["PREVU3D_AUTHORITY_URL"]) is { } authority)
        {
            options.AuthorityUrl = authority;
        }

        options.Validate();
        return new Connection(new RealityConnectClient(options), null);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
