using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>The specs every code generator is timed on: the real one, and synthetic ones of 100, 1,000 and 5,000 operations.</summary>
internal static class GeneratorSpecs
{
    public const string Real = "real";

    public static IReadOnlyList<string> Names { get; } = [Real, "ops100", "ops1000", "ops5000"];

    public static string Text(string name) => name == Real
        ? File.ReadAllText(RepoPaths.SpecFile)
        : SyntheticSpec.Create(Operations(name));

    /// <summary>How many operations the spec has (the real spec: 3).</summary>
    public static int Operations(string name) => name == Real ? 3 : int.Parse(name.AsSpan(3), CultureInfo.InvariantCulture);

    /// <summary>Writes every spec to a folder (the CLI tools read files).</summary>
    public static IReadOnlyDictionary<string, string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new Dictionary<string, string>();
        foreach (var name in Names)
        {
            var path = Path.Combine(directory, name + ".yaml");
            File.WriteAllText(path, Text(name));
            paths[name] = path;
        }

        return paths;
    }
}
