using System;
using System.Collections.Generic;
using System.Linq;

namespace Prevu3d.Corpus.Surface;

/// <summary>
/// Matches every public symbol of Kiota's client against ours (<see cref="SurfaceSymbol.Key"/>: kind, fully
/// qualified name and declaration), then explains each miss by the first of these that holds: the symbol's type is
/// itself missing; only nullable annotations differ; a symbol of the same name and kind differs in one part (base type,
/// interfaces, modifiers, type, parameters, accessors, wire value); the same name is another kind of symbol; the name
/// differs only in case or separators; a type of that name sits in another namespace or type; the type's namespace or
/// outer type is missing; nothing of that name exists. A symbol ours declares with additions only (every interface of
/// Kiota's type and more; every accessor of Kiota's property and more, such as a public setter beside Kiota's
/// <c>private set</c>) is not a miss: code written against Kiota's compiles against it, as ApiCompat's rules for an
/// added interface or accessor say. It is counted apart (<see cref="SurfaceComparison.Compatible"/>) with its own
/// examples, so the identical count stays what it says.
/// </summary>
internal static class SurfaceComparer
{
    public const int ExamplesKept = 3;

    /// <param name="faults">
    /// The listed places where Kiota's declaration is wrong for this document (<see cref="KiotaFaults.For"/>): a miss
    /// one of them names is counted under <see cref="SurfaceComparison.KiotaWrong"/>, not as a difference.
    /// </param>
    public static SurfaceComparison Compare(IReadOnlyList<SurfaceSymbol> kiota, IReadOnlyList<SurfaceSymbol> ours, IReadOnlyList<DocumentFault>? faults = null)
    {
        faults ??= [];
        var comparison = new SurfaceComparison();
        var patternsUsed = new HashSet<(DocumentFault, int)>();
        var oursKeys = ours.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var oursLooseKeys = ours.Select(s => s.LooseKey).ToHashSet(StringComparer.Ordinal);
        var oursById = ours.ToLookup(s => s.Id, StringComparer.Ordinal);
        var oursBySpelling = ours.ToLookup(Spelling, StringComparer.Ordinal);
        var oursTypesByName = ours.Where(IsType).ToLookup(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var oursBases = ours.Where(s => s.Kind is "class" or "struct").GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Shape.Type, StringComparer.Ordinal);
        var differences = new Dictionary<string, SurfaceDifference>(StringComparer.Ordinal);
        var additions = new Dictionary<string, SurfaceDifference>(StringComparer.Ordinal);
        var kiotaWrong = new Dictionary<string, SurfaceDifference>(StringComparer.Ordinal);

        foreach (var symbol in kiota)
        {
            if (symbol.LeftOut is { } reason)
            {
                comparison.LeftOut[reason] = comparison.LeftOut.GetValueOrDefault(reason) + 1;
                continue;
            }

            comparison.KiotaSymbols++;
            var kind = comparison.ByKind.TryGetValue(symbol.Kind, out var k) ? k : comparison.ByKind[symbol.Kind] = new KindCount();
            kind.Kiota++;
            if (oursKeys.Contains(symbol.Key))
            {
                comparison.Matched++;
                kind.Matched++;
                continue;
            }

            if ((AddsOnly(symbol, oursById) ?? Inherited(symbol, oursById, oursBases)) is { } extended)
            {
                comparison.Compatible++;
                kind.Compatible++;
                Record(additions, extended.Class, symbol, extended.Ours);
                continue;
            }

            var (name, nearest) = Explain(symbol, oursLooseKeys, oursById, oursBySpelling, oursTypesByName);
            if (Fault(symbol, faults, patternsUsed) is { } fault)
            {
                comparison.KiotaWrong++;
                Record(kiotaWrong, fault.Cause, symbol, nearest);
                continue;
            }

            Record(differences, name, symbol, nearest);
            comparison.Misses.Add(new SurfaceMiss(name, symbol.Describe(), nearest?.Describe()));
        }

        var kiotaKeys = kiota.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        comparison.OursSymbols = ours.Count;
        comparison.OursOnly = ours.Count(s => !kiotaKeys.Contains(s.Key));
        comparison.Differences = Ordered(differences);
        comparison.Additions = Ordered(additions);
        comparison.KiotaWrongCauses = Ordered(kiotaWrong);
        comparison.StaleFaultPatterns = faults
            .SelectMany(f => f.Patterns.Select((pattern, i) => (Fault: f, Pattern: pattern, Index: i)))
            .Where(x => !patternsUsed.Contains((x.Fault, x.Index)))
            .Select(x => x.Pattern)
            .ToList();
        return comparison;
    }

