using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Prevu3d.RealityConnect.Emulator.CommandLine;

/// <summary>The standalone emulator's command line: parse, start, print the URLs and credentials, run until cancelled.</summary>
internal static class EmulatorCommand
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C and SIGTERM stop the emulator cleanly instead of killing the process.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsInputRedirected, cancellationToken: stop.Token).ConfigureAwait(false);

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the banner goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="interactive">Whether the R key revokes tokens (a real console only).</param>
    /// <param name="started">Called with the running emulator (tests).</param>
    /// <param name="cancellationToken">Stops the emulator (besides Ctrl+C).</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        bool interactive,
        Action<RealityConnectEmulator>? started = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new EmulatorCommandOptions();
        var root = new RootCommand("Local RealityConnect emulator: an OAuth authority and a regional API on 127.0.0.1, with fault injection.");
        options.AddTo(root);
        root.SetAction((parseResult, ct) => RunEmulatorAsync(parseResult, options, output, error, interactive, started, ct));

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // The signals are handled above (standalone) or by the embedding process.
            ProcessTerminationTimeout = null,
        };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunEmulatorAsync(
        ParseResult parseResult,
        EmulatorCommandOptions options,
        TextWriter output,
        TextWriter error,
        bool interactive,
        Action<RealityConnectEmulator>? started,
        CancellationToken cancellationToken)
    {
        using var loggerFactory = parseResult.GetValue(options.Verbose)
            ? LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information))
            : null;

        var emulatorOptions = options.ToEmulatorOptions(parseResult, loggerFactory);
        var faultRules = parseResult.GetValue(options.Faults) ?? [];
        // Rules are checked before anything listens, so a typo fails fast.
        try
        {
            emulatorOptions.Validate();
            var check = new EmulatorFaults();
            foreach (var rule in faultRules)
            {
                check.Add(rule);
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }

        var emulator = await RealityConnectEmulator.StartAsync(emulatorOptions, cancellationToken).ConfigureAwait(false);
        await using var stopEmulator = emulator.ConfigureAwait(false);
        foreach (var rule in faultRules)
        {
            emulator.Faults.Add(rule);
        }

        await EmulatorBanner.WriteAsync(output, emulator, emulatorOptions, faultRules, parseResult.GetValue(options.RevokeEvery), interactive).ConfigureAwait(false);
        started?.Invoke(emulator);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var revoking = RevokeTokensAsync(emulator, output, parseResult.GetValue(options.RevokeEvery), interactive, stop.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C (or the caller's token): the normal way out.
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await revoking.ConfigureAwait(false);
        await output.WriteLineAsync($"Stopped. Requests: {emulator.Counters}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task RevokeTokensAsync(RealityConnectEmulator emulator, TextWriter output, TimeSpan? every, bool interactive, CancellationToken cancellationToken)
    {
        var nextRevocation = every is { } period ? Clock.GetUtcNow() + period : DateTimeOffset.MaxValue;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
                var keyed = interactive && Console.KeyAvailable && Console.ReadKey(intercept: true).Key == ConsoleKey.R;
                if (keyed || Clock.GetUtcNow() >= nextRevocation)
                {
                    emulator.RevokeAllTokens();
                    nextRevocation = every is { } again ? Clock.GetUtcNow() + again : DateTimeOffset.MaxValue;
                    await output.WriteLineAsync($"{Clock.GetUtcNow():HH:mm:ss} revoked every token issued so far.").ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
