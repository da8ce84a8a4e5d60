using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Prevu3d.Corpus.Surface;

/// <summary>Kiota's public surface against ours for one document; written to results.json.</summary>
internal sealed class SurfaceComparison
{
    /// <summary>Kiota's symbols, those left out excepted.</summary>
    public int KiotaSymbols { get; set; }

    /// <summary>Of <see cref="KiotaSymbols"/>, those ours declares the same way.</summary>
    public int Matched { get; set; }

    /// <summary>
    /// Of <see cref="KiotaSymbols"/>, those ours declares with additions only (more interfaces, more accessors): code
    /// written against Kiota's compiles against ours. Not counted in <see cref="Matched"/>.
    /// </summary>
    public int Compatible { get; set; }

    /// <summary>Ours, all of them.</summary>
    public int OursSymbols { get; set; }

    /// <summary>Of <see cref="OursSymbols"/>, those Kiota has no symbol for (extras; not a defect in themselves).</summary>
    public int OursOnly { get; set; }

    /// <summary>Kiota's symbols by kind: how many, how many matched.</summary>
    public Dictionary<string, KindCount> ByKind { get; set; } = [];

    /// <summary>Kiota's symbols left out, by reason.</summary>
    public Dictionary<string, int> LeftOut { get; set; } = [];

    /// <summary>Kiota's symbols ours lacks, grouped by what differs, largest group first.</summary>
    public List<SurfaceDifference> Differences { get; set; } = [];

    /// <summary>Kiota's symbols ours declares with additions only (<see cref="Compatible"/>), grouped, largest first.</summary>
    public List<SurfaceDifference> Additions { get; set; } = [];

    /// <summary>
    /// Of <see cref="KiotaSymbols"/>, those declared otherwise on purpose: a listed fault of Kiota's
    /// (<c>kiota-faults.json</c>) names them. Not counted in <see cref="Matched"/> or <see cref="Compatible"/>.
    /// </summary>
    public int KiotaWrong { get; set; }

    /// <summary>The symbols of <see cref="KiotaWrong"/>, grouped by the fault's cause, largest first.</summary>
    public List<SurfaceDifference> KiotaWrongCauses { get; set; } = [];

    /// <summary>Patterns of this document's faults that named none of its misses: the list is out of date there.</summary>
    public List<string> StaleFaultPatterns { get; set; } = [];

    /// <summary>Every difference, one per Kiota symbol (not kept in results.json; written beside it, one file per document).</summary>
    [JsonIgnore]
    public List<SurfaceMiss> Misses { get; } = [];

    /// <summary>Kiota's symbols neither declared by ours (identically or with additions) nor named by a listed fault.</summary>
    public int Unexplained => KiotaSymbols - Matched - Compatible - KiotaWrong;

    /// <summary>Where Kiota's output does not compile: each first error, its declaration, and ours under that name.</summary>
    public List<ErrorSiteMatch> ErrorSites { get; set; } = [];

    public double Percent => KiotaSymbols == 0 ? 100 : 100.0 * Matched / KiotaSymbols;

    /// <summary>Kiota's symbols ours declares identically or with additions only: the superset issue 16 asks for.</summary>
    public int Superset => Matched + Compatible;

    public double SupersetPercent => KiotaSymbols == 0 ? 100 : 100.0 * Superset / KiotaSymbols;
}

/// <summary>How many of Kiota's symbols of a kind there are, and how many ours has too.</summary>
internal sealed class KindCount
{
    public int Kiota { get; set; }

    public int Matched { get; set; }

    public int Compatible { get; set; }
}

/// <summary>One class of difference: its name, how many of Kiota's symbols fall in it, a few examples.</summary>
internal sealed class SurfaceDifference
{
    public required string Class { get; init; }

    public int Count { get; set; }

    public List<SurfaceExample> Examples { get; set; } = [];
}

/// <summary>Kiota's symbol, and the symbol of ours that comes nearest, when there is one.</summary>
internal sealed record SurfaceExample(string Kiota, string? Ours);

/// <summary>One of Kiota's symbols ours lacks: the class of difference, Kiota's declaration, ours nearest.</summary>
internal sealed record SurfaceMiss(string Class, string Kiota, string? Ours);

/// <summary>A compile error of Kiota's, the declaration it sits in, and ours of the same name (null: none).</summary>
internal sealed record ErrorSiteMatch(string Error, string? KiotaSymbol, string? Ours);
