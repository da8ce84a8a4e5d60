using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>
/// The specs every code generator is timed on: the real one, synthetic ones of 100, 1,000 and 5,000 operations, and
/// the largest corpus document (<see cref="CorpusSpec"/>) when it has been fetched.
/// </summary>
internal static class GeneratorSpecs
{
    public const string Real = "real";

    /// <summary>The synthetic specs, the only ones whose growth with size is compared.</summary>
    public static IReadOnlyList<string> Synthetic { get; } = ["ops100", "ops1000", "ops5000"];

    public static IReadOnlyList<string> Names { get; } = CorpusSpec.Available
        ? [Real, .. Synthetic, CorpusSpec.Name]
        : [Real, .. Synthetic];

    public static string Text(string name) => name switch
    {
        Real => File.ReadAllText(RepoPaths.SpecFile),
        CorpusSpec.Name => CorpusSpec.Text(),
        _ => SyntheticSpec.Create(Operations(name)),
    };

    /// <summary>The file extension the spec is read with: the generator picks its reader by it.</summary>
    public static string Extension(string name) => name == CorpusSpec.Name ? ".json" : ".yaml";

    /// <summary>How many operations the spec has (the real spec: 3; the corpus document: counted by Microsoft.OpenApi).</summary>
    public static int Operations(string name) => name switch
    {
        Real => 3,
        CorpusSpec.Name => CorpusSpec.Operations,
        _ => int.Parse(name.AsSpan(3), CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The spec files the CLI tools read: the generated ones written to a folder, the corpus document where it
    /// already is (a .json file, as the tools need to read it as JSON).
    /// </summary>
    public static IReadOnlyDictionary<string, string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new Dictionary<string, string>();
        foreach (var name in Names)
        {
            if (name == CorpusSpec.Name)
            {
                paths[name] = CorpusSpec.ExpectedPath!;
                continue;
            }

            var path = Path.Combine(directory, name + Extension(name));
            File.WriteAllText(path, Text(name));
            paths[name] = path;
        }

        return paths;
    }
}
