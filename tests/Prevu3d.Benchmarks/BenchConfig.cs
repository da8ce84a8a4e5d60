using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks;

/// <summary>
/// The two jobs. <c>short</c>: 2 warm-ups and 5 iterations of at least 200 ms each, for CI-sized runs (the whole
/// suite in a few minutes on 2 cores). <c>full</c>: BenchmarkDotNet's default job (pilot, automatic warm-up, 15 to
/// 100 iterations until the error is small). Both run in-process: the suite's emulator is a separate process
/// already, and an in-process toolchain does not rebuild the repository for every benchmark.
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
            Short => Job.Default.WithWarmupCount(2).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(200)).WithToolchain(InProcessEmitToolchain.Instance),
            Full => Job.Default.WithToolchain(InProcessEmitToolchain.Instance),
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
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}
