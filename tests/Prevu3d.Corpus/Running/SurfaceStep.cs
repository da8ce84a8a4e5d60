using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Prevu3d.Corpus.Manifest;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// The surface comparison of one document, with the listed faults of Kiota's that concern it; every remaining
/// difference is written to <c>artifacts/corpus/surface/NAME.txt</c> (class, Kiota's declaration, ours nearest; one per
/// line), since the report shows only a few examples per class.
/// </summary>
internal static class SurfaceStep
{
    public static string FaultsFile { get; } = Path.Combine(CorpusPaths.Root, "tests", "Prevu3d.Corpus", "kiota-faults.json");

    private static readonly Lazy<KiotaFaults> Faults = new(() => KiotaFaults.Load(FaultsFile));

    public static KiotaFaults LoadFaults() => Faults.Value;

    public static SurfaceComparison Compare(string document, IReadOnlyList<SurfaceSymbol> kiota, IReadOnlyList<SurfaceSymbol> ours, IEnumerable<ErrorSite> errorSites)
    {
        var comparison = SurfaceComparer.Compare(kiota, ours, Faults.Value.For(document));
        comparison.ErrorSites = SurfaceComparer.Counterparts(errorSites, ours);
        var folder = Path.Combine(CorpusPaths.Artifacts, "surface");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(
            Path.Combine(folder, document + ".txt"),
            comparison.Misses
                .OrderBy(m => m.Class, StringComparer.Ordinal)
                .ThenBy(m => m.Kiota, StringComparer.Ordinal)
                .Select(m => m.Class + "\t" + m.Kiota + "\t" + (m.Ours ?? "-")));
        return comparison;
    }
}
