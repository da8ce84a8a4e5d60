using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Prevu3d.Corpus.Running;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Reporting;

/// <summary>
/// The report's sections on issue 16: Kiota's public surface against ours (totals, each class of difference across the
/// corpus, then per document with examples), and the documents where Kiota's output is wrong.
/// </summary>
internal static class SurfaceReport
{
    /// <summary>Per document, the classes of difference shown with examples; the rest are listed with their counts.</summary>
    private const int ClassesWithExamples = 12;
    private const int ExampleLength = 260;

    /// <summary>Namespaces cut from the examples (the client's own, the framework's, Kiota's), longest first.</summary>
    private static readonly string[] Prefixes =
    [
        OursStep.Namespace + ".",
        "Microsoft.Kiota.Abstractions.Serialization.",
        "Microsoft.Kiota.Abstractions.",
        "System.Collections.Generic.",
        "System.Threading.Tasks.",
        "System.Threading.",
        "System.IO.",
        "System.",
    ];

    public static void Write(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        var compared = results.Where(r => r.Surface is not null).ToList();
        md.AppendLine("## Public surface against Kiota (issue 16)");
        md.AppendLine();
        md.AppendLine(Inv($"Both outputs use `-n {OursStep.Namespace} -c {OursStep.ClassName}`. Every public or protected symbol of Kiota's compiled client (namespaces holding a public type, types with their nesting, constructors, methods, properties, indexers, fields, events, enum members) is looked up in ours by kind, fully qualified name and declaration: modifiers, base type and all interfaces for a type; return or property type, parameters (names, types, defaults) and accessors for a member; the wire value of an enum member (`[EnumMember]`) and of a query parameter (`[QueryParameter]`). Nullable annotations count. A miss is put in the first class that explains it (`tests/Prevu3d.Corpus/Surface/SurfaceComparer.cs`); a member of a type ours lacks is counted under \"… of a type ours lacks\", apart from the type. Kiota's output is compared even where it does not compile (its symbols are declared all the same). {compared.Count} documents compared."));
        md.AppendLine();
        LeftOut(md, compared);
        Totals(md, compared);
        Classes(md, compared);
        Faults(md, compared);
        PerDocument(md, compared);
        KiotaWrong(md, results);
    }

    private static void LeftOut(StringBuilder md, List<DocumentResult> compared)
    {
        md.AppendLine("Left out: Kiota's symbols marked `[Obsolete(\"…\")]` with one of the fixed messages Kiota 1.38 writes on the shapes it keeps only for its own backward compatibility (a member of such a type is left out with it). An `[Obsolete(\"\")]` is the document's `deprecated: true` and is compared.");
        md.AppendLine();
        md.AppendLine("| left out | symbols | documents |");
        md.AppendLine("|---|---:|---:|");
        foreach (var group in compared.SelectMany(r => r.Surface!.LeftOut.Select(p => (Reason: p.Key, Count: p.Value))).GroupBy(x => x.Reason, StringComparer.Ordinal).OrderByDescending(g => g.Sum(x => x.Count)))
        {
            md.AppendLine(Inv($"| {group.Key} | {group.Sum(x => x.Count):N0} | {group.Count()} |"));
        }

        md.AppendLine();
    }

