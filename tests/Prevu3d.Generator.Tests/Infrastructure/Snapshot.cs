using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files: every generated source compared byte for byte with <c>Snapshots/{name}/{hint}</c>.
/// Set <c>PREVU3D_UPDATE_SNAPSHOTS=1</c> to rewrite them from the current output.
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("PREVU3D_UPDATE_SNAPSHOTS") == "1";

    public static void AssertMatches(string name, GeneratorRunResult result)
    {
        var directory = Path.Combine(TestPaths.SnapshotDirectory, name);
        var generated = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        Assert.NotEmpty(generated);

        if (Updating)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var (hint, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, hint), text);
            }
        }

        Assert.True(Directory.Exists(directory), $"No snapshot at {directory}; run with PREVU3D_UPDATE_SNAPSHOTS=1 to create it.");
        var expectedFiles = Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, generated.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList());

        var mismatches = new List<string>();
        foreach (var (hint, text) in generated)
        {
            var expected = File.ReadAllBytes(Path.Combine(directory, hint));
            var actual = new System.Text.UTF8Encoding(false).GetBytes(text);
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                mismatches.Add(hint + ": " + FirstDifference(System.Text.Encoding.UTF8.GetString(expected), text));
            }
        }

        Assert.True(mismatches.Count == 0, "Generated source differs from the snapshot (PREVU3D_UPDATE_SNAPSHOTS=1 to accept):" + Environment.NewLine + string.Join(Environment.NewLine, mismatches));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}: expected `{e}` but was `{a}`";
            }
        }

        return "same lines, different bytes (line endings or encoding)";
    }
}
