using System;
using System.IO;

namespace Prevu3d.Benchmarks.Reporting;

/// <summary>How the suite was run: job, command, time and machine load.</summary>
internal sealed class ReportContext
{
    public required string Job { get; init; }

    public required string CommandLine { get; init; }

    public required DateTimeOffset Started { get; init; }

    public DateTimeOffset Finished { get; set; }

    public required string LoadBefore { get; init; }

    public string LoadAfter { get; set; } = "n/a";

    /// <summary>The commit the run was built from, and whether the work tree had changes.</summary>
    public static string ReadCommit()
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git", "describe --always --dirty")
            {
                WorkingDirectory = Infrastructure.RepoPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = System.Diagnostics.Process.Start(start)!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to tell whether other work shared the cores.</summary>
    public static string ReadLoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
