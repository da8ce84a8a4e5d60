using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Prevu3d.Generator.Tests.Infrastructure;
using Prevu3d.Testing;

namespace Prevu3d.Generator.Tests.Parsing;

/// <summary>
/// Issue 12, point 3: a <c>$ref</c> to any JSON pointer of the document (into <c>paths</c>, into another schema's
/// properties) and relative references to other <c>AdditionalFiles</c> of the project generate a compiling client.
/// </summary>
public sealed class ReferenceBundlerTests
{
    private const string SplitDirectory = "/specs/split/";

    [Theory]
    // Kiota's style names the schema at the place it is defined (issue 16), Pascal's after its last segment, in Models.
    // A pointer into a component's property is named there too in Kiota's style (Request_mode), as Kiota does.
    [InlineData("Kiota", ".Register.RegisterPostResponse_data_agent.g.cs", "Register.RegisterPostResponse_data_agent", "Register.RegisterPostResponse_data_tags", "Models.Request_mode")]
    [InlineData("Pascal", ".Models.Agent.g.cs", "Models.Agent", "Models.TagsItem", "Models.Mode")]
    public void ReferencesIntoPathsAndPropertiesShouldResolveToOneSharedType(string naming, string agentFile, string agent, string tag, string mode)
    {
        var result = GeneratorHarness.Run(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.Prevu3dNaming"] = naming },
            ("/specs/deep-pointers.yaml", TestPaths.ReadSpec("References/deep-pointers.yaml")));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        AssertCompiles(result);
        var sources = Sources(result);
        // The inline schema the pointer reaches is one class for both places.
        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith(agentFile, StringComparison.Ordinal));
        Assert.Contains("global::Prevu3d.RealityConnect." + agent + "? Data", sources, StringComparison.Ordinal);
        Assert.Contains("global::Prevu3d.RealityConnect." + agent + "? Agent", sources, StringComparison.Ordinal);
        Assert.Contains("global::Prevu3d.RealityConnect." + tag + "? FirstTag", sources, StringComparison.Ordinal);
        Assert.Contains("public string? User", sources, StringComparison.Ordinal);
        Assert.Contains("global::Prevu3d.RealityConnect." + mode + "? Mode", sources, StringComparison.Ordinal);
        Assert.Contains("public int? Page", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingDeepPointerShouldStillReportP3D0003AtItsLine()
    {
        var spec = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/nope'}\n";

        var result = GeneratorHarness.Run(("/specs/dangling.yaml", spec));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("P3D0003", diagnostic.Id);
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void SpecSplitOverSeveralAdditionalFilesShouldGenerateOneClient()
    {
        var result = GeneratorHarness.Run(SplitFiles());

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        AssertCompiles(result);
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains(hints, h => h.EndsWith(".Models.Pet.g.cs", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.EndsWith(".Models.Tag.g.cs", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.EndsWith(".Models.Owner.g.cs", StringComparison.Ordinal));
        var sources = Sources(result);
        // The path item of paths/pet.yaml became a builder; Owner refers back to Pet in common.yaml.
        Assert.Contains("Task<global::Prevu3d.RealityConnect.Models.Pet?> GetAsync", sources, StringComparison.Ordinal);
        Assert.Contains("List<global::Prevu3d.RealityConnect.Models.Pet>? Pets", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceToAFileNotGivenShouldStayALocatedWarning()
    {
        var files = SplitFiles().Where(f => !f.Path.EndsWith("owner.yaml", StringComparison.Ordinal)).ToArray();

        var result = GeneratorHarness.Run(files);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(SplitDirectory + "main.yaml", diagnostic.Location.GetLineSpan().Path);
        AssertCompiles(result);
    }

    [Theory]
    [InlineData("/specs/other/unrelated.yaml", true)]
    [InlineData(SplitDirectory + "common.yaml", false)]
    public void OnlyAnEditOfAReferencedFileShouldParseTheSpecAgain(string edited, bool parseCached)
    {
        var texts = SplitFiles().Append((Path: "/specs/other/unrelated.yaml", Text: "a: 1\n")).Select(f => new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Probe { internal static class Empty { } }");
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        var original = texts.Single(t => t.Path == edited);

        // A change of a type: the spec that refers to the file must see it.
        var text = original.GetText()!.ToString().Replace("label: {type: string}", "label: {type: integer}", StringComparison.Ordinal) + "\n# edited\n";
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(edited, text)).RunGenerators(compilation);

        var main = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParsedSpecs]
            .SelectMany(s => s.Outputs)
            .Single(o => o.Value is Prevu3d.Generator.Model.SpecResult { Client: not null });
        Assert.Equal(parseCached ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Modified, main.Reason);
    }

    private static (string Path, string Text)[] SplitFiles() => new[]
    {
        (SplitDirectory + "main.yaml", TestPaths.ReadSpec("References/split/main.yaml")),
        (SplitDirectory + "common.yaml", TestPaths.ReadSpec("References/split/common.yaml")),
        (SplitDirectory + "paths/pet.yaml", TestPaths.ReadSpec("References/split/paths/pet.yaml")),
        (SplitDirectory + "schemas/owner.yaml", TestPaths.ReadSpec("References/split/schemas/owner.yaml")),
    };

    private static string Sources(GeneratorRunResult result) =>
        string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));

    private static void AssertCompiles(GeneratorRunResult result)
    {
        var (_, errors) = GeneratorHarness.Compile(result);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
    }
}
