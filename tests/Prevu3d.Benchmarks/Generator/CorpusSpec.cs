using System;
using System.IO;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.Corpus.Manifest;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>
/// Issue 12.8: the largest document of the real-world corpus (GitHub's REST description), read from the corpus
/// folder when <c>tests/corpus/run.sh --fetch-only</c> has downloaded it. Located through the corpus manifest
/// (<c>tests/Prevu3d.Corpus/corpus.json</c>), never copied into the repository.
/// </summary>
internal static class CorpusSpec
{
    public const string Name = "github";

    /// <summary>Overrides the corpus packages folder (default <c>artifacts/corpus/packages</c> under the repository root).</summary>
    public const string EnvironmentVariable = "PREVU3D_CORPUS_DIR";

    public const string FetchCommand = "tests/corpus/run.sh --fetch-only";

    private static readonly Lazy<int> LazyOperations = new(CountOperations);

    /// <summary>The packages folder the document is looked for in.</summary>
    public static string PackagesDirectory { get; } = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(RepoPaths.Root, "artifacts", "corpus", "packages");

    /// <summary>Where the document is expected, from the manifest's entry (null when the manifest has no such entry).</summary>
    public static string? ExpectedPath { get; } = Resolve();

    /// <summary>The expected path relative to the repository root, for the report.</summary>
    public static string DisplayPath => ExpectedPath is null
        ? $"(no '{Name}' entry in tests/Prevu3d.Corpus/corpus.json)"
        : Path.GetRelativePath(RepoPaths.Root, ExpectedPath).Replace('\\', '/');

    /// <summary>Whether the document has been fetched, so the benchmarks include it.</summary>
    public static bool Available => ExpectedPath is not null && File.Exists(ExpectedPath);

    /// <summary>Operations as Microsoft.OpenApi reads them from the document (counted once, on first use).</summary>
    public static int Operations => LazyOperations.Value;

    public static string Text() => File.ReadAllText(ExpectedPath ?? throw new InvalidOperationException($"The corpus manifest has no '{Name}' document."));

    private static string? Resolve()
    {
        // The manifest's own reader and layout rule (linked from tests/Prevu3d.Corpus), so the two cannot disagree.
        var manifest = CorpusManifest.Load(Path.Combine(RepoPaths.Root, "tests", "Prevu3d.Corpus", "corpus.json"));
        var document = manifest.Documents.FirstOrDefault(d => d.Name == Name);
        return document is null ? null : CorpusManifest.Locate(PackagesDirectory, document);
    }

    private static int CountOperations()
    {
        var read = OpenApiDocument.Parse(Text(), "json", new OpenApiReaderSettings());
        return read.Document?.Paths?.Values.Sum(p => p.Operations?.Count ?? 0)
            ?? throw new InvalidOperationException($"Microsoft.OpenApi could not read {ExpectedPath}.");
    }
}
