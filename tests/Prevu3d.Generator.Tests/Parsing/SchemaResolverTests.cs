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
}
