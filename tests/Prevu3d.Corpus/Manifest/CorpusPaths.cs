using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Prevu3d.Corpus.Manifest;

/// <summary>Where the repository, the manifest and the corpus's working folders are.</summary>
internal static class CorpusPaths
{
    /// <summary>The repository, as MSBuild saw it when this project was built.</summary>
    public static string Root { get; } = Path.GetFullPath(
        typeof(CorpusPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value
        ?? throw new InvalidOperationException("The build did not record RepoRoot."));

    public static string Manifest { get; } = Path.Combine(Root, "tests", "Prevu3d.Corpus", "corpus.json");

    /// <summary>Git-ignored: downloads, extracted packages, Kiota's output, results.</summary>
    public static string Artifacts { get; } = Path.Combine(Root, "artifacts", "corpus");

    public static string Packages { get; } = Path.Combine(Artifacts, "packages");

    public static string Report { get; } = Path.Combine(Root, "docs", "corpus.md");

    /// <summary>Repository-relative path with forward slashes, for the report (no machine-specific prefix).</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
