using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Prevu3d.Generator.Tests.Infrastructure;
using Xunit;

namespace Prevu3d.Generator.Tests.Corpus;

/// <summary>
/// The six real documents kept in <c>tests/Prevu3d.Corpus/Regression</c> (copied unchanged from a public package,
/// nobody here wrote them): each generates, through the real generator, code that compiles, with exactly the
/// diagnostic ids its defects deserve. Before issue 12, four of them were refused outright.
/// </summary>
public sealed class RegressionDocumentTests
{
    private static string RegressionDirectory { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Prevu3d.Corpus", "Regression");

    /// <summary>Document → the P3D ids it must report (nothing else), space-separated; empty for none.</summary>
    public static TheoryData<string, string> Documents => new()
    {
        { "swagger2-petstore-expanded.json", "" },
        { "swagger2-schema-circular.json", "" },
        { "oas30-uspto.json", "" },
        // The discriminator properties are not listed as required: a located warning each, the client still correct.
        { "oas30-discriminators.json", "P3D0013" },
        { "oas31-petstore.json", "" },
        // A document of webhooks only: said in an Info, and no operation to emit a builder for.
        { "oas31-webhooks.json", "P3D0006 P3D0014" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void ARealDocumentShouldGenerateCodeThatCompiles(string file, string expectedIds)
    {
        var path = Path.Combine(RegressionDirectory, file);
        var result = GeneratorHarness.Run((path, File.ReadAllText(path)));

        var ids = result.Diagnostics.Where(d => d.Id.StartsWith("P3D", System.StringComparison.Ordinal)).Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(expectedIds, string.Join(" ", ids));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.GeneratedSources);
        var (_, errors) = GeneratorHarness.Compile(result);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
    }
}
