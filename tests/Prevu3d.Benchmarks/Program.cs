using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Prevu3d.Benchmarks;
using Prevu3d.Benchmarks.ColdStart;
using Prevu3d.Benchmarks.Generator;
using Prevu3d.Benchmarks.Hierarchy;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.Benchmarks.Parsing;
using Prevu3d.Benchmarks.Reporting;
using Prevu3d.Benchmarks.RequestPath;

// dotnet run -c Release --project tests/Prevu3d.Benchmarks -- [--job short|full|launches] [--only Name,...] [--no-tools] [--report PATH]
var job = BenchConfig.Short;

// What the benchmarks learn in their own processes (request counts, sizes) comes back through this file.
BenchFacts.Begin(Path.Combine(RepoPaths.Artifacts, FormattableString.Invariant($"facts-{Environment.ProcessId}.tsv")));
string? only = null;
var tools = true;
string? reportPath = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--job" when i + 1 < args.Length:
            job = args[++i];
            break;
        case "--only" when i + 1 < args.Length:
            only = args[++i];
            break;
        case "--no-tools":
            tools = false;
            break;
        case "--diagnose-generator" when i + 1 < args.Length:
            var firstRun = GeneratorDriverBenchmarks.DescribeFirstRunSteps(args[i + 1]);
            Console.WriteLine($"First run: {firstRun.Wall.TotalMilliseconds:F1} ms wall, {firstRun.DriverTime.TotalMilliseconds:F1} ms in the driver (Roslyn's count)");
            foreach (var (step, elapsed) in firstRun.Steps)
            {
                Console.WriteLine($"{step,-22} {elapsed.TotalMilliseconds,10:F3} ms");
            }

            Console.WriteLine("No-op re-run:");
            foreach (var (step, reasons, elapsed) in GeneratorDriverBenchmarks.DescribeNoOpSteps(args[++i]))
            {
                Console.WriteLine($"{step,-22} {reasons,-20} {elapsed.TotalMilliseconds,10:F3} ms");
            }

            foreach (var (spec, output) in GeneratorDriverBenchmarks.Output())
            {
                Console.WriteLine($"{spec}: {output.Files} generated files, {output.Characters} characters");
            }

            return 0;
        case "--profile-sdk":
            // Where one in-memory SDK call spends its time and allocations, part by part (not a BenchmarkDotNet run).
            await CallProfile.RunAsync(Console.Out).ConfigureAwait(false);
            return 0;
        case "--report" when i + 1 < args.Length:
            reportPath = args[++i];
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--job short|full|launches] [--profile-sdk] [--only RequestPath,RequestPathInMemory,Parsing,ParsingKnownFields,ColdStart,Walk,Generator] [--no-tools] [--report PATH]");
            return 2;
    }
}

var suites = new (string Name, Type Type)[]
{
    ("RequestPath", typeof(BrowseRequestBenchmarks)),
    ("RequestPathInMemory", typeof(BrowseInMemoryBenchmarks)),
    ("Parsing", typeof(ParsingBenchmarks)),
    ("ParsingKnownFields", typeof(ParsingKnownFieldsBenchmarks)),
    ("ColdStart", typeof(ColdStartBenchmarks)),
    ("Walk", typeof(HierarchyWalkBenchmarks)),
    ("Generator", typeof(GeneratorDriverBenchmarks)),
};
var selected = only is null ? suites : suites.Where(s => only.Split(',').Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToArray();

var context = new ReportContext
{
    Job = job,
    CommandLine = "dotnet run -c Release --project tests/Prevu3d.Benchmarks -- " + string.Join(' ', args.DefaultIfEmpty("--job " + job)),
    LoadBefore = ReportContext.ReadLoadAverage(),
    Started = DateTimeOffset.UtcNow,
};

var config = BenchConfig.Create(job);

// One call for every suite: out of process, BenchmarkDotNet then builds the benchmark project once for all of them.
var results = BenchmarkRunner.Run(selected.Select(s => s.Type).ToArray(), config);
var summaries = new Dictionary<string, Summary>();
for (var i = 0; i < selected.Length; i++)
{
    // BenchmarkDotNet returns one summary per type, in the order given.
    summaries[selected[i].Name] = results[i];
}

IReadOnlyList<ToolTiming> toolTimings = [];
if (tools && (only is null || selected.Any(s => s.Name == "Generator")))
{
    Console.WriteLine("// Timing the Kiota CLI and NSwag on the generator's specs");
    toolTimings = CodegenToolTimer.Measure(job == BenchConfig.Full ? 3 : 1, Console.Out);
}

context.LoadAfter = ReportContext.ReadLoadAverage();
context.Finished = DateTimeOffset.UtcNow;

// A partial run never overwrites the committed report.
var path = reportPath ?? (only is null && tools
    ? Path.Combine(RepoPaths.Root, "docs", "benchmarks.md")
    : Path.Combine(RepoPaths.Artifacts, "benchmarks.partial.md"));
var failed = MarkdownReport.Write(path, context, summaries, toolTimings);
Console.WriteLine($"// Report written to {path}");
return failed ? 1 : 0;
