using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Cli.Commands;

/// <summary>What every command needs: the global options, the console and the environment.</summary>
internal sealed class CommandContext
{
    public CommandContext(GlobalOptions globals, CliConsole console, CliEnvironment environment)
    {
        Globals = globals;
        Console = console;
        Environment = environment;
    }

    public GlobalOptions Globals { get; }

    public CliConsole Console { get; }

    public CliEnvironment Environment { get; }

    /// <summary>Opens a connection, runs <paramref name="body"/>, and turns any failure into one line and an exit code.</summary>
    public Task<int> RunAsync(ParseResult parseResult, Func<Connection, bool, CancellationToken, Task> body, CancellationToken cancellationToken)
        => RunWithCodeAsync(
            parseResult,
            async (connection, json, ct) =>
            {
                await body(connection, json, ct).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            cancellationToken);

    /// <summary>As <see cref="RunAsync"/>, for a command whose success has more than one code (a partial result).</summary>
    public async Task<int> RunWithCodeAsync(ParseResult parseResult, Func<Connection, bool, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var json = parseResult.GetValue(Globals.Json);
        try
        {
            await using var connection = await Connection.OpenAsync(parseResult, Globals, Console, Environment, cancellationToken).ConfigureAwait(false);
            return await body(connection, json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var (code, message) = ErrorReport.Describe(exception, cancellationToken);
            await Console.Error.WriteLineAsync($"prevu3d: {message}").ConfigureAwait(false);
            if (parseResult.GetValue(Globals.Verbose))
            {
                await Console.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            }

            return code;
        }
    }
}
