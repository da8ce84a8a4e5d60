using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests.Parsing;

/// <summary>
/// Issue 12, point 1: every version Microsoft.OpenApi reads into its one model generates a compiling client,
/// with the 3.1 constructs (type arrays with null, const, examples, $ref with siblings, contentMediaType,
/// jsonSchemaDialect, components/pathItems) and webhooks reported as information.
/// </summary>
public sealed class DocumentReaderTests
{
    [Theory]
    [InlineData("openapi-31.yaml", "P3D0014")]
    [InlineData("openapi-32.yaml", "P3D0014")]
    [InlineData("swagger-20.yaml", "")]
    public void EverySupportedVersionShouldGenerateACompilingClient(string file, string expectedIds)
    {
        var path = "/specs/versions/" + file;

        var result = GeneratorHarness.Run((path, TestPaths.ReadSpec("Versions/" + file)));

        Assert.Null(result.Exception);
        Assert.Equal(expectedIds, string.Join(" ", result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)));
        var (_, errors) = GeneratorHarness.Compile(result);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
        var sources = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("public partial class Pet ", sources, StringComparison.Ordinal);
        Assert.Contains("Task<global::System.Collections.Generic.List<global::Prevu3d.RealityConnect.Models.Pet>?> GetAsync", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeArraysWithNullShouldGiveNullableMembers()
    {
        var result = GeneratorHarness.Run(("/specs/versions/openapi-31.yaml", TestPaths.ReadSpec("Versions/openapi-31.yaml")));

        var pet = result.GeneratedSources.Single(s => s.HintName.EndsWith(".Pet.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("public string? Name", pet, StringComparison.Ordinal);
        Assert.Contains("public int? Age", pet, StringComparison.Ordinal);
        Assert.Contains("global::Prevu3d.RealityConnect.Models.Owner? Owner", pet, StringComparison.Ordinal);
    }

    [Fact]
    public void WebhooksShouldBeReportedOnceAndGetNoBuilder()
    {
        var result = GeneratorHarness.Run(("/specs/versions/openapi-31.yaml", TestPaths.ReadSpec("Versions/openapi-31.yaml")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("petAdopted", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("PetAdopted", StringComparison.Ordinal));
    }
}
