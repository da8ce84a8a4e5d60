using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Prevu3d.Cli.Tests;

public sealed partial class ExitCodesTests
{
    [Fact]
    public void ReadmeTableShouldListEveryExitCodeAndNoOther()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (int)f.GetRawConstantValue()!)
            .Order()
            .ToList();

        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## The `prevu3d` CLI", StringComparison.Ordinal)..];
        var table = section[section.IndexOf("| code | meaning |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var documented = TableRow().Matches(table).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal(codes, documented);
        Assert.Contains(ExitCodes.Partial, documented);
    }

    [GeneratedRegex(@"^\| (\d+) \| ", RegexOptions.Multiline)]
    private static partial Regex TableRow();

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
