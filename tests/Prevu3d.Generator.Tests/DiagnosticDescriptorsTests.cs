using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Parsing;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>One test per diagnostic id: the id, the spec file and the line it points at.</summary>
public sealed class DiagnosticDescriptorsTests
{
    private const string SpecPath = "/specs/broken.yaml";
    private const string Header = "openapi: 3.0.3\ninfo:\n  title: Broken\n  version: \"1\"\n";

    [Fact]
    public void InvalidYamlShouldReportP3D0001AtTheLine()
    {
        var diagnostic = SingleDiagnostic("openapi: 3.0.0\ninfo:\n  title: [x\npaths: {}\n");

        AssertDiagnostic(diagnostic, "P3D0001", DiagnosticSeverity.Error, line: 4);
    }

    [Fact]
    public void InvalidJsonShouldReportP3D0001()
    {
        var result = GeneratorHarness.Run(("/specs/broken.json", "{\n  \"openapi\": \"3.0.0\",\n  \"info\": { \"title\": \"x\" \n}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("P3D0001", diagnostic.Id);
        Assert.Equal("/specs/broken.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n", "openapi 4.0.0")]
    [InlineData("# a comment\nswagger: \"1.2\"\ninfo: {title: x, version: '1'}\npaths: {}\n", "swagger 1.2")]
    public void UnsupportedVersionShouldReportP3D0002AtTheVersion(string spec, string declared)
    {
        var diagnostic = SingleDiagnostic(spec);

        AssertDiagnostic(diagnostic, "P3D0002", DiagnosticSeverity.Error, line: spec.StartsWith('#') ? 2 : 1);
        Assert.Contains(declared, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DanglingSchemaReferenceShouldReportP3D0003AtTheRef()
    {
        var diagnostic = SingleDiagnostic(Header + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Missing'\n");

        AssertDiagnostic(diagnostic, "P3D0003", DiagnosticSeverity.Error, line: 14);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DanglingParameterReferenceShouldReportP3D0003()
    {
        var diagnostic = SingleDiagnostic(Header + "paths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Nope'\n      responses:\n        '204':\n          description: ok\n");

        AssertDiagnostic(diagnostic, "P3D0003", DiagnosticSeverity.Error, line: 8);
    }

    [Fact]
    public void UndeclaredSecuritySchemeShouldReportP3D0013AndStillGenerate()
    {
        var result = GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get:\n      security:\n        - nope: []\n      responses:\n        '204':\n          description: ok\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0013", DiagnosticSeverity.Warning, line: 8);
        Assert.Contains("nope", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void AContentParameterShouldReportP3D0004AndStillGenerate()
    {
        var result = GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get:\n      parameters:\n        - name: pairs\n          in: query\n          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}\n      responses:\n        '204':\n          description: ok\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0004", DiagnosticSeverity.Warning, line: 9);
        Assert.Contains("pairs", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void OneOfWithAnAlternativeOfAnyValueShouldBeAnUntypedNodeWithoutADiagnostic()
    {
        var result = GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                oneOf:\n                  - {type: object, properties: {a: {type: string}}}\n                  - {description: anything}\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Task<global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode?> GetAsync", System.StringComparison.Ordinal));
    }

    [Fact]
    public void PathsThatNormalizeToOneBuilderShouldReportP3D0005()
    {
        var diagnostic = SingleDiagnostic(Header + "paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\n  //a:\n    post: {responses: {'204': {description: ok}}}\n");

        AssertDiagnostic(diagnostic, "P3D0005", DiagnosticSeverity.Error, line: 8);
        Assert.Contains("//a", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SpecWithoutOperationsShouldReportP3D0006()
    {
        var result = GeneratorHarness.Run((SpecPath, Header + "paths: {}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0006", DiagnosticSeverity.Warning, line: 5);
    }

    [Fact]
    public void DocumentTheReaderCannotReadShouldReportP3D0007AtTheObject()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get:\n      responses: nothing\n")).Diagnostics, d => d.Id == "P3D0007");

        AssertDiagnostic(diagnostic, "P3D0007", DiagnosticSeverity.Error, line: 8);
        Assert.Contains("map", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParameterWithoutAPlaceShouldReportP3D0007()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get:\n      parameters: [{name: q, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n")).Diagnostics, d => d.Id == "P3D0007");

        AssertDiagnostic(diagnostic, "P3D0007", DiagnosticSeverity.Error, line: 8);
    }

    [Fact]
    public void UnknownPropertyShouldReportP3D0013AtThePropertyOwnerAndStillGenerate()
    {
        var diagnostic = SingleDiagnostic(Header + "paths:\n  /a:\n    get:\n      bogus: 1\n      responses:\n        '204':\n          description: ok\n");

        AssertDiagnostic(diagnostic, "P3D0013", DiagnosticSeverity.Warning, line: 7);
        Assert.Contains("bogus", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnknownSchemaKeywordShouldReportP3D0013AndStillGenerate()
    {
        var result = GeneratorHarness.Run((SpecPath, Header + "paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\ncomponents:\n  schemas:\n    Labels:\n      type: object\n      patternProperties:\n        '^x-': {type: string}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0013", DiagnosticSeverity.Warning, line: 10);
        Assert.Contains("patternProperties", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("PathMustBeUnique", "paths:\n  /a/{x}:\n    get: {parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n  /a/{y}:\n    delete: {parameters: [{name: y, in: path, required: true, schema: {type: string}}], responses: {'204': {description: ok}}}\n", 8)]
    [InlineData("ValidateSchemaDiscriminator", "paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      discriminator: {propertyName: kind}\n      properties: {kind: {type: string}}\n", 12)]
    [InlineData("InfoRequiredFields", "paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\n", 2)]
    public void ValidationFindingThatDoesNotStopAClientShouldReportP3D0013AtItsLine(string rule, string body, int line)
    {
        var spec = rule == "InfoRequiredFields" ? "openapi: 3.0.3\ninfo:\n  version: \"1\"\n" + body : Header + body;

        var result = GeneratorHarness.Run((SpecPath, spec));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "P3D0013");
        AssertDiagnostic(diagnostic, "P3D0013", DiagnosticSeverity.Warning, line);
        Assert.Contains(rule, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void WebhooksShouldReportP3D0014AsInformation()
    {
        var result = GeneratorHarness.Run((SpecPath, "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\nwebhooks:\n  newPet:\n    post: {responses: {'200': {description: ok}}}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0014", DiagnosticSeverity.Info, line: 6);
        Assert.Contains("newPet", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void ReaderWarningShouldBecomeP3D0008AtItsPointer()
    {
        const string Text = "openapi: 3.0.0\npaths:\n  /a:\n    get: {}\n";
        var positions = SpecPositions.Load(SpecPath, Text);

        var info = DocumentReader.FromReaderWarning(new OpenApiError("#/paths/~1a/get", "Something odd"), positions);

        var diagnostic = info.ToDiagnostic();
        AssertDiagnostic(diagnostic, "P3D0008", DiagnosticSeverity.Warning, line: 4);
        Assert.Contains("Something odd", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void InvalidNamespaceOptionShouldReportP3D0009()
    {
        var result = GeneratorHarness.Run(new Dictionary<string, string> { ["build_property.Prevu3dClientNamespace"] = "My.1Bad" }, (SpecPath, TestPaths.ReadRealSpec()));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("P3D0009", diagnostic.Id);
        Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void UnknownNamingStyleShouldReportP3D0009()
    {
        var result = GeneratorHarness.Run(new Dictionary<string, string> { ["build_property.Prevu3dNaming"] = "Camel" }, (SpecPath, TestPaths.ReadRealSpec()));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("P3D0009", diagnostic.Id);
        Assert.Contains("Prevu3dNaming 'Camel'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void TwoSpecsInOneNamespaceShouldReportP3D0010()
    {
        var spec = TestPaths.ReadRealSpec();

        var result = GeneratorHarness.Run(("/specs/one.yaml", spec), ("/specs/two.yaml", spec));

        Assert.Equal("P3D0010", Assert.Single(result.Diagnostics).Id);
        Assert.Null(result.Exception);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("# only a comment about openapi\n", "holds no YAML document")]
    [InlineData("openApiOutput: ./generated\n", "no top-level 'openapi' field")]
    [InlineData("- openapi: 3.0.3\n", "root is not a mapping")]
    public void EmptyOrNonDocumentSpecShouldReportP3D0011(string spec, string reason)
    {
        var result = GeneratorHarness.Run((SpecPath, spec));

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "P3D0011", DiagnosticSeverity.Warning, line: 1);
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void AliasBombShouldReportP3D0012AtTheFirstAlias()
    {
        var levels = string.Concat(Enumerable.Range(1, 12).Select(i => "  l" + i + ": &l" + i + " [" + string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 9)) + "]\n"));

        var diagnostic = SingleDiagnostic(Header + "paths: {}\nx-lol:\n  l0: &l0 [lol]\n" + levels);

        AssertDiagnostic(diagnostic, "P3D0012", DiagnosticSeverity.Error, line: 8);
        Assert.Contains("aliases", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NestingBeyondTheReaderLimitShouldReportP3D0012()
    {
        var diagnostic = SingleDiagnostic(Header + "paths: {}\nx-deep: " + new string('[', 100) + new string(']', 100) + "\n");

        AssertDiagnostic(diagnostic, "P3D0012", DiagnosticSeverity.Error, line: 6);
        Assert.Contains("nesting depth", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParserFailureShouldReportP3D0099InsteadOfThrowing()
    {
        var input = new SpecInput(SpecPath, null!, "Ns", "Client");

        var result = SpecParser.Parse(input, CancellationToken.None);

        Assert.Null(result.Client);
        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        AssertDiagnostic(diagnostic, "P3D0099", DiagnosticSeverity.Error, line: 1);
    }

    [Fact]
    public void FileThatIsNotOpenApiShouldBeIgnoredQuietly()
    {
        var result = GeneratorHarness.Run(("/config/appsettings.json", "{ \"Logging\": { \"LogLevel\": \"Debug\" } }"), ("/config/broken.yml", "key: [unclosed\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
        Assert.Null(result.Exception);
    }

    [Fact]
    public void EveryDescriptorShouldBeListedInTheReleaseTable()
    {
        var table = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "generator", "Prevu3d.Generator", "AnalyzerReleases.Unshipped.md"));
        var ids = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().ToList();

        Assert.Equal(15, ids.Count);
        Assert.All(ids, d => Assert.Contains(d.Id + " | Prevu3d.Generator | " + d.DefaultSeverity, table));
    }

    private static Diagnostic SingleDiagnostic(string spec)
    {
        var result = GeneratorHarness.Run((SpecPath, spec));
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            // A broken spec fails the build: nothing half-generated.
            Assert.Empty(result.GeneratedSources);
        }

        return diagnostic;
    }

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SpecPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
    }
}