    private static void Totals(StringBuilder md, List<DocumentResult> compared)
    {
        md.AppendLine("### Per document");
        md.AppendLine();
        md.AppendLine("\"Kiota\": its public symbols, left-out ones excepted; \"same\": those ours declares the same way; \"ours adds\": those ours declares with additions only (every interface of Kiota's type and more, or every accessor of Kiota's property and more: code written against Kiota's compiles against ours); \"superset %\": the two together, the share of Kiota's surface ours covers; \"Kiota wrong\": symbols ours declares otherwise on purpose, because Kiota's declaration loses or cannot send a value there (each named by a fault of `tests/Prevu3d.Corpus/kiota-faults.json`, listed below with Kiota's failure); \"unexplained\": the rest, shapes still to match; \"ours only\": our symbols Kiota has no identical one for (extras, and the other half of each difference).");
        md.AppendLine();
        md.AppendLine("| document | Kiota compiles | Kiota | same | ours adds | superset % | Kiota wrong | unexplained | ours only | largest classes of difference |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in compared)
        {
            var s = r.Surface!;
            var top = string.Join("; ", s.Differences.Take(3).Select(d => Inv($"{d.Class} ×{d.Count}")));
            md.AppendLine(Inv($"| {r.Name} | {(Outcome.KiotaCompiles(r) ? "yes" : "no")} | {s.KiotaSymbols:N0} | {s.Matched:N0} | {s.Compatible:N0} | {s.SupersetPercent:F1} | {s.KiotaWrong:N0} | {s.Unexplained:N0} | {s.OursOnly:N0} | {Cell(top)} |"));
        }

        var kiota = compared.Sum(r => r.Surface!.KiotaSymbols);
        var matched = compared.Sum(r => r.Surface!.Matched);
        var compatible = compared.Sum(r => r.Surface!.Compatible);
        var wrong = compared.Sum(r => r.Surface!.KiotaWrong);
        var unexplained = compared.Sum(r => r.Surface!.Unexplained);
        md.AppendLine(Inv($"| **all** | | **{kiota:N0}** | **{matched:N0}** | **{compatible:N0}** | **{Percent(matched + compatible, kiota):F1}** | **{wrong:N0}** | **{unexplained:N0}** | {compared.Sum(r => r.Surface!.OursOnly):N0} | |"));
        md.AppendLine();
        md.AppendLine(Inv($"Declared identically: {matched:N0} of {kiota:N0} ({Percent(matched, kiota):F1} %). Identically, with additions, or otherwise where Kiota is wrong: {matched + compatible + wrong:N0} ({Percent(matched + compatible + wrong, kiota):F1} %); unexplained: {unexplained:N0} in {compared.Count(r => r.Surface!.Unexplained > 0)} documents."));
        md.AppendLine();
        md.AppendLine("By kind of symbol, over all compared documents:");
        md.AppendLine();
        md.AppendLine("| kind | Kiota | same | ours adds | superset % |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var kind in compared.SelectMany(r => r.Surface!.ByKind).GroupBy(p => p.Key, StringComparer.Ordinal).OrderByDescending(g => g.Sum(p => p.Value.Kiota)))
        {
            var all = kind.Sum(p => p.Value.Kiota);
            var same = kind.Sum(p => p.Value.Matched);
            var adds = kind.Sum(p => p.Value.Compatible);
            md.AppendLine(Inv($"| {kind.Key} | {all:N0} | {same:N0} | {adds:N0} | {Percent(same + adds, all):F1} |"));
        }

        md.AppendLine();
    }

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;

    private static void Classes(StringBuilder md, List<DocumentResult> compared)
    {
        md.AppendLine("### Classes of difference across the corpus");
        md.AppendLine();
        ClassTable(md, compared.SelectMany(r => r.Surface!.Differences.Select(d => (r.Name, d.Class, d.Count))));
        md.AppendLine("Declared with additions only (counted under \"ours adds\", not as differences):");
        md.AppendLine();
        ClassTable(md, compared.SelectMany(r => r.Surface!.Additions.Select(d => (r.Name, d.Class, d.Count))));
    }

    private static void ClassTable(StringBuilder md, IEnumerable<(string Name, string Class, int Count)> rows)
    {
        md.AppendLine("| class | Kiota symbols | documents | most in |");
        md.AppendLine("|---|---:|---:|---|");
        var classes = rows
            .GroupBy(x => x.Class, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Count))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in classes)
        {
            var most = string.Join(", ", group.OrderByDescending(x => x.Count).Take(3).Select(x => Inv($"{x.Name} {x.Count:N0}")));
            md.AppendLine(Inv($"| {Cell(group.Key)} | {group.Sum(x => x.Count):N0} | {group.Count()} | {most} |"));
        }

        md.AppendLine();
    }

