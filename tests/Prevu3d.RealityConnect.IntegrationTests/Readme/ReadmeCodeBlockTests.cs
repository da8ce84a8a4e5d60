using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.Readme;

/// <summary>
/// Compiles every <c>```csharp</c> block of the repository's README against the SDK, the emulator and their references,
/// so a snippet cannot drift from the API again (a missing <c>using</c>, a renamed member).
/// </summary>
/// <remarks>
/// A block is compiled as the body of an async method, after its own <c>using</c> lines, with implicit usings off:
/// what it needs must be written in it. A fragment may use the ambient names a reader has in an application
/// (<see cref="Ambient"/>); they become parameters only when the block does not declare them itself. Warnings fail too.
/// </remarks>
public sealed class ReadmeCodeBlockTests
{
    // Names a README fragment may use without declaring them, as a reader's application has them.
    private static readonly Dictionary<string, string> Ambient = new(StringComparer.Ordinal)
    {
        ["services"] = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection",
        ["configuration"] = "global::Microsoft.Extensions.Configuration.IConfiguration",
    };

    // Blocks that are deliberately not compiled, by their first line, with the reason. Empty today: every block compiles.
    private static readonly Dictionary<string, string> NotCompiled = new(StringComparer.Ordinal);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, code) in CSharpBlocks(File.ReadAllText(ReadmeSection.ReadmePath())))
        {
            data.Add(line, code);
        }

        return data;
    }

    [Fact]
    public void ReadmeShouldHaveTheSnippetsThisTestGuards()
    {
        var blocks = CSharpBlocks(File.ReadAllText(ReadmeSection.ReadmePath())).Select(b => b.Code).ToList();

        Assert.Contains(blocks, b => b.Contains("new HierarchyWalker(client)", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("services.AddRealityConnectClient(", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("EmulatorFault.Forbidden(", StringComparison.Ordinal));
        Assert.All(NotCompiled.Keys, first => Assert.Contains(blocks, b => FirstLine(b) == first));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void ReadmeBlockShouldCompileAsShown(int line, string code)
    {
        if (NotCompiled.TryGetValue(FirstLine(code), out var reason))
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"README.md line {line}: a block left out needs a reason.");
            return;
        }

        var source = Wrap(code);
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlockAtLine{line}",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: $"README.md:{line}")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, $"The C# block at README.md line {line} does not compile as shown:\n{string.Join("\n", problems)}\n---\n{source}");
    }

    [Fact]
    public void ABlockWithoutItsUsingLineShouldNotCompile()
    {
        // The check itself: the walker snippet as the README used to show it (no using of the Hierarchy namespace).
        const string code = """
            using Prevu3d.RealityConnect;

            var client = new RealityConnectClient(RealityConnectClientOptions.FromEnvironment());
            var walker = new HierarchyWalker(client);
            """;
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(Wrap(code))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0246" && d.GetMessage().Contains("HierarchyWalker", StringComparison.Ordinal));
    }

    /// <summary>The <c>```csharp</c> blocks of a Markdown text, with the line each starts on.</summary>
    internal static List<(int Line, string Code)> CSharpBlocks(string markdown)
    {
        var blocks = new List<(int, string)>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            blocks.Add((start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return blocks;
    }

    // The block's leading using directives stay at the top of the file; the rest becomes an async method's body.
    private static string Wrap(string code)
    {
        var lines = code.Split('\n');
        var split = 0;
        while (split < lines.Length && (IsUsingDirective(lines[split]) || string.IsNullOrWhiteSpace(lines[split])))
        {
            split++;
        }

        var body = string.Join('\n', lines[split..]);
        var declared = DeclaredNames(body);
        var parameters = Ambient.Where(a => !declared.Contains(a.Key) && body.Contains(a.Key, StringComparison.Ordinal))
            .Select(a => $"{a.Value} {a.Key}");
        return new StringBuilder()
            .AppendJoin('\n', lines[..split]).Append('\n')
            .Append("internal static class ReadmeBlock\n{\n")
            .Append("    internal static async global::System.Threading.Tasks.Task RunAsync(").AppendJoin(", ", parameters).Append(")\n    {\n")
            .Append("#line 1\n")
            .Append(body).Append('\n')
            .Append("        await global::System.Threading.Tasks.Task.CompletedTask;\n    }\n}\n")
            .ToString();
    }

    private static bool IsUsingDirective(string line)
    {
        var text = line.Trim();
        return text.StartsWith("using ", StringComparison.Ordinal) && text.EndsWith(';') && !text.StartsWith("using var ", StringComparison.Ordinal) && !text.Contains('(', StringComparison.Ordinal);
    }

    private static HashSet<string> DeclaredNames(string body)
    {
        var root = CSharpSyntaxTree.ParseText("class C { async System.Threading.Tasks.Task M() {\n" + body + "\n} }").GetRoot();
        return root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)
            .Concat(root.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.ValueText))
            .Concat(root.DescendantNodes().OfType<ForEachStatementSyntax>().Select(v => v.Identifier.ValueText))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string FirstLine(string code) => code.Split('\n')[0].Trim();
}
