using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Corpus.Manifest;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// <c>--surface-only</c>: recomputes the surface comparison of every document of the last results.json from what is
/// on disk (Kiota's output under artifacts/corpus/kiota/NAME, ours generated again in memory: the generator is
/// deterministic), without running the Kiota CLI or compiling method bodies. For work on the comparison or the report
/// between full runs; a document whose Kiota output is gone keeps its comparison.
/// </summary>
internal static class SurfaceRecompare
{
    public static void Run(CorpusManifest manifest, IReadOnlyList<DocumentResult> results, TextWriter log)
    {
        foreach (var result in results)
        {
            var document = manifest.Documents.SingleOrDefault(d => d.Name == result.Name);
            var kiotaDirectory = Path.Combine(CorpusPaths.Artifacts, "kiota", result.Name);
            if (document is null || result.Kiota is not { Generated: true } kiota || result.Ours is not { Generated: true } || !Directory.Exists(kiotaDirectory))
            {
                continue;
            }

            var spec = CorpusManifest.Locate(CorpusPaths.Packages, document);
            var ours = ApiSurface.Collect(RoslynCompiler.Create("Corpus.Ours", OursStep.GenerateTrees(spec, File.ReadAllText(spec), CancellationToken.None)));
            var trees = Directory.GetFiles(kiotaDirectory, "*.cs", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), RoslynCompiler.ParseOptions, f))
                .ToList();
            var theirs = ApiSurface.Collect(RoslynCompiler.Create("Corpus.Kiota", trees));
            result.Surface = SurfaceStep.Compare(result.Name, theirs, ours, kiota.ErrorSites);
            log.WriteLine($"{result.Name}: {result.Surface.Matched} of {result.Surface.KiotaSymbols}, {result.Surface.Unexplained} unexplained");
        }
    }
}
