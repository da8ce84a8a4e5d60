using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Prevu3d.Corpus.Manifest;

namespace Prevu3d.Corpus.Running;

/// <summary>Runs every document in a worker process of its own, one at a time (the machine has 2 shared cores).</summary>
internal static class CorpusRunner
{
    public static List<DocumentResult> Run(IReadOnlyList<CorpusDocument> documents, TimeSpan stepTimeout, bool runKiota, TextWriter log)
    {
        var results = new List<DocumentResult>();
        var workDirectory = Path.Combine(CorpusPaths.Artifacts, "work");
        Directory.CreateDirectory(workDirectory);
        // Four steps at most (count, ours, Kiota's generation, Kiota's compilation), plus the process start.
        var workerTimeout = (stepTimeout * 4) + TimeSpan.FromMinutes(1);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var resultFile = Path.Combine(workDirectory, document.Name + ".json");
            File.Delete(resultFile);
            var watch = Stopwatch.StartNew();
            var failure = RunWorker(document, resultFile, stepTimeout, runKiota, workerTimeout);
            watch.Stop();
            var result = DocumentWorker.Read(resultFile)
                ?? new DocumentResult { Name = document.Name, Package = document.Package, Version = document.Version, Path = document.Path };
            result.WorkerFailure ??= failure;
            result.WorkerSeconds = watch.Elapsed.TotalSeconds;
            results.Add(result);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{i + 1,2}/{documents.Count}] {document.Name,-34} {Outcome.Describe(result)} ({watch.Elapsed.TotalSeconds:F1} s)"));
        }

        return results;
    }

    /// <summary>Starts this program as <c>--worker NAME</c>; returns why it failed, or null.</summary>
    private static string? RunWorker(CorpusDocument document, string resultFile, TimeSpan stepTimeout, bool runKiota, TimeSpan timeout)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet Prevu3d.Corpus.dll`: start the worker the same way.
            start.ArgumentList.Add(typeof(CorpusRunner).Assembly.Location);
        }

        foreach (var argument in new[] { "--worker", document.Name, "--result", resultFile, "--step-timeout", stepTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (!runKiota)
        {
            start.ArgumentList.Add("--no-kiota");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            // Only the worker this loop started, and what it started (a Kiota process).
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return $"the worker was stopped after {timeout.TotalSeconds:F0} s";
        }

        if (process.ExitCode != 0)
        {
            var text = stderr.Result.Trim();
            var firstLine = text.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
            return $"the worker exited with code {process.ExitCode}" + (firstLine.Length > 0 ? ": " + firstLine : string.Empty);
        }

        return null;
    }
}
