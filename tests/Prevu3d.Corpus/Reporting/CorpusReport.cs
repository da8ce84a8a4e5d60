using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Prevu3d.Corpus.Running;

namespace Prevu3d.Corpus.Reporting;

/// <summary>
/// Writes the measured part of <c>docs/corpus.md</c>, between <see cref="Begin"/> and <see cref="End"/>; the
/// hand-written text around the markers (how to run, sources and licences) is kept as it is.
/// </summary>
internal static class CorpusReport
{
    public const string Begin = "<!-- corpus:begin -->";
    public const string End = "<!-- corpus:end -->";

    public static void Write(string path, RunInfo run, IReadOnlyList<DocumentResult> results)
    {
        var measured = Render(run, results);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        string text;
        if (existing is not null && existing.Contains(Begin, StringComparison.Ordinal) && existing.Contains(End, StringComparison.Ordinal))
        {
            var start = existing.IndexOf(Begin, StringComparison.Ordinal);
            var end = existing.IndexOf(End, StringComparison.Ordinal) + End.Length;
            text = existing[..start] + measured + existing[end..];
        }
        else
        {
            text = "# Corpus\n\n" + measured + "\n";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Render(RunInfo run, IReadOnlyList<DocumentResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine(Begin);
        md.AppendLine("<!-- Written by tests/Prevu3d.Corpus (tests/corpus/run.sh); edit the text outside these markers only. -->");
        md.AppendLine();
        md.AppendLine(Inv($"Run of {run.Started:yyyy-MM-dd HH:mm} UTC on generator commit `{run.Commit}`, Kiota CLI {run.KiotaCli}, Kiota packages 2.1.6, Microsoft.OpenApi 3.11.0{(run.Partial ? " (a partial run)" : string.Empty)}."));
        md.AppendLine(Inv($"The whole run took **{Minutes(run.Wall)}** on {run.ProcessorCount} cores, one document at a time, each in its own worker process."));
        md.AppendLine();
        Summary(md, results);
        Diagnostics(md, results);
        Table(md, results);
        SurfaceReport.Write(md, results);
        Details(md, results);
        md.Append(End);
        return md.ToString();
    }

    private static void Summary(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        md.AppendLine("## Summary");
        md.AppendLine();
        md.AppendLine("| documents | count | Microsoft.OpenApi reads it without error | ours generates | ours compiles | Kiota generates | Kiota compiles |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, group) in new[] { ("all", results) }.Concat(results.GroupBy(Family).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (IReadOnlyList<DocumentResult>)g.ToList()))))
        {
            md.AppendLine(Inv($"| {label} | {group.Count} | {group.Count(r => r.Counts?.Readable == true && r.Counts.ReaderErrors == 0)} | {group.Count(r => r.Ours?.Generated == true)} | {group.Count(Outcome.OursCompiles)} | {group.Count(Outcome.KiotaGenerates)} | {group.Count(Outcome.KiotaCompiles)} |"));
        }

        md.AppendLine();
        var kiotaOnly = results.Where(r => Outcome.KiotaCompiles(r) && !Outcome.OursCompiles(r)).ToList();
        var oursOnly = results.Where(r => Outcome.OursCompiles(r) && !Outcome.KiotaCompiles(r)).ToList();
        // P3D0002 says the version is not read yet (Swagger 2.0, OpenAPI 3.1): a limit of the generator, not of the document.
        var refusedVersion = results.Where(r => r.Ours is { Generated: false } ours && ours.ErrorIds.SequenceEqual(["P3D0002"])).ToList();
        var refusedOther = results.Where(r => r.Ours is { Generated: false, ErrorIds.Count: > 0 } ours && !ours.ErrorIds.SequenceEqual(["P3D0002"])).ToList();
        var broken = results.Where(r => r.Ours is { Generated: true, Compile.Compiles: false }).ToList();
        var failed = results.Where(r => r.WorkerFailure is not null || r.Ours?.Failure is not null || r.Ours is null).ToList();
        md.AppendLine(Inv($"- **Kiota compiles, ours does not: {kiotaOnly.Count}**{Names(kiotaOnly)}"));
        md.AppendLine(Inv($"- Ours compiles, Kiota does not: {oursOnly.Count}{Names(oursOnly)}"));
        md.AppendLine(Inv($"- Ours refuses the document's version (P3D0002, Swagger 2.0 or OpenAPI 3.1): {refusedVersion.Count}{Names(refusedVersion)}"));
        md.AppendLine(Inv($"- Ours refuses the document on another located P3D error: {refusedOther.Count}{Names(refusedOther, withErrors: true)}"));
        md.AppendLine(Inv($"- Ours generates code that does not compile: {broken.Count}{Names(broken)}"));
        md.AppendLine(Inv($"- Ours crashed, timed out or was not measured: {failed.Count}{Names(failed)}"));
        var oursTime = results.Sum(r => r.Ours?.GenerationMilliseconds ?? 0);
        var kiotaTime = results.Sum(r => r.Kiota?.GenerationMilliseconds ?? 0);
        md.AppendLine(Inv($"- Generation time over all documents: ours {oursTime / 1000:F1} s (in the driver, warm), Kiota CLI {kiotaTime / 1000:F1} s (a process each, start-up included)."));
        md.AppendLine();
    }

    private static void Diagnostics(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        md.AppendLine("## P3D diagnostics by id");
        md.AppendLine();
        var byId = results
            .Where(r => r.Ours is not null)
            .SelectMany(r => r.Ours!.DiagnosticsById.Select(p => (Id: p.Key, Count: p.Value, r.Name)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (byId.Count == 0)
        {
            md.AppendLine("None.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| id | documents | occurrences |");
        md.AppendLine("|---|---:|---:|");
        foreach (var group in byId)
        {
            md.AppendLine(Inv($"| {group.Key} | {group.Count()} | {group.Sum(x => x.Count)} |"));
        }

        md.AppendLine();
    }

    private static void Table(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        md.AppendLine("## Documents");
        md.AppendLine();
        md.AppendLine("Operations and models as Microsoft.OpenApi reads them (models: `components/schemas`, or 2.0's `definitions`). Ours: the generator in a `CSharpGeneratorDriver`, in process; its time is the second of two runs on a new driver (the first, which JIT-compiles the generator's code paths, is in the details); Kiota: `dotnet kiota generate -l CSharp`, wall time of the process. Both outputs compiled with Roslyn against the same references (net10.0 + Kiota 2.1.6); errors only.");
        md.AppendLine();
        md.AppendLine("| document | package | OpenAPI | operations | models | P3D diagnostics | ours | ours generation | Kiota | Kiota generation |");
        md.AppendLine("|---|---|---|---:|---:|---|---|---:|---|---:|");
        foreach (var r in results)
        {
            var counts = r.Counts switch
            {
                null => ("–", "–"),
                { Failure: not null } or { Readable: false } => ("unreadable", "unreadable"),
                { } c => (c.Operations.ToString("N0", CultureInfo.InvariantCulture), c.Models.ToString("N0", CultureInfo.InvariantCulture)),
            };
            var diagnostics = r.Ours is null || r.Ours.DiagnosticsById.Count == 0
                ? "–"
                : string.Join(", ", r.Ours.DiagnosticsById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value == 1 ? p.Key : Inv($"{p.Key} ×{p.Value}")));
            var oursTime = r.Ours is { GenerationMilliseconds: > 0 } ours ? Inv($"{ours.GenerationMilliseconds:F0} ms") : "–";
            var kiotaTime = r.Kiota is { GenerationMilliseconds: > 0 } kiota ? Inv($"{kiota.GenerationMilliseconds / 1000:F1} s") : "–";
            md.AppendLine(Inv($"| {r.Name} | {r.Package} {r.Version} | {r.OpenApiVersion ?? "?"} | {counts.Item1} | {counts.Item2} | {diagnostics} | {Cell(Outcome.Ours(r))} | {oursTime} | {Cell(Outcome.Kiota(r))} | {kiotaTime} |"));
        }

        md.AppendLine();
    }

    private static void Details(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        md.AppendLine("## Details");
        md.AppendLine();
        md.AppendLine("Paths inside the packages, the first diagnostics of ours (errors first, with their position in the document), the first compile errors of either output, and what Kiota printed when it failed.");
        md.AppendLine();
        foreach (var r in results)
        {
            md.AppendLine(Inv($"### {r.Name}"));
            md.AppendLine();
            md.AppendLine(Inv($"`{r.Package}@{r.Version}` `{r.Path}`, {r.Bytes / 1024.0:N0} KiB; worker {r.WorkerSeconds:F1} s."));
            if (r.WorkerFailure is not null)
            {
                md.AppendLine(Inv($"- worker: {r.WorkerFailure}"));
            }

            if (r.Counts is { } counts && (counts.Failure is not null || counts.ReaderErrors > 0))
            {
                md.AppendLine(Inv($"- Microsoft.OpenApi: {counts.Failure ?? Inv($"{counts.ReaderErrors} errors")}"));
                foreach (var error in counts.FirstReaderErrors)
                {
                    md.AppendLine(Inv($"  - `{Code(error)}`"));
                }
            }

            if (r.Ours is { } ours)
            {
                md.AppendLine(Inv($"- ours: {Outcome.Ours(r)}{Inv($"; generation {ours.FirstGenerationMilliseconds:F0} ms first, {ours.GenerationMilliseconds:F0} ms warm")}{(ours.Generated ? Inv($", {ours.Files} files") : string.Empty)}{(ours.Compile is { } c ? Inv($", compiled in {c.Milliseconds / 1000:F1} s") : string.Empty)}"));
                foreach (var line in ours.FirstDiagnostics.Concat(ours.Compile?.FirstErrors ?? []))
                {
                    md.AppendLine(Inv($"  - `{Code(line)}`"));
                }
            }

            if (r.Kiota is { } kiota)
            {
                md.AppendLine(Inv($"- Kiota: {Outcome.Kiota(r)}{(kiota.Compile is { } c ? Inv($", {c.Files} files compiled in {c.Milliseconds / 1000:F1} s") : string.Empty)}"));
                if (kiota.Compile is { Compiles: false } compile)
                {
                    md.AppendLine(Inv($"  - errors by id: {string.Join(", ", compile.ErrorsById.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => Inv($"{p.Key} ×{p.Value}")))}"));
                    foreach (var line in compile.FirstErrors)
                    {
                        md.AppendLine(Inv($"  - `{Code(line)}`"));
                    }
                }

                if (kiota.Output is { Length: > 0 } output)
                {
                    md.AppendLine(Inv($"  - output: `{Code(output)}`"));
                }
            }

            md.AppendLine();
        }
    }

    /// <summary>2.0, 3.0 or 3.1: the rows of the summary.</summary>
    private static string Family(DocumentResult result) => result.OpenApiVersion switch
    {
        null => "unknown version",
        var v when v.StartsWith("swagger", StringComparison.Ordinal) => "Swagger 2.0",
        var v when v.StartsWith("3.0", StringComparison.Ordinal) => "OpenAPI 3.0",
        var v when v.StartsWith("3.1", StringComparison.Ordinal) => "OpenAPI 3.1",
        var v => "OpenAPI " + v,
    };

    private static string Names(IReadOnlyList<DocumentResult> results, bool withErrors = false) =>
        results.Count == 0
            ? string.Empty
            : " (" + string.Join(", ", results.Select(r => withErrors && r.Ours is { } ours ? r.Name + ": " + string.Join("/", ours.ErrorIds) : r.Name)) + ")";

    private static string Minutes(TimeSpan time) =>
        Inv($"{(int)time.TotalMinutes} min {time.Seconds:D2} s");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>One line, safe inside backticks in a table or a list.</summary>
    private static string Code(string text) =>
        text.Replace('\r', ' ').Replace('\n', ' ').Replace('`', '\'');

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
