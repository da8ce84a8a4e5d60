using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Prevu3d.Generator;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>
/// The generator builds a run compares: this repository's, and optionally a baseline build of an earlier commit, so a
/// refactoring is measured against what it replaces in the same process and the same minutes (the machine is shared
/// and noisy: two runs an hour apart do not compare).
/// </summary>
/// <remarks>
/// The baseline is the <c>Prevu3d.Generator.dll</c> found in the folder named by <see cref="EnvironmentVariable"/>
/// (tests/Prevu3d.Benchmarks/build-baseline-generator.sh writes one). It is loaded in its own
/// <see cref="AssemblyLoadContext"/> so both builds of the same assembly name live side by side; Roslyn, the OpenAPI
/// parser and the framework come from the default context, as one compiler process would share them.
/// </remarks>
internal static class BaselineGenerator
{
    public const string EnvironmentVariable = "PREVU3D_BASELINE_GENERATOR_DIR";
    public const string Current = "current";
    public const string Baseline = "baseline";

    private static readonly Lazy<Type?> LazyBaselineType = new(LoadBaselineType);

    /// <summary>The folder of the baseline build, or null when none was asked for.</summary>
    public static string? Directory => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } dir ? dir : null;

    /// <summary>The builds to measure: the current one, and the baseline when its folder is set.</summary>
    public static string[] Names() => Directory is null ? [Current] : [Current, Baseline];

    public static IIncrementalGenerator Create(string name) => name switch
    {
        Current => new OpenApiClientGenerator(),
        Baseline => (IIncrementalGenerator)Activator.CreateInstance(LazyBaselineType.Value
            ?? throw new InvalidOperationException($"No incremental generator in the baseline build at {Directory}."))!,
        _ => throw new ArgumentException($"Unknown generator build '{name}'.", nameof(name)),
    };

    private static Type? LoadBaselineType()
    {
        var directory = Directory ?? throw new InvalidOperationException($"Set {EnvironmentVariable} to compare with a baseline build.");
        var path = Path.Combine(directory, "Prevu3d.Generator.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{EnvironmentVariable} names {directory}, which has no Prevu3d.Generator.dll.", path);
        }

        var assembly = new BaselineLoadContext(path).LoadFromAssemblyPath(Path.GetFullPath(path));
        // Found by attribute rather than by name: the class was renamed between builds the suite may compare.
        return assembly.GetTypes().FirstOrDefault(t => t.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(t));
    }

    private sealed class BaselineLoadContext(string generatorPath) : AssemblyLoadContext("Prevu3d.Generator baseline", isCollectible: false)
    {
        // Only the generator itself is taken from the baseline folder; everything else resolves in the default context.
        protected override Assembly? Load(AssemblyName assemblyName) =>
            string.Equals(assemblyName.Name, "Prevu3d.Generator", StringComparison.Ordinal) ? LoadFromAssemblyPath(Path.GetFullPath(generatorPath)) : null;
    }
}
