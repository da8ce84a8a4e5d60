using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

namespace Prevu3d.RealityConnect.IntegrationTests.Support;

/// <summary>
/// A generated part of the repository's README, between <c>&lt;!-- NAME:begin --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>;
/// <c>PREVU3D_UPDATE_README=1</c> rewrites it instead of comparing.
/// </summary>
internal static class ReadmeSection
{
    public static string FaultTable(IEnumerable<FaultCase> rows)
    {
        var text = new StringBuilder()
            .Append("| fault (emulator) | SDK behaviour (outcome; requests the route received) |\n")
            .Append("|---|---|\n");
        foreach (var row in rows)
        {
            text.Append("| ").Append(row.Fault).Append(" | ").Append(row.Behaviour).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The section's current text, after rewriting it with <paramref name="expected"/> when asked to.</summary>
    public static string ReadOrUpdate(string name, string expected)
    {
        var path = ReadmePath();
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- {name}:begin -->\n";
        var end = $"<!-- {name}:end -->";
        var start = readme.IndexOf(begin, StringComparison.Ordinal);
        var stop = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md has no '{begin.Trim()}' ... '{end}' section.");
        var current = readme[(start + begin.Length)..stop];
        if (Environment.GetEnvironmentVariable("PREVU3D_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..(start + begin.Length)] + expected + readme[stop..]);
            return expected;
        }

        return current;
    }

    /// <summary>The repository's README.md, found above the test's output folder.</summary>
    public static string ReadmePath() => Path.Combine(RepositoryRoot(), "README.md");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("Prevu3d.Generated.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Prevu3d.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
