using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>One tool's wall time on one spec: the median of the runs, and every run.</summary>
internal sealed record ToolTiming(string Tool, string Spec, TimeSpan Median, IReadOnlyList<TimeSpan> Runs);

/// <summary>
/// The peers of the generator benchmark: the Kiota CLI (local tool) and NSwag (NSwag.MSBuild's command line)
/// timed on the same spec files, as processes (wall time, process start included: that is how they run in a
/// build). The start-up floor of each (<c>kiota --version</c>, <c>nswag version</c>) is measured too.
/// Not a BenchmarkDotNet benchmark: each run is a separate process of a second or more.
/// </summary>
internal static class CodegenToolTimer
{
    public const string Kiota = "Kiota CLI";
    public const string NSwag = "NSwag";
    public const string Floor = "startup";

    public static IReadOnlyList<ToolTiming> Measure(int runs, TextWriter log)
    {
        var work = Path.Combine(RepoPaths.Artifacts, "codegen");
        var specs = GeneratorSpecs.WriteAll(Path.Combine(work, "specs"));
        // One untimed run of each first, so the start-up floor is not a cold disk cache.
        _ = Time(Kiota, Floor, 1, TextWriter.Null, Kiota_("--version"));
        _ = Time(NSwag, Floor, 1, TextWriter.Null, NSwag_("version"));
        var timings = new List<ToolTiming>
        {
            Time(Kiota, Floor, runs, log, Kiota_("--version")),
            Time(NSwag, Floor, runs, log, NSwag_("version")),
        };
        foreach (var (name, path) in specs)
        {
            var kiotaOut = Path.Combine(work, "kiota", name);
            var nswagOut = Path.Combine(work, "nswag", name + ".cs");
            var kiota = Kiota_(
                "generate", "-l", "CSharp", "-d", path, "-o", kiotaOut, "-c", "SyntheticClient", "-n", "Synthetic", "--clean-output", "--log-level", "Error");
            if (name == CorpusSpec.Name)
            {
                // Issue 12.8 compares ours with the Kiota CLI only on the corpus document, a minute or more per run:
                // NSwag is not timed there, and a tool failure on a third-party document is logged, not fatal to the run.
                try
                {
                    timings.Add(Time(Kiota, name, runs, log, kiota));
                }
                catch (InvalidOperationException ex)
                {
                    log.WriteLine($"// {Kiota} not timed on {name}: {ex.Message}");
                }

                continue;
            }

            timings.Add(Time(Kiota, name, runs, log, kiota));
            timings.Add(Time(NSwag, name, runs, log, NSwag_(
                "openapi2csclient", "/input:" + path, "/output:" + nswagOut, "/namespace:Synthetic", "/JsonLibrary:SystemTextJson")));
        }

        return timings;
    }

    private static string[] Kiota_(params string[] args) => ["kiota", .. args];

    private static string[] NSwag_(params string[] args) => [RepoPaths.NSwagDll, .. args];

    private static ToolTiming Time(string tool, string spec, int runs, TextWriter log, string[] arguments)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepoPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed on {spec} (exit {process.ExitCode}): {stderr.Result}{stdout.Result}");
            }

            times.Add(watch.Elapsed);
        }

        var sorted = times.OrderBy(t => t).ToList();
        var timing = new ToolTiming(tool, spec, sorted[sorted.Count / 2], times);
        log.WriteLine($"// {tool,-9} {spec,-8} median {timing.Median.TotalMilliseconds,8:F0} ms over {runs} run(s)");
        return timing;
    }
}
