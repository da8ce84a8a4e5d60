using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.Cli.Commands;

namespace Prevu3d.Cli;

/// <summary>Builds the prevu3d command tree and runs one command line.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var globals = new GlobalOptions();
        var root = new RootCommand("Browse a Prevu3D RealityConnect organization. Without credentials, runs against an embedded emulator.");
        globals.AddTo(root);

        var context = new CommandContext(globals, console, environment);
        root.Subcommands.Add(InfoCommand.Create(context));
        root.Subcommands.Add(BrowseCommand.Create(context));
        root.Subcommands.Add(TreeCommand.Create(context));
        root.Subcommands.Add(TokenCommand.Create(context));

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            // Commands report their own errors as one line; no stack trace unless --verbose.
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
