using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Prevu3d.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Issue 5, part 7: malformed and hostile specs. Each one, run through the real generator within a
/// time bound, gives P3D diagnostics pointing into the spec or code that compiles, never an
/// exception, a CS8785, a hang or a silently empty result.
/// </summary>
[Collection(HostileSpecCollection.Name)]
public sealed class HostileSpecTests(ITestOutputHelper output)
{
    /// <summary>
    /// Generous on two busy cores (the 10 MB case takes about 6 s alone, and went past 40 s with five builds
    /// sharing the cores): a hang shows as a failure,
    /// not a stuck run. The class runs alone (see <see cref="HostileSpecCollection"/>) so the bound holds.
    /// </summary>
    private static readonly TimeSpan GeneratorBound = TimeSpan.FromSeconds(90);

    private const string Header = "openapi: 3.0.3\ninfo:\n  title: Hostile\n  version: \"1\"\n";

    /// <summary>
    /// Case → expectation: the exact set of P3D ids reported, plus <c>compiles</c> when the
    /// generated code must compile. A case without <c>compiles</c> must generate nothing.
    /// Files live in <c>Specs/Hostile</c>; <c>generated:</c> cases are built in code (too big to commit).
    /// </summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "empty.yaml", "P3D0011" },
        { "version-only.yaml", "compiles P3D0006 P3D0013" },
        { "truncated.yaml", "P3D0001" },
        { "truncated.json", "P3D0001" },
        { "tabs.yaml", "P3D0001" },
        { "bad-indentation.yaml", "P3D0001" },
        { "duplicate-keys.yaml", "P3D0001" },
        { "root-is-a-list.yaml", "P3D0011" },
        { "mentions-openapi-only.yaml", "P3D0011" },
        { "version-wrong-type.yaml", "P3D0002" },
        { "paths-as-list.yaml", "P3D0007" },
        { "responses-as-string.yaml", "P3D0007 P3D0013" },
        { "schema-type-number.yaml", "P3D0007" },
        { "wrong-types-everywhere.yaml", "P3D0007" },
        { "null-sections.yaml", "P3D0007" },
        { "unknown-type.yaml", "P3D0007" },
        { "circular-refs.yaml", "compiles" },
        { "self-reference.yaml", "compiles" },
        { "alias-cycle.yaml", "compiles P3D0004 P3D0008" },
        { "composed-cycle.yaml", "compiles" },
        { "ref-to-non-schema.yaml", "P3D0003" },
        { "duplicate-path-templates.yaml", "compiles P3D0013" },
        { "duplicate-operation-ids.yaml", "compiles" },
        { "keyword-paths.yaml", "compiles" },
        { "keyword-properties.yaml", "compiles" },
        { "colliding-names.yaml", "compiles" },
        { "colliding-segments.yaml", "compiles" },
        { "same-path-after-cleanup.yaml", "P3D0005" },
        { "property-named-like-class.yaml", "compiles" },
        { "reserved-model-names.yaml", "compiles" },
        { "non-ascii.yaml", "compiles" },
        { "non-ascii-component-names.yaml", "compiles P3D0013" },
        { "enum-values.yaml", "compiles" },
        { "enum-collisions.yaml", "compiles" },
        { "json-spec.json", "compiles" },
        { "bom.yaml", "compiles" },
        { "anchors-aliases.yaml", "compiles" },
        { "alias-bomb.yaml", "P3D0012" },
        { "huge-integers.yaml", "compiles" },
        { "server-undefined-variable.yaml", "compiles P3D0004" },
        { "security-undefined-scheme.yaml", "compiles P3D0013" },
        { "parameter-without-schema.yaml", "compiles P3D0004" },
        { "path-parameter-not-in-template.yaml", "P3D0007" },
        { "response-without-content.yaml", "compiles" },
        { "mixed-segments.yaml", "compiles" },
        { "allow-reserved.yaml", "compiles P3D0004" },
        { "generated-member-names.yaml", "compiles" },
        { "deep-ref-cycle.yaml", "P3D0003 P3D0008" },
        { "ref-to-missing-file.yaml", "compiles P3D0004" },
        { "openapi-31.yaml", "compiles" },
        { "openapi-40.yaml", "P3D0002" },
        { "swagger-20.yaml", "compiles" },
        { "swagger-12.yaml", "P3D0002" },
        { "boolean-property-schema.yaml", "compiles P3D0013" },
        { "generated:crlf", "compiles" },
        { "generated:long-names", "compiles" },
        { "generated:schema-25-deep", "compiles" },
        { "generated:schema-500-deep", "P3D0012" },
        { "generated:flow-100000-deep", "P3D0012" },
        { "generated:yaml-10mb", "compiles" },
        { "generated:scalar-100k", "P3D0007" },
        { "generated:operations-1500", "compiles" },
        { "generated:properties-2000", "compiles" },
        { "generated:alias-bomb-huge", "P3D0012" },
        { "generated:alias-chain-5000", "P3D0012" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileSpecShouldGiveADiagnosticOrCompilingCode(string name, string expectation)
    {
        var (path, text) = Load(name);
        var expectedIds = expectation.Split(' ').Where(t => t != "compiles").OrderBy(t => t, StringComparer.Ordinal).ToArray();
        var mustCompile = expectation.Split(' ').Contains("compiles");

        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => GeneratorHarness.Run((path, text)));
        var finished = await Task.WhenAny(run, Task.Delay(GeneratorBound));
        Assert.True(finished == run, name + ": the generator did not finish within " + GeneratorBound.TotalSeconds + " s");
        var result = await run;
        output.WriteLine(name + ": generated in " + watch.ElapsedMilliseconds + " ms, " + text.Length + " chars, " + result.GeneratedSources.Length + " files");

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => !d.Id.StartsWith("P3D", StringComparison.Ordinal));
        Assert.True(result.Diagnostics.Length > 0 || result.GeneratedSources.Length > 0, name + ": no output and no diagnostic");
        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(diagnostic.Location.Kind != LocationKind.None && span.Path == path, name + ": " + diagnostic + " does not name the spec");
            Assert.True(span.StartLinePosition.Line >= 0 && span.StartLinePosition.Line <= text.Count(c => c == '\n') + 1, name + ": " + diagnostic + " names a line outside the spec");
            output.WriteLine("  " + diagnostic.Id + " line " + (span.StartLinePosition.Line + 1) + ": " + Truncate(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var actualIds = result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();
        Assert.True(expectedIds.SequenceEqual(actualIds), name + ": expected [" + string.Join(", ", expectedIds) + "], got:" + Environment.NewLine + GeneratorHarness.Describe(result.Diagnostics));

        if (!mustCompile)
        {
            Assert.Empty(result.GeneratedSources);
            return;
        }

        watch.Restart();
        var (_, compileDiagnostics) = GeneratorHarness.Compile(result);
        output.WriteLine(name + ": compiled in " + watch.ElapsedMilliseconds + " ms");
        Assert.True(compileDiagnostics.IsEmpty, name + ":" + Environment.NewLine + GeneratorHarness.Describe(compileDiagnostics.Take(20)));
    }

    [Fact]
    public void CorpusShouldCoverEveryFileAndAtLeastThirtyCases()
    {
        var files = Directory.GetFiles(TestPaths.SpecPath("Hostile")).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).OrderBy(f => f, StringComparer.Ordinal);
        var listed = Cases.Select(c => (string)c[0]).ToList();

        Assert.Equal(files, listed.Where(n => !n.StartsWith("generated:", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
        Assert.True(listed.Count >= 30);
    }

    private static string Truncate(string message) => message.Length > 300 ? message.Substring(0, 300) + "…" : message;

    private static (string Path, string Text) Load(string name)
    {
        if (!name.StartsWith("generated:", StringComparison.Ordinal))
        {
            // Bytes decoded as they are: a BOM stays in the text, as a decoder may hand it over.
            return ("/specs/hostile/" + name, Encoding.UTF8.GetString(File.ReadAllBytes(TestPaths.SpecPath(Path.Combine("Hostile", name)))));
        }

        var kind = name.Substring("generated:".Length);
        var path = "/specs/hostile/" + kind + (kind.StartsWith("flow", StringComparison.Ordinal) ? ".json" : ".yaml");
        return (path, kind switch
        {
            "crlf" => Header.Replace("\n", "\r\n") + "paths:\r\n  /a:\r\n    get:\r\n      description: \"two\r\n        lines\"\r\n      responses:\r\n        '204': {description: ok}\r\n",
            "long-names" => LongNames(),
            "schema-25-deep" => DeepSchema(25),
            "schema-500-deep" => DeepSchema(500),
            "scalar-100k" => Header + "paths:\n  /a:\n    get:\n      description: \"" + new string('x', 100_000) + "\"\n      responses: {'204': {description: ok}}\n",
            "flow-100000-deep" => "{\"openapi\": \"3.0.3\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}",
            "yaml-10mb" => TenMegabytes(),
            "operations-1500" => ManyOperations(1500),
            "properties-2000" => ManyProperties(2000),
            "alias-bomb-huge" => AliasBomb(levels: 40),
            "alias-chain-5000" => Header + "paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\nx-chain:\n  l0: &l0 [x]\n" + string.Concat(Enumerable.Range(1, 5000).Select(i => "  l" + i + ": &l" + i + " [*l" + (i - 1) + "]\n")),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name),
        });
    }

    private static string LongNames()
    {
        var segment = string.Concat(Enumerable.Repeat("segment-", 60));
        var property = string.Concat(Enumerable.Repeat("property_", 60));
        var schema = string.Concat(Enumerable.Repeat("Schema", 60));
        return Header + "paths:\n  /" + segment + "/{" + property + "}:\n    get:\n      parameters:\n        - {name: " + property + ", in: path, required: true, schema: {type: string}}\n        - {name: q" + property + ", in: query, schema: {type: string, enum: [" + segment + "]}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/" + schema + "'}\ncomponents:\n  schemas:\n    " + schema + ":\n      type: object\n      properties:\n        " + property + ": {type: object, properties: {" + property + "x: {type: string}}}\n";
    }

    /// <summary>A response schema whose properties nest <paramref name="depth"/> objects deep.</summary>
    private static string DeepSchema(int depth)
    {
        var builder = new StringBuilder(Header);
        builder.Append("paths:\n  /deep:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{type: object, properties: {p").Append(i).Append(": ");
        }

        builder.Append("{type: string}");
        builder.Append(new string('}', depth * 2)).Append('\n');
        return builder.ToString();
    }

    /// <summary>About 10 MB: a small API with a very large vendor extension and a long (under 64 K) description.</summary>
    private static string TenMegabytes()
    {
        var builder = new StringBuilder(Header);
        builder.Append("paths:\n  /big:\n    get:\n      description: >-\n");
        for (var i = 0; i < 1_000; i++)
        {
            builder.Append("        line ").Append(i).Append(" of a very long description that goes on and on.\n");
        }

        builder.Append("      responses:\n        '204': {description: ok}\nx-bulk:\n");
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("  - {id: ").Append(builder.Length).Append(", name: \"item with some text\", tags: [a, b, c], nested: {x: 1, y: [1, 2, 3]}}\n");
        }

        return builder.ToString();
    }

