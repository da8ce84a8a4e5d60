using System;
using System.Linq;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests.Parsing;

public sealed class SchemaResolverTests
{
    [Fact]
    public void BinaryPropertyOfAModelShouldBeAByteArrayWhileABinaryBodyStaysAStream()
    {
        const string Spec = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /images:\n    put:\n      requestBody:\n        content:\n          image/png:\n            schema: {type: string, format: binary}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  thumbnail: {type: string, format: binary}\n";

        var result = GeneratorHarness.Run(("/specs/binary.yaml", Spec));

        Assert.Empty(result.Diagnostics);
        var (_, errors) = GeneratorHarness.Compile(result);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
        var sources = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("public byte[]? Thumbnail", sources, StringComparison.Ordinal);
        Assert.Contains("PutAsync(global::System.IO.Stream body", sources, StringComparison.Ordinal);
    }

    private const string NamingSpec = """
        openapi: 3.0.3
        info: {title: names, version: '1'}
        paths:
          /related_tags:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Tests'}}}}
          /math:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/task'}}}}
          /models:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/lifecycle'}}}}
        components:
          schemas:
            Tests:
              type: object
              properties:
                tests: {type: object, properties: {name: {type: string}}}
                event: {type: string, enum: [on, off]}
                stop: {oneOf: [{type: string}, {type: array, items: {type: string}}]}
            task:
              type: object
              properties:
                id: {type: string}
            HRef:
              type: object
              properties:
                href: {type: string}
            lifecycle:
              type: string
              enum: [not_run, ARTIFICIAL_PLANET, 2d]
        """;

    [Theory]
    [InlineData("Kiota", "var t = new Names.Models.Tests { TestsProp = new Names.Models.Tests_tests { Name = \"n\" }, Event = Names.Models.Tests_event.On }; var k = new Names.Models.TaskObject(); var l = new[] { Names.Models.Lifecycle.Not_run, Names.Models.Lifecycle.ARTIFICIAL_PLANET, Names.Models.Lifecycle.Twod }; Names.Related_tags.Related_tagsRequestBuilder r = client.Related_tags; Names.MathNamespace.MathRequestBuilder m = client.Math; Names.ModelsRequests.ModelsRequestBuilder s = client.Models; var w = new Names.Models.Tests.Tests_stop { TestsStopString = \"x\", String = new System.Collections.Generic.List<string>() }; var h = new Names.Models.HRef { HrefProp = \"x\" };")]
    [InlineData("Pascal", "var t = new Names.Models.Tests { TestsEscaped = new Names.Models.TestsTests { Name = \"n\" }, Event = Names.Models.TestsEvent.On }; var k = new Names.Models.Task(); var l = new[] { Names.Models.Lifecycle.NotRun, Names.Models.Lifecycle.ARTIFICIALPLANET, Names.Models.Lifecycle._2d }; Names.RelatedTags.RelatedTagsRequestBuilder r = client.RelatedTags; Names.Math.MathRequestBuilder m = client.Math; Names.ModelsEndpoint.ModelsRequestBuilder s = client.Models; var w = new Names.Models.TestsStop { TestsStopString = \"x\", String = new System.Collections.Generic.List<string>() }; var h = new Names.Models.HRef { Href = \"x\" };")]
    public void TypeNamespaceAndEnumMemberNamesShouldFollowTheNamingStyle(string naming, string statements)
    {
        var result = GeneratorHarness.Run(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.Prevu3dNaming"] = naming, ["build_property.Prevu3dClientNamespace"] = "Names", ["build_property.Prevu3dClientClassName"] = "NamesClient" },
            ("/specs/names.yaml", NamingSpec));

        Assert.Empty(result.Diagnostics);
        // The names are checked by the real compiler binding a program that uses them.
        var (_, errors) = GeneratorHarness.Compile(result, "namespace Probe { internal static class Uses { internal static void All(Names.NamesClient client) { " + statements + " } } }");
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
    }
}