    /// <summary>The first listed fault one of whose patterns names this symbol of Kiota's, or null.</summary>
    private static DocumentFault? Fault(SurfaceSymbol symbol, IReadOnlyList<DocumentFault> faults, HashSet<(DocumentFault, int)> used)
    {
        if (faults.Count == 0)
        {
            return null;
        }

        var described = symbol.Describe();
        foreach (var fault in faults)
        {
            for (var i = 0; i < fault.Expressions.Count; i++)
            {
                if (fault.Expressions[i].IsMatch(described))
                {
                    used.Add((fault, i));
                    return fault;
                }
            }
        }

        return null;
    }

    private static void Record(Dictionary<string, SurfaceDifference> classes, string name, SurfaceSymbol symbol, SurfaceSymbol? ours)
    {
        var difference = classes.TryGetValue(name, out var d) ? d : classes[name] = new SurfaceDifference { Class = name };
        difference.Count++;
        if (difference.Examples.Count < ExamplesKept)
        {
            difference.Examples.Add(new SurfaceExample(symbol.Describe(), ours?.Describe()));
        }
    }

    private static List<SurfaceDifference> Ordered(Dictionary<string, SurfaceDifference> classes) =>
        classes.Values.OrderByDescending(x => x.Count).ThenBy(x => x.Class, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Ours of the same kind and name when it differs from Kiota's only by additions: a type with more interfaces, a
    /// property with more accessors. Null otherwise.
    /// </summary>
    private static (string Class, SurfaceSymbol Ours)? AddsOnly(SurfaceSymbol symbol, ILookup<string, SurfaceSymbol> oursById)
    {
        foreach (var candidate in oursById[symbol.Id])
        {
            if (candidate.Kind != symbol.Kind)
            {
                continue;
            }

            var (kiota, ours) = (symbol.Shape, candidate.Shape);
            if (kiota.Modifiers != ours.Modifiers || kiota.Type != ours.Type || kiota.WireValue != ours.WireValue)
            {
                continue;
            }

            var moreInterfaces = IsType(symbol) && kiota.Parameters != ours.Parameters && Superset(ours.Parameters, kiota.Parameters, ", ");
            var moreAccessors = kiota.Accessors != ours.Accessors && Superset(ours.Accessors, kiota.Accessors, " ");
            var sameParameters = kiota.Parameters == ours.Parameters || moreInterfaces;
            var sameAccessors = kiota.Accessors == ours.Accessors || moreAccessors;
            if (sameParameters && sameAccessors && (moreInterfaces || moreAccessors))
            {
                return ($"{symbol.Kind}: ours adds {(moreInterfaces ? "interfaces" : "accessors")}", candidate);
            }
        }

        return null;
    }

    /// <summary>
    /// Ours of Kiota's symbol through a base class ours adds: a class whose base derives (at any depth) from Kiota's base,
    /// with every interface of Kiota's; a member Kiota declares on a class that ours declares, the same way, on one of that
    /// class's bases (inherited, so a caller names it on the derived class all the same). Constructors are not inherited.
    /// ApiCompat's rules say the same of an added base type and of a member moved to a base. Null otherwise.
    /// </summary>
    private static (string Class, SurfaceSymbol Ours)? Inherited(SurfaceSymbol symbol, ILookup<string, SurfaceSymbol> oursById, Dictionary<string, string> oursBases)
    {
        if (symbol.Kind is "class")
        {
            var candidate = oursById[symbol.Id].FirstOrDefault(s => s.Kind == symbol.Kind && s.Shape.Modifiers == symbol.Shape.Modifiers);
            if (candidate is null || candidate.Shape.Type == symbol.Shape.Type || !Superset(candidate.Shape.Parameters, symbol.Shape.Parameters, ", "))
            {
                return null;
            }

            return Bases(candidate.Shape.Type, oursBases).Contains(symbol.Shape.Type) ? ("class: ours adds a base class", candidate) : null;
        }

        if (symbol.Kind is "constructor" or "namespace" or "enum member" || symbol.Container.Length == 0 || !oursBases.TryGetValue(symbol.Container, out var firstBase))
        {
            return null;
        }

        foreach (var baseType in Bases(firstBase, oursBases))
        {
            var inherited = oursById[baseType + "." + symbol.Name].FirstOrDefault(s => s.Kind == symbol.Kind && s.Shape == symbol.Shape);
            if (inherited is not null)
            {
                return ($"{symbol.Kind}: inherited from a base class ours adds", inherited);
            }
        }

        return null;
    }

    /// <summary>A base type and its own bases, as far as ours declares them (a cycle ends the walk).</summary>
    private static List<string> Bases(string baseType, Dictionary<string, string> oursBases)
    {
        var chain = new List<string>();
        for (var current = baseType; current.Length > 0 && !chain.Contains(current); current = oursBases.GetValueOrDefault(current, string.Empty))
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>For each error of Kiota's output, what ours declares under the id of the declaration the error sits in.</summary>
    public static List<ErrorSiteMatch> Counterparts(IEnumerable<ErrorSite> sites, IReadOnlyList<SurfaceSymbol> ours)
    {
        var oursById = ours.ToLookup(s => s.Id, StringComparer.Ordinal);
        var oursBySpelledId = ours.ToLookup(s => SpelledId(s.Id), StringComparer.Ordinal);
        return sites
            .Select(site => new ErrorSiteMatch(site.Error, site.Symbol, site.Symbol is null ? null : Counterpart(site.Symbol)))
            .ToList();

        // The same name, else the same name spelled differently (Kiota's `Body_emoji` is ours' `BodyEmoji`).
        string? Counterpart(string id) =>
            oursById[id].FirstOrDefault()?.Describe()
            ?? (oursBySpelledId[SpelledId(id)].FirstOrDefault() is { } spelled ? "(spelled differently) " + spelled.Describe() : null);
    }

    /// <summary>The container and the name with case and non-alphanumerics erased: <c>Order_status</c> and <c>OrderStatus</c> meet.</summary>
    private static string Spelling(SurfaceSymbol symbol) =>
        symbol.Container + "/" + new string(symbol.Name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string SpelledId(string id) => new(id.Where(c => char.IsLetterOrDigit(c) || c == '.').Select(char.ToLowerInvariant).ToArray());

    private static bool Superset(string ours, string kiota, string separator)
    {
        var mine = ours.Split(separator, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return kiota.Split(separator, StringSplitOptions.RemoveEmptyEntries).All(mine.Contains);
    }

    private static bool IsType(SurfaceSymbol symbol) => symbol.Kind is "class" or "interface" or "struct" or "enum" or "delegate";

    private static (string Class, SurfaceSymbol? Nearest) Explain(
        SurfaceSymbol symbol,
        HashSet<string> oursLooseKeys,
        ILookup<string, SurfaceSymbol> oursById,
        ILookup<string, SurfaceSymbol> oursBySpelling,
        ILookup<string, SurfaceSymbol> oursTypesByName)
    {
        var containerMissing = symbol.Kind != "namespace" && symbol.Container.Length > 0 && !oursById[symbol.Container].Any();
        if (containerMissing && !IsType(symbol))
        {
            // One missing type would otherwise be explained once per member: its members are counted apart.
            return ($"{symbol.Kind} of a type ours lacks", null);
        }

        var sameId = oursById[symbol.Id].ToList();
        if (oursLooseKeys.Contains(symbol.LooseKey))
        {
            return ($"{symbol.Kind}: nullable annotations differ", sameId.FirstOrDefault(s => s.LooseKey == symbol.LooseKey));
        }

        var sameKind = sameId.Where(s => s.Kind == symbol.Kind).ToList();
        if (sameKind.Count > 0)
        {
            var isType = IsType(symbol);
            var nearest = sameKind.MinBy(s => PartsDiffering(symbol.Shape, s.Shape, isType, symbol.Kind).Count)!;
            var parts = PartsDiffering(symbol.Shape, nearest.Shape, isType, symbol.Kind);
            return ($"{symbol.Kind}: differs in {string.Join(" and ", parts)}", nearest);
        }

        if (sameId.Count > 0)
        {
            return ($"{symbol.Kind} is a {sameId[0].Kind} in ours", sameId[0]);
        }

        if (oursBySpelling[Spelling(symbol)].FirstOrDefault(s => s.Kind == symbol.Kind) is { } spelled)
        {
            return ($"{symbol.Kind}: name spelled differently (case or separators)", spelled);
        }

        if (IsType(symbol) && oursTypesByName[symbol.Name].FirstOrDefault() is { } moved)
        {
            return ($"{symbol.Kind}: at another namespace or nesting", moved);
        }

        if (containerMissing)
        {
            return ($"{symbol.Kind} in a namespace or type ours lacks", null);
        }

        return ($"{symbol.Kind} missing", null);
    }

    /// <summary>The parts of two declarations of one name that differ, named for the report.</summary>
    private static List<string> PartsDiffering(SurfaceShape kiota, SurfaceShape ours, bool isType, string kind)
    {
        var parts = new List<string>();
        if (kiota.Modifiers != ours.Modifiers)
        {
            parts.Add("modifiers");
        }

        if (kiota.Type != ours.Type)
        {
            parts.Add(isType ? "base type" : kind == "method" ? "return type" : "type");
        }

        if (kiota.Parameters != ours.Parameters)
        {
            // Interfaces ours adds to all of Kiota's break no code written against Kiota's: named apart.
            parts.Add(!isType ? "parameters" : Superset(ours.Parameters, kiota.Parameters, ", ") ? "interfaces (ours adds some)" : "interfaces");
        }

        if (kiota.Accessors != ours.Accessors)
        {
            parts.Add("accessors");
        }

        if (kiota.WireValue != ours.WireValue)
        {
            parts.Add("wire value");
        }

        return parts;
    }
}
