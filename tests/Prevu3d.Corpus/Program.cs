using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Prevu3d.Corpus.Manifest;
using Prevu3d.Corpus.Reporting;
using Prevu3d.Corpus.Running;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus;

/// <summary>
/// <c>dotnet run -c Release --project tests/Prevu3d.Corpus -- [--only a,b] [--step-timeout SECONDS] [--no-kiota]</c>.
/// Expects the packages of corpus.json extracted under artifacts/corpus/packages (tests/corpus/run.sh does both).
/// A full run rewrites docs/corpus.md; a partial one (<c>--only</c>) writes artifacts/corpus/corpus.md instead.
/// <c>--report-only</c> rewrites the report from the last artifacts/corpus/results.json without running anything.
/// <c>--surface-only</c> recomputes the public-surface comparisons from the outputs on disk, then does the same.
/// <c>--reuse-kiota</c> runs ours on every document and takes Kiota's side (its results and outputs) from the last full run: after a generator change.
/// <c>--behaviour</c> runs the programs of Behaviour/Programs against both clients of their documents (issue 16.2).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            var options = Parse(args);
            var manifest = CorpusManifest.Load(CorpusPaths.Manifest);
            if (options.TryGetValue("--worker", out var name))
            {
                var document = manifest.Documents.Single(d => d.Name == name);
                return DocumentWorker.Run(document, options["--result"], StepTimeout(options), !options.ContainsKey("--no-kiota"));
            }

            if (options.ContainsKey("--report-only") || options.ContainsKey("--surface-only"))
            {
                return ReportOnly(options.ContainsKey("--surface-only") ? manifest : null);
            }

            if (options.ContainsKey("--behaviour"))
            {
                return Behaviour.BehaviourCheck.Run(manifest, Console.Out);
            }

            return RunAll(manifest, options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or KeyNotFoundException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static int RunAll(CorpusManifest manifest, Dictionary<string, string> options)
    {
        var documents = manifest.Documents.ToList();
        var partial = options.TryGetValue("--only", out var only);
        if (partial)
        {
            var names = only!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var unknown = names.Where(n => documents.All(d => d.Name != n)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException("Not in corpus.json: " + string.Join(", ", unknown));
            }

            documents = documents.Where(d => names.Contains(d.Name)).ToList();
        }

        if (documents.All(d => !File.Exists(CorpusManifest.Locate(CorpusPaths.Packages, d))))
        {
            Console.Error.WriteLine($"No document of corpus.json is under {CorpusPaths.Relative(CorpusPaths.Packages)}: run tests/corpus/run.sh, which fetches the packages first.");
            return 2;
        }

        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var reuseKiota = options.ContainsKey("--reuse-kiota");
        var runKiota = !options.ContainsKey("--no-kiota") && !reuseKiota;
        var saved = reuseKiota ? ReadResults() : null;
        var kiota = runKiota ? Tool("dotnet", "kiota --version") : reuseKiota ? saved!.Run.KiotaCli.Split(" (its results reused", 2)[0] + " (its results reused from an earlier run)" : "not run";
        Console.WriteLine($"Corpus: {documents.Count} documents, step time limit {StepTimeout(options).TotalSeconds:F0} s, Kiota CLI {kiota}.");
        var results = CorpusRunner.Run(documents, StepTimeout(options), runKiota, Console.Out);
        if (saved is not null)
        {
            // Kiota's side is the same CLI on the same documents: take its results and outputs from the last run,
            // and compare its surface with ours as generated now.
            foreach (var result in results)
            {
                result.Kiota = saved.Documents.FirstOrDefault(d => d.Name == result.Name)?.Kiota;
            }

            SurfaceRecompare.Run(manifest, results, Console.Out);
        }

        watch.Stop();

        var run = new RunInfo(started, watch.Elapsed, Tool("git", "rev-parse --short HEAD"), kiota, partial || !(runKiota || reuseKiota), Environment.ProcessorCount);
        Directory.CreateDirectory(CorpusPaths.Artifacts);
        File.WriteAllText(ResultsFileOf(run), JsonSerializer.Serialize(new CorpusResults(run, results), DocumentWorker.Json));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {watch.Elapsed.TotalSeconds:F0} s: ours compiles {results.Count(Outcome.OursCompiles)}/{results.Count}, Kiota compiles {results.Count(Outcome.KiotaCompiles)}/{results.Count}."));
        WriteReport(run, results);
        return 0;
    }

    private static string ResultsFile => Path.Combine(CorpusPaths.Artifacts, "results.json");

    /// <summary>
    /// Where a run writes its results: a partial one (<c>--only</c>, or without Kiota) to results.partial.json, keeping the
    /// full run's results.json whole, since a later --reuse-kiota takes Kiota's side of every document from it.
    /// </summary>
    private static string ResultsFileOf(RunInfo run) =>
        run.Partial ? Path.Combine(CorpusPaths.Artifacts, "results.partial.json") : ResultsFile;

    /// <summary>
    /// Rewrites the report from the last results.json: after editing the report's code or its hand-written text.
    /// Given the manifest (<c>--surface-only</c>), first recomputes the surface comparisons and saves them.
    /// </summary>
    private static int ReportOnly(CorpusManifest? recompare)
    {
        var saved = ReadResults();
        if (recompare is not null)
        {
            SurfaceRecompare.Run(recompare, saved.Documents, Console.Out);
            File.WriteAllText(ResultsFile, JsonSerializer.Serialize(saved, DocumentWorker.Json));
        }

        WriteReport(saved.Run, saved.Documents);
        return 0;
    }

    private static CorpusResults ReadResults() =>
        JsonSerializer.Deserialize<CorpusResults>(File.ReadAllText(ResultsFile), DocumentWorker.Json)
            ?? throw new InvalidDataException($"{ResultsFile} is empty.");

    private static void WriteReport(RunInfo run, List<DocumentResult> results)
    {
        var report = run.Partial ? Path.Combine(CorpusPaths.Artifacts, "corpus.md") : CorpusPaths.Report;
        CorpusReport.Write(report, run, results);
        Console.WriteLine($"Wrote {CorpusPaths.Relative(report)} from {CorpusPaths.Relative(ResultsFileOf(run))}.");
    }

    /// <summary>The shape of results.json.</summary>
    private sealed record CorpusResults(RunInfo Run, List<DocumentResult> Documents);

    private static TimeSpan StepTimeout(Dictionary<string, string> options) =>
        TimeSpan.FromSeconds(options.TryGetValue("--step-timeout", out var seconds) ? double.Parse(seconds, CultureInfo.InvariantCulture) : 300);

    /// <summary><c>--name value</c> pairs; <c>--no-kiota</c> stands alone.</summary>
    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--no-kiota" or "--reuse-kiota" or "--report-only" or "--surface-only" or "--behaviour":
                    options[args[i]] = "true";
                    break;
                case "--only" or "--step-timeout" or "--worker" or "--result" when i + 1 < args.Length:
                    options[args[i]] = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'. Usage: [--only name,name] [--step-timeout seconds] [--no-kiota | --reuse-kiota] | --report-only | --surface-only | --behaviour");
            }
        }

        return options;
    }

    /// <summary>The first line a tool prints (a version, a commit), or "unknown".</summary>
    private static string Tool(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = CorpusPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Split('\n')[0].Trim() : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
