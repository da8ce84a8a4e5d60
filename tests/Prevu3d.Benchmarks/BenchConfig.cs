using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using Perfolizer.Horology;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks;

/// <summary>
/// The three jobs, all on BenchmarkDotNet's default out-of-process toolchain, so every benchmark runs in a process of
/// its own. <c>short</c>: one process per benchmark, 2 warm-ups and 5 iterations of at least 200 ms each, for
/// CI-sized runs. <c>launches</c>: the same in three processes per benchmark. <c>full</c>: BenchmarkDotNet's default
/// job (pilot, automatic warm-up, 15 to 100 iterations until the error is small).
/// The suite ran in-process until 2026-12-01: there the suites shared one process, and the SDK's reader, first
/// compiled under the request-path benchmarks' profile, read 1,000 nodes at 1.61 × STJ in one run where three fresh
/// processes read them at 0.96 ×; a figure that depends on which benchmarks ran before it is not one to record.
/// What a benchmark learns in its process (request counts, sizes) comes back through <see cref="BenchFacts"/>.
/// </summary>
internal static class BenchConfig
{
    public const string Short = "short";
    public const string Full = "full";
    public const string Launches = "launches";

    public static IConfig Create(string job)
    {
        var baseJob = job switch
        {
            Short => Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(200)),
            Full => Job.Default,
            // Each benchmark in three processes of its own (BenchmarkDotNet's default toolchain builds them): the ratio is
            // then a mean over three JIT and heap histories, not one. Measured on the short job, one process's steady
            // state moved the parsing ratio between 1.01 and 1.17 from run to run on a quiet machine.
            Launches => Job.Default.WithLaunchCount(3).WithWarmupCount(4).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(200)),
            _ => throw new ArgumentException($"Unknown job '{job}': use '{Short}', '{Full}' or '{Launches}'.", nameof(job)),
        };

        return ManualConfig.CreateEmpty()
            .AddJob(baseJob.WithId(job))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(RepoPaths.Artifacts)
            .WithOptions(ConfigOptions.DisableLogFile)
            // The benchmark project is built once per run, with the generator, the SDK and the emulator: on 2 shared
            // cores under load that took longer than BenchmarkDotNet's default 2 minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
