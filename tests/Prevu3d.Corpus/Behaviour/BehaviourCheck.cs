using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Corpus.Manifest;
using Prevu3d.Corpus.Running;

namespace Prevu3d.Corpus.Behaviour;

/// <summary>
/// Issue 16.2 (<c>--behaviour</c>): for each document with a program in <c>Behaviour/Programs/NAME.cs</c>, the same
/// program runs against Kiota's client and against ours over a canned <see cref="System.Net.Http.HttpMessageHandler"/>;
/// the requests must be byte-identical and the objects read must serialize to the same JSON. Writes its section of
/// docs/corpus.md between <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
internal static class BehaviourCheck
{
    public const string Begin = "<!-- behaviour:begin -->";
    public const string End = "<!-- behaviour:end -->";

    private static string Programs => Path.Combine(CorpusPaths.Root, "tests", "Prevu3d.Corpus", "Behaviour", "Programs");

    public static int Run(CorpusManifest manifest, TextWriter log)
    {
        var md = new StringBuilder();
        md.AppendLine(Begin);
        md.AppendLine("<!-- Written by `Prevu3d.Corpus --behaviour`; edit the text outside these markers only. -->");
        md.AppendLine();
        var failures = 0;
        foreach (var file in Directory.GetFiles(Programs, "*.cs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var document = manifest.Documents.Single(d => d.Name == name);
            var (same, text) = Check(document, file);
            failures += same ? 0 : 1;
            log.WriteLine($"{name}: {(same ? "same behaviour" : "DIFFERENT")}");
            md.Append(text);
        }

        md.Append(End);
        Replace(CorpusPaths.Report, md.ToString());
        log.WriteLine($"Wrote the behaviour section of {CorpusPaths.Relative(CorpusPaths.Report)}.");
        return failures == 0 ? 0 : 3;
    }

    private static (bool Same, string Markdown) Check(CorpusDocument document, string programFile)
    {
        var md = new StringBuilder();
        var spec = CorpusManifest.Locate(CorpusPaths.Packages, document);
        var program = CSharpSyntaxTree.ParseText(File.ReadAllText(programFile), RoslynCompiler.ParseOptions, programFile);
        var ours = ProgramRunner.Run("Behaviour.Ours", OursStep.GenerateTrees(spec, File.ReadAllText(spec), CancellationToken.None), program);

        // Kiota's output is written afresh (same -n/-c as ours) beside the corpus's own.
        var output = Path.Combine(CorpusPaths.Artifacts, "behaviour", document.Name);
        var generated = KiotaStep.Run(spec, output, CorpusPaths.Root, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), _ => { });
        var kiotaTrees = Directory.Exists(output)
            ? Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), RoslynCompiler.ParseOptions, f)).ToList()
            : [];
        var kiota = generated.Generated ? ProgramRunner.Run("Behaviour.Kiota", kiotaTrees, program) : new ProgramRun(null, [], ["Kiota generated nothing: " + generated.Output]);

        md.AppendLine($"### {document.Name}");
        md.AppendLine();
        md.AppendLine($"Program: [`tests/Prevu3d.Corpus/Behaviour/Programs/{document.Name}.cs`](../tests/Prevu3d.Corpus/Behaviour/Programs/{document.Name}.cs).");
        md.AppendLine();
        foreach (var (who, run) in new[] { ("Kiota's", kiota), ("ours", ours) })
        {
            foreach (var error in run.CompileErrors)
            {
                md.AppendLine($"- the program does not compile against {who}: `{Code(error)}`");
            }
        }

        if (ours.CompileErrors.Count > 0 || kiota.CompileErrors.Count > 0)
        {
            md.AppendLine();
            return (false, md.ToString());
        }

        var count = Math.Max(ours.Requests.Count, kiota.Requests.Count);
        var identical = 0;
        md.AppendLine("| # | request sent by Kiota's client | ours |");
        md.AppendLine("|---:|---|---|");
        for (var i = 0; i < count; i++)
        {
            var k = i < kiota.Requests.Count ? kiota.Requests[i] : null;
            var o = i < ours.Requests.Count ? ours.Requests[i] : null;
            var same = k is not null && o is not null && k.SameAs(o);
            identical += same ? 1 : 0;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {i + 1} | `{Cell(k?.Describe() ?? "none")}` | {(same ? "byte-identical" : $"`{Cell(o?.Describe() ?? "none")}`")} |"));
        }

        var sameOutput = string.Equals(ours.Output, kiota.Output, StringComparison.Ordinal);
        var sameValues = sameOutput || SameValues(ours.Output, kiota.Output);
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- requests: **{identical} of {count} byte-identical** (method, URI, every header, body bytes)"));
        md.AppendLine(sameOutput
            ? "- objects read (each serialized back to JSON by Kiota's writer, or the exception thrown): **the same**"
            : sameValues
                ? "- objects read: **the same values**, but the two clients' `Serialize` methods write the properties in another order (compared as JSON, key order aside)"
                : "- objects read: **different**");
        foreach (var (who, run) in new[] { ("Kiota's", kiota), ("ours", ours) })
        {
            if (!sameOutput || who == "Kiota's")
            {
                md.AppendLine($"  - {(sameOutput ? "both" : who)}: `{Code(run.Output ?? string.Empty)}`");
            }
        }

        md.AppendLine();
        return (identical == count && sameOutput, md.ToString());
    }

    /// <summary>Line by line: equal text, or equal JSON values whatever the order of object keys.</summary>
    private static bool SameValues(string? ours, string? kiota)
    {
        var a = (ours ?? string.Empty).Split('\n');
        var b = (kiota ?? string.Empty).Split('\n');
        return a.Length == b.Length && a.Zip(b).All(pair => pair.First == pair.Second || SameJson(pair.First, pair.Second));
    }

    private static bool SameJson(string a, string b)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(a), System.Text.Json.Nodes.JsonNode.Parse(b));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Puts the section between its markers, or appends it before the sources section when they are missing.</summary>
    private static void Replace(string path, string section)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section + text[(end + End.Length)..]
            : text.TrimEnd() + "\n\n## Same behaviour (issue 16.2)\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }

    private static string Cell(string text) => Code(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Code(string text)
    {
        text = text.Replace('\r', ' ').Replace('\n', ' ').Replace('`', '\'');
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
