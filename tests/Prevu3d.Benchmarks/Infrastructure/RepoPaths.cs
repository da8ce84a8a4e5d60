using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>Where the repository and its tools are, as MSBuild saw them when this project was built.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(Metadata("RepoRoot"));

    public static string Configuration { get; } = Metadata("Configuration");

    public static string SpecFile { get; } = Path.Combine(Root, "spec", "realityconnect.yaml");

    /// <summary>The emulator's own build output: it runs as a separate process, not on the benchmark's threads.</summary>
    public static string EmulatorDll { get; } = Path.Combine(
        Root, "src", "Prevu3d.RealityConnect.Emulator", "bin", Configuration, "net10.0", "Prevu3d.RealityConnect.Emulator.dll");

    /// <summary>NSwag.MSBuild's net10.0 command line (the only one that runs on this machine's single runtime).</summary>
    public static string NSwagDll { get; } = Path.Combine(Metadata("NSwagDir"), "dotnet-nswag.dll");

    public static string Artifacts { get; } = Path.Combine(Root, "artifacts", "benchmarks");

    private static string Metadata(string key)
        => typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The build did not record '{key}'.");
}
