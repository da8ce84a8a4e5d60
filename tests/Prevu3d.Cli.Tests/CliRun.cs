using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Prevu3d.Cli.Tests;

/// <summary>One in-process run of the prevu3d command, with its output captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, interactive: false);
        var code = await CliApplication.RunAsync(args, console, CliEnvironment.From(environment ?? new Dictionary<string, string>()));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);
}
