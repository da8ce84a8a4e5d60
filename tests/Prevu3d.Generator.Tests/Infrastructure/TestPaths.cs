using System.IO;
using System.Runtime.CompilerServices;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>Where the test project's sources, specs and snapshots live.</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = Path.GetDirectoryName(ThisFile())!.Replace("Infrastructure", string.Empty).TrimEnd(Path.DirectorySeparatorChar);

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string RealSpecPath { get; } = Path.Combine(RepositoryRoot, "spec", "realityconnect.yaml");

    public static string SnapshotDirectory { get; } = Path.Combine(ProjectDirectory, "Snapshots");

    public static string SpecPath(string fileName) => Path.Combine(ProjectDirectory, "Specs", fileName);

    public static string ReadSpec(string fileName) => File.ReadAllText(SpecPath(fileName));

    public static string ReadRealSpec() => File.ReadAllText(RealSpecPath);

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