    /// <summary>Issue 16.3 measured: each listed fault of Kiota's, the symbols it covers per document, and stale patterns.</summary>
    private static void Faults(StringBuilder md, List<DocumentResult> compared)
    {
        md.AppendLine("### Declared otherwise on purpose: where Kiota is wrong (issue 16.3)");
        md.AppendLine();
        md.AppendLine("Each row is a fault of `tests/Prevu3d.Corpus/kiota-faults.json`: the cause, what Kiota's declaration fails at, and the Kiota symbols its patterns name among the misses of the documents it lists (a symbol ours declares the same way is never counted here). An example is Kiota's declaration, then ours nearest.");
        md.AppendLine();
        md.AppendLine("| cause | Kiota's failure | symbols | where | example |");
        md.AppendLine("|---|---|---:|---|---|");
        var faults = SurfaceStep.LoadFaults().Faults;
        foreach (var fault in faults)
        {
            var counts = compared
                .Select(r => (r.Name, Cause: r.Surface!.KiotaWrongCauses.FirstOrDefault(c => c.Class == fault.Cause)))
                .Where(x => x.Cause is not null)
                .ToList();
            var example = counts.Select(x => x.Cause!.Examples.FirstOrDefault()).FirstOrDefault(e => e is not null);
            var exampleText = example is null ? "(no miss of this kind left)" : example.Ours is null ? $"`{Short(example.Kiota)}`" : $"`{Short(example.Kiota)}`; ours `{Short(example.Ours)}`";
            md.AppendLine(Inv($"| {Cell(fault.Cause)} | {Cell(fault.Failure)} | {counts.Sum(x => x.Cause!.Count):N0} | {string.Join(", ", counts.Select(x => Inv($"{x.Name} {x.Cause!.Count:N0}")))} | {Cell(exampleText)} |"));
        }

        md.AppendLine();
        var stale = compared.SelectMany(r => r.Surface!.StaleFaultPatterns.Select(p => (r.Name, Pattern: p))).ToList();
        md.AppendLine(stale.Count == 0
            ? "Every pattern of the list named at least one miss of each document it lists."
            : "Patterns that named no miss of a document they list (out of date there): " + string.Join("; ", stale.Select(x => $"{x.Name} `{Code(x.Pattern)}`")) + ".");
        md.AppendLine();
    }

    private static void PerDocument(StringBuilder md, List<DocumentResult> compared)
    {
        md.AppendLine("### Differences per document, with examples");
        md.AppendLine();
        md.AppendLine(Inv($"Kiota's declaration first, then ours of the same name (or the nearest: same spelling, another place) when there is one; `{OursStep.Namespace}.`, `System.…` and `Microsoft.Kiota.Abstractions.…` prefixes cut. At most {SurfaceComparer.ExamplesKept} examples per class, for the {ClassesWithExamples} largest classes."));
        md.AppendLine();
        foreach (var r in compared.Where(r => r.Surface!.Differences.Count > 0 || r.Surface.Additions.Count > 0 || r.Surface.KiotaWrong > 0))
        {
            var s = r.Surface!;
            md.AppendLine(Inv($"#### {r.Name}: {s.Superset:N0} of {s.KiotaSymbols:N0} ({s.SupersetPercent:F1} %; {s.Matched:N0} the same, {s.Compatible:N0} with additions; {s.KiotaWrong:N0} where Kiota is wrong, {s.Unexplained:N0} unexplained)"));
            md.AppendLine();
            foreach (var difference in s.Differences.Take(ClassesWithExamples))
            {
                md.AppendLine(Inv($"- {difference.Class} ×{difference.Count:N0}"));
                foreach (var example in difference.Examples)
                {
                    md.AppendLine(example.Ours is null
                        ? $"  - Kiota `{Short(example.Kiota)}`"
                        : $"  - Kiota `{Short(example.Kiota)}`; ours `{Short(example.Ours)}`");
                }
            }

            var rest = s.Differences.Skip(ClassesWithExamples).ToList();
            if (rest.Count > 0)
            {
                md.AppendLine("- also: " + string.Join("; ", rest.Select(d => Inv($"{d.Class} ×{d.Count:N0}"))));
            }

            foreach (var cause in s.KiotaWrongCauses)
            {
                var example = cause.Examples[0];
                md.AppendLine(Inv($"- where Kiota is wrong (listed): {cause.Class} ×{cause.Count:N0}, e.g. Kiota `{Short(example.Kiota)}`{(example.Ours is null ? string.Empty : $"; ours `{Short(example.Ours)}`")}"));
            }

            foreach (var addition in s.Additions)
            {
                var example = addition.Examples[0];
                md.AppendLine(Inv($"- with additions only (not a difference): {addition.Class} ×{addition.Count:N0}, e.g. Kiota `{Short(example.Kiota)}`; ours `{Short(example.Ours ?? string.Empty)}`"));
            }

            md.AppendLine();
        }
    }

