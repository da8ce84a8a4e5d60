using System;
using System.IO;
using Spectre.Console;

namespace Prevu3d.Cli;

/// <summary>Where a command writes: plain text streams plus a Spectre console over the same output.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>The process's own console; interactive only when stdout is a terminal.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public IAnsiConsole Ansi { get; }
}
