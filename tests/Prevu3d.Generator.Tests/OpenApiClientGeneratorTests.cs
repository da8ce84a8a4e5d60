using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Generator.Tests.Infrastructure;
using Prevu3d.Testing;

namespace Prevu3d.Generator.Tests;

/// <summary>The pipeline: incremental caching, what it holds, options and which files it reads.</summary>
public sealed class OpenApiClientGeneratorTests
{
    private const string SpecPath = "/specs/realityconnect.yaml";

    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryStageShouldBeTracked()
    {
        var (_, first) = RunTwice(unrelatedEdit: false);

        Assert.Equal(AllTrackingNames.OrderBy(n => n), first.TrackedSteps.Keys.Where(AllTrackingNames.Contains).OrderBy(n => n));
    }

    [Fact]
    public void UnrelatedCSharpEditShouldLeaveEveryTrackedStepCached()
    {
        var (second, _) = RunTwice(unrelatedEdit: true);

        var steps = second.TrackedSteps.Where(s => AllTrackingNames.Contains(s.Key)).ToList();
        Assert.Equal(AllTrackingNames.Length, steps.Count);
        AssertAllCachedOrUnchanged(steps.SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Reason)))));
        AssertAllCachedOrUnchanged(second.TrackedOutputSteps.SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Reason)))));
    }

    [Fact]
    public void RunningTwiceWithoutChangesShouldLeaveEveryStepCached()
    {
        var (second, _) = RunTwice(unrelatedEdit: false);

        AssertAllCachedOrUnchanged(second.TrackedSteps.Where(s => AllTrackingNames.Contains(s.Key)).SelectMany(s => s.Value.SelectMany(step => step.Outputs.Select(o => (s.Key, o.Reason)))));
    }

    [Fact]
    public void PipelineShouldHoldNoRoslynObject()
    {
        var (_, first) = RunTwice(unrelatedEdit: false);

        var found = first.TrackedSteps
            .Where(s => AllTrackingNames.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany((step, i) => step.Outputs.SelectMany(o => RoslynObjectWalker.FindRoslynObjects(o.Value, s.Key + "[" + i + "]"))))
            .ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void WalkerShouldFindARoslynObject()
    {
        // The walk above must be able to fail: a value holding a SyntaxTree is reported.
        var holder = new { Items = new object[] { "text", CSharpSyntaxTree.ParseText("class C { }") } };

        var found = RoslynObjectWalker.FindRoslynObjects(holder, "holder");

        Assert.Single(found);
    }

    [Fact]
    public void EditingTheSpecShouldRegenerateTheClient()
    {
        var original = new InMemoryAdditionalText(SpecPath, TestPaths.ReadRealSpec());
        var driver = GeneratorHarness.CreateDriver(new[] { original });
        var compilation = GeneratorHarness.CreateCompilation("class Unrelated { }");
        driver = driver.RunGenerators(compilation);
        var edited = new InMemoryAdditionalText(SpecPath, TestPaths.ReadRealSpec().Replace("  /oauth/api-info:", "  /v1/ping:\n    get:\n      responses:\n        \"204\":\n          description: Pong.\n  /oauth/api-info:"));

        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.ParsedSpecs], s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Prevu3d.RealityConnect.V1.Ping.PingRequestBuilder.g.cs");
    }

    [Fact]
    public void MovingLinesInTheSpecShouldChangeOnlyTheDiagnostics()
    {
        const string Body = "paths:\n  /a:\n    get:\n      parameters:\n        - name: pairs\n          in: query\n          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}\n      responses:\n        '204':\n          description: ok\n";
        var original = new InMemoryAdditionalText(SpecPath, "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n" + Body);
        var moved = new InMemoryAdditionalText(SpecPath, "openapi: 3.0.0\n# a new comment line\n\ninfo: {title: t, version: '1'}\n" + Body);
        var compilation = GeneratorHarness.CreateCompilation("class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(new[] { original }).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        driver = driver.ReplaceAdditionalText(original, moved).RunGenerators(compilation);

        var after = driver.GetRunResult().Results.Single();
        Assert.Equal(before.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line + 2, after.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.All(after.TrackedSteps[TrackingNames.Diagnostics].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(after.TrackedSteps[TrackingNames.ParsedSpecs].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        AssertAllCachedOrUnchanged(after.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs.Select(o => (TrackingNames.Clients, o.Reason))));
        AssertAllCachedOrUnchanged(after.TrackedSteps[TrackingNames.UniqueClients].SelectMany(s => s.Outputs.Select(o => (TrackingNames.UniqueClients, o.Reason))));
    }

    [Fact]
    public void NamespaceAndClassNamePropertiesShouldNameTheClient()
    {
        var result = GeneratorHarness.Run(
            new Dictionary<string, string> { ["build_property.Prevu3dClientNamespace"] = "Acme.Api", ["build_property.Prevu3dClientClassName"] = "AcmeClient" },
            (SpecPath, TestPaths.ReadRealSpec()));

        var root = Assert.Single(result.GeneratedSources, s => s.HintName == "Acme.Api.AcmeClient.g.cs");
        Assert.Contains("public partial class AcmeClient : global::Microsoft.Kiota.Abstractions.BaseRequestBuilder", root.SourceText.ToString());
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Acme.Api.Models.Node.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Acme.Api.SecurityRequirementOption.g.cs");
    }

    [Fact]
    public void PerFileMetadataShouldWinOverTheProjectProperty()
    {
        var spec = TestPaths.ReadRealSpec();
        var driver = GeneratorHarness.CreateDriver(
            new[] { new InMemoryAdditionalText("/a.yaml", spec), new InMemoryAdditionalText("/b.yaml", spec) },
            new Dictionary<string, string> { ["build_property.Prevu3dClientNamespace"] = "Project.Wide" },
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/b.yaml"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Prevu3dClientNamespace"] = "Per.File", ["build_metadata.AdditionalFiles.Prevu3dClientClassName"] = "OtherClient" },
            });

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Project.Wide.RealityConnectClient.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Per.File.OtherClient.g.cs");
        var (_, diagnostics) = GeneratorHarness.Compile(result);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
    }

    [Fact]
    public void NamingPropertyShouldChooseKiotaNamesByDefaultAndPascalNamesWhenAsked()
    {
        var spec = TestPaths.ReadRealSpec();
        var driver = GeneratorHarness.CreateDriver(
            new[] { new InMemoryAdditionalText("/kiota.yaml", spec), new InMemoryAdditionalText("/pascal.yaml", spec) },
            new Dictionary<string, string> { ["build_property.Prevu3dClientNamespace"] = "Kiota.Names" },
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/pascal.yaml"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Prevu3dClientNamespace"] = "Pascal.Names", ["build_metadata.AdditionalFiles.Prevu3dNaming"] = "pascal" },
            });

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Kiota.Names.Models.TokenRequest_grant_type.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Pascal.Names.Models.TokenRequestGrantType.g.cs");
        // Both spellings bind under the real compiler, each in its own client.
        var (_, diagnostics) = GeneratorHarness.Compile(
            result,
            "namespace Probe { internal static class Names { internal static object[] Both() => new object[] { new global::Kiota.Names.Models.TokenRequest { GrantType = global::Kiota.Names.Models.TokenRequest_grant_type.Client_credentials }, new global::Pascal.Names.Models.TokenRequest { GrantType = global::Pascal.Names.Models.TokenRequestGrantType.ClientCredentials } }; } }");
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
    }

    [Theory]
    [InlineData("/spec.yaml", true)]
    [InlineData("/spec.YML", true)]
    [InlineData("/spec.json", true)]
    [InlineData("/spec.txt", false)]
    [InlineData("/spec.yaml.bak", false)]
    public void OnlyYamlAndJsonFilesShouldBeRead(string path, bool generates)
    {
        var result = GeneratorHarness.Run((path, TestPaths.ReadSpec("minimal.json")));

        Assert.Equal(generates, result.GeneratedSources.Length > 0);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void TruncatedSpecsShouldNeverCrashTheGenerator()
    {
        var lines = TestPaths.ReadRealSpec().Replace("\r\n", "\n").Split('\n');
        var seen = new HashSet<string>();

        for (var count = 1; count < lines.Length; count += 5)
        {
            var result = GeneratorHarness.Run((SpecPath, string.Join("\n", lines.Take(count)) + "\n"));

            Assert.Null(result.Exception);
            Assert.All(result.Diagnostics, d => Assert.StartsWith("P3D", d.Id, StringComparison.Ordinal));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "P3D0099");
            seen.UnionWith(result.Diagnostics.Select(d => d.Id));
        }

        // The truncations really were broken specs, reported as such.
        Assert.Contains("P3D0007", seen);
    }

    private static (GeneratorRunResult Second, GeneratorRunResult First) RunTwice(bool unrelatedEdit)
    {
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(SpecPath, TestPaths.ReadRealSpec()) });
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class One { } }");
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var next = unrelatedEdit ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public static class Two { } }", GeneratorHarness.ParseOptions)) : compilation;
        driver = driver.RunGenerators(next);
        return (driver.GetRunResult().Results.Single(), first);
    }

    private static void AssertAllCachedOrUnchanged(IEnumerable<(string Step, IncrementalStepRunReason Reason)> outputs)
    {
        var list = outputs.ToList();
        Assert.NotEmpty(list);
        var bad = list.Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        Assert.True(bad.Count == 0, "Steps that reran: " + string.Join(", ", bad.Select(b => b.Step + "=" + b.Reason)));
    }
    [Fact]
    public void ALargeClientShouldBeEmittedInBatchesThatCompileAndHoldEveryType()
    {
        // 300 paths of one operation each, under 30 parents, and 40 models: over 256 files one per type.
        var spec = new System.Text.StringBuilder("openapi: 3.0.3\ninfo: {title: Large, version: '1'}\npaths:\n");
        for (var i = 0; i < 300; i++)
        {
            spec.Append("  /p").Append(i % 30).Append("/q").Append(i).Append(":\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/M").Append(i % 40).Append("'}\n");
        }

        spec.Append("components:\n  schemas:\n");
        for (var i = 0; i < 40; i++)
        {
            spec.Append("    M").Append(i).Append(": {type: object, properties: {a: {type: string}}}\n");
        }

        var result = GeneratorHarness.Run(("/specs/large.yaml", spec.ToString()));

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        var parts = result.GeneratedSources.Where(s => s.HintName.Contains(".generated-part-", StringComparison.Ordinal)).ToList();
        // 1 client + 30 + 300 builders + 40 models = 371 types: 6 parts of at most 64; the support types stay apart.
        Assert.Equal(6, parts.Count);
        Assert.All(parts, p => Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", p.SourceText.ToString(), StringComparison.Ordinal));
        Assert.All(parts, p => Assert.Single(System.Text.RegularExpressions.Regex.Matches(p.SourceText.ToString(), "#nullable enable")));
        var (compilation, diagnostics) = GeneratorHarness.Compile(result);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.NotNull(compilation.GetTypeByMetadataName("Prevu3d.RealityConnect.RealityConnectClient"));
        Assert.NotNull(compilation.GetTypeByMetadataName("Prevu3d.RealityConnect.Models.M39"));
        Assert.NotNull(compilation.GetTypeByMetadataName("Prevu3d.RealityConnect.P29.Q299.Q299RequestBuilder"));
    }
}
