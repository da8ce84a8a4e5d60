using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.Generator;
using Prevu3d.Testing;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>
/// Issue 6.5: the generator's cost inside the compiler, measured on a <see cref="CSharpGeneratorDriver"/> (not a
/// build): a first run on a new driver (parse the spec, build the model, emit the client), and the incremental
/// re-run after an edit of an unrelated source file, which must find every step cached.
/// </summary>
public class GeneratorDriverBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private InMemoryAdditionalText? _spec;
    private CSharpCompilation? _compilation;
    private CSharpCompilation? _edited;
    private GeneratorDriver? _warmDriver;
    private bool _toggle;

    /// <summary>The fact kind of the generated files and characters per spec (spec, files, characters), for the report.</summary>
    public const string OutputFact = "generator.output";

    /// <summary>The fact kind of whether the baseline build wrote exactly the current build's files (spec, same names and text).</summary>
    public const string BaselineSameFact = "generator.baseline-same";

    /// <summary>Generated files and characters per spec, as recorded by this run's benchmark processes.</summary>
    public static Dictionary<string, (int Files, long Characters)> Output()
        // Every benchmark process of a spec records it (first run and no-op each run in their own): the same figures.
        => BenchFacts.Read(OutputFact).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => (int.Parse(g.Last()[1], CultureInfo.InvariantCulture), long.Parse(g.Last()[2], CultureInfo.InvariantCulture)));

    /// <summary>Per spec, whether the baseline build wrote exactly the current build's files, as recorded by this run.</summary>
    public static Dictionary<string, bool> BaselineSameOutput()
        => BenchFacts.Read(BaselineSameFact).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.All(f => bool.Parse(f[1])));

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = GeneratorSpecs.Real;

    /// <summary>Which generator build runs: this repository's, or a baseline build (see <see cref="BaselineGenerator"/>).</summary>
    [ParamsSource(nameof(Builds))]
    public string Build { get; set; } = BaselineGenerator.Current;

    public static IEnumerable<string> Specs() => GeneratorSpecs.Names;

    public static IEnumerable<string> Builds() => BaselineGenerator.Names();

    [GlobalSetup]
    public void Setup()
    {
        _spec = new InMemoryAdditionalText("/specs/" + Spec + GeneratorSpecs.Extension(Spec), GeneratorSpecs.Text(Spec));
        var unrelated = CSharpSyntaxTree.ParseText("namespace User; public static class Unrelated { public const int Value = 1; }", ParseOptions);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [unrelated],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText("namespace User; public static class Unrelated { public const int Value = 2; }", ParseOptions));

        var result = FirstRun().GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException($"The generator failed on {Spec}: {string.Join("; ", errors)}");
        }

        if (Build == BaselineGenerator.Baseline)
        {
            BenchFacts.Record(BaselineSameFact, Spec, SameOutput(result).ToString());
        }
        else
        {
            var characters = result.GeneratedTrees.Sum(t => (long)t.Length);
            BenchFacts.Record(OutputFact, Spec, result.GeneratedTrees.Length.ToString(CultureInfo.InvariantCulture), characters.ToString(CultureInfo.InvariantCulture));
        }

        _warmDriver = FirstRun();
        AssertNoOpIsCached();
    }

    [Benchmark(Description = "First run (new driver)")]
    public GeneratorDriver FirstRun() => NewDriver(trackSteps: false).RunGenerators(_compilation!);

    [Benchmark(Description = "No-op re-run after unrelated edit")]
    public GeneratorDriver NoOpRerun()
    {
        // Alternates between two compilations that differ only in the unrelated file.
        _toggle = !_toggle;
        _warmDriver = _warmDriver!.RunGenerators(_toggle ? _edited! : _compilation!);
        return _warmDriver;
    }

    private GeneratorDriver NewDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
        [BaselineGenerator.Create(Build).AsSourceGenerator()],
        [_spec!],
        ParseOptions,
        optionsProvider: null,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Diagnostic: the tracked steps of a no-op re-run on <paramref name="spec"/> (name, reason, elapsed), summed
    /// per step name, slowest first, after a few warm runs.
    /// </summary>
    public static IReadOnlyList<(string Step, string Reasons, TimeSpan Elapsed)> DescribeNoOpSteps(string spec)
    {
        var bench = new GeneratorDriverBenchmarks { Spec = spec };
        bench.Setup();
        var driver = bench.NewDriver(trackSteps: true).RunGenerators(bench._compilation!);
        for (var i = 0; i < 4; i++)
        {
            driver = driver.RunGenerators(i % 2 == 0 ? bench._edited! : bench._compilation!);
        }

        return driver.GetRunResult().Results[0].TrackedSteps
            .Select(s => (s.Key,
                string.Join("/", s.Value.SelectMany(step => step.Outputs.Select(o => o.Reason.ToString())).Distinct()),
                TimeSpan.FromTicks(s.Value.Sum(step => step.ElapsedTime.Ticks))))
            .OrderByDescending(s => s.Item3)
            .ToList();
    }

    /// <summary>Step timings of a first run (after one warm-up run for the JIT), and the driver's own total for it.</summary>
    public static (IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps, TimeSpan DriverTime, TimeSpan Wall) DescribeFirstRunSteps(string spec)
    {
        var bench = new GeneratorDriverBenchmarks { Spec = spec };
        bench.Setup();
        _ = bench.NewDriver(trackSteps: true).RunGenerators(bench._compilation!);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var driver = bench.NewDriver(trackSteps: true).RunGenerators(bench._compilation!);
        var wall = clock.Elapsed;
        var timing = driver.GetTimingInfo();
        var result = driver.GetRunResult().Results[0];
        var steps = result.TrackedSteps
            .Select(s => (s.Key, TimeSpan.FromTicks(s.Value.Sum(step => step.ElapsedTime.Ticks))))
            .OrderByDescending(s => s.Item2)
            .ToList();
        return (steps, timing.ElapsedTime, wall);
    }

    /// <summary>Whether the baseline writes the same files with the same text as the current build (a refactoring must).</summary>
    private bool SameOutput(GeneratorDriverRunResult baseline)
    {
        var current = new GeneratorDriverBenchmarks { Spec = Spec };
        current.Setup();
        // File paths start with the generator's type name, which may differ between builds, and the order in which
        // files are added is not part of the output: compare the sets of hint names and their texts.
        static Dictionary<string, string> Files(GeneratorDriverRunResult result) =>
            result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString(), StringComparer.Ordinal);
        var mine = Files(current.FirstRun().GetRunResult());
        var theirs = Files(baseline);
        return mine.Count == theirs.Count
            && mine.All(file => theirs.TryGetValue(file.Key, out var text) && string.Equals(text, file.Value, StringComparison.Ordinal));
    }

    private void AssertNoOpIsCached()
    {
        var driver = NewDriver(trackSteps: true).RunGenerators(_compilation!).RunGenerators(_edited!);
        var steps = driver.GetRunResult().Results[0].TrackedSteps;
        var notCached = steps.SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Reason))))
            .Where(o => o.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)
            .ToList();
        if (notCached.Count > 0)
        {
            throw new InvalidOperationException("Unrelated edit re-ran steps: " + string.Join(", ", notCached));
        }
    }
}