    private static string ManyOperations(int count)
    {
        var builder = new StringBuilder(Header);
        builder.Append("paths:\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("  /r").Append(i % 50).Append("/s").Append(i).Append(":\n    get:\n      operationId: op").Append(i).Append("\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/M").Append(i % 100).Append("'}\n");
        }

        builder.Append("components:\n  schemas:\n");
        for (var i = 0; i < 100; i++)
        {
            builder.Append("    M").Append(i).Append(": {type: object, properties: {a: {type: string}, b: {type: integer}}}\n");
        }

        return builder.ToString();
    }

    /// <summary>One model with thousands of properties, each redefined by an allOf member (the merge must stay linear).</summary>
    private static string ManyProperties(int count)
    {
        var builder = new StringBuilder(Header);
        builder.Append("paths:\n  /wide:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Wide'}\ncomponents:\n  schemas:\n    Base:\n      type: object\n      properties:\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("        p").Append(i).Append(": {type: string}\n");
        }

        builder.Append("    Wide:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n        - type: object\n          properties:\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("            p").Append(i).Append(": {type: integer}\n");
        }

        return builder.ToString();
    }

    /// <summary>A "billion laughs" chain: each level aliases the previous one ten times.</summary>
    private static string AliasBomb(int levels)
    {
        var builder = new StringBuilder(Header);
        builder.Append("paths:\n  /a:\n    get: {responses: {'204': {description: ok}}}\nx-lol:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < levels; i++)
        {
            builder.Append("  l").Append(i).Append(": &l").Append(i).Append(" [");
            builder.Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10)));
            builder.Append("]\n");
        }

        return builder.ToString();
    }
}

/// <summary>The corpus times the generator: it runs after the other classes, not beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileSpecCollection
{
    public const string Name = "Hostile specs";
}
