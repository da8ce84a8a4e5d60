using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Packages.Tests.Support;

/// <summary>One finished run of a child process (dotnet, or an installed tool), with its output.</summary>
public sealed record ProcessRun(string Command, int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>
    /// Runs <paramref name="fileName"/> to its end and kills its whole tree past <paramref name="timeout"/>.
    /// The child sees this process's environment less MSBuild's own variables (a test run under
    /// <c>dotnet test</c> must not hand its MSBuild to a child build) plus <paramref name="environment"/>;
    /// a null value removes a variable.
    /// </summary>
    public static async Task<ProcessRun> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new List<string>(start.Environment.Keys))
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && name != "MSBUILDDISABLENODEREUSE")
            {
                start.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var command = fileName + " " + string.Join(' ', start.ArgumentList);
        var output = new StringBuilder();
        var error = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // Past the deadline: end the whole tree this run started, then report it as a failure.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"'{command}' did not finish within {timeout}.\n{Text(output)}\n{Text(error)}");
        }

        // The no-argument wait drains the asynchronous output readers.
        process.WaitForExit();
        return new ProcessRun(command, process.ExitCode, Text(output), Text(error), watch.Elapsed);
    }

    /// <summary>Fails the test with the command's output unless it exited with 0.</summary>
    public ProcessRun EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"'{Command}' exited with {ExitCode}.\n--- stdout\n{Output}\n--- stderr\n{Error}");
        return this;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
