using System;
using System.Threading;
using Prevu3d.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C stops the command cleanly (exit 130); the process ends by itself.
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApplication.RunAsync(args, CliConsole.System, CliEnvironment.System, cancellation.Token).ConfigureAwait(false);