    private static void KiotaWrong(StringBuilder md, IReadOnlyList<DocumentResult> results)
    {
        var wrong = results.Where(r => r.Kiota is not null && !Outcome.KiotaCompiles(r)).ToList();
        md.AppendLine("## Where Kiota's output is wrong (issue 16.3)");
        md.AppendLine();
        md.AppendLine(Inv($"{wrong.Count} documents: Kiota 1.38 stops without a client, or writes one that does not compile. For each: what Kiota printed or its first compile errors, each with the declaration it sits in and ours under the same name, and how ours fared."));
        md.AppendLine();
        foreach (var r in wrong)
        {
            md.AppendLine(Inv($"### {r.Name}: Kiota {Outcome.Kiota(r)}; ours {Outcome.Ours(r)}"));
            md.AppendLine();
            if (r.Kiota!.Output is { Length: > 0 } output)
            {
                md.AppendLine($"- Kiota printed: `{Code(output)}`");
            }

            if (r.Kiota.Compile is { Compiles: false } compile)
            {
                md.AppendLine(Inv($"- Kiota's errors by id: {string.Join(", ", compile.ErrorsById.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => Inv($"{p.Key} ×{p.Value}")))}"));
                var sites = r.Surface?.ErrorSites ?? [];
                if (sites.Count == 0)
                {
                    foreach (var line in compile.FirstErrors)
                    {
                        md.AppendLine($"  - `{Code(line)}`");
                    }
                }

                foreach (var site in sites)
                {
                    var where = site.KiotaSymbol is null ? "outside any declaration" : $"in `{Short(site.KiotaSymbol)}`";
                    var ours = site.KiotaSymbol is null ? string.Empty : site.Ours is null ? "; ours has no symbol of that name" : $"; ours: `{Short(site.Ours)}`";
                    md.AppendLine($"  - `{Code(site.Error)}` {where}{ours}");
                }
            }

            if (r.Ours is { } o)
            {
                var surface = r.Surface is { } s ? Inv($"; of Kiota's {s.KiotaSymbols:N0} public symbols ours has {s.Superset:N0} ({s.SupersetPercent:F1} %, {s.Matched:N0} of them declared identically)") : string.Empty;
                md.AppendLine(Inv($"- ours: {Outcome.Ours(r)}, {o.Files} files{surface}"));
            }

            md.AppendLine();
        }
    }

    private static string Short(string text)
    {
        foreach (var prefix in Prefixes)
        {
            text = text.Replace(prefix, string.Empty, StringComparison.Ordinal);
        }

        text = Code(text);
        return text.Length > ExampleLength ? text[..ExampleLength] + "…" : text;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Code(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('`', '\'');

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
