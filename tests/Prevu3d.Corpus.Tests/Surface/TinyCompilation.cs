using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Prevu3d.Corpus.Tests.Surface;

/// <summary>A compilation of a few lines against the framework this test runs on, nullable on, as the corpus compiles.</summary>
internal static class TinyCompilation
{
    private static readonly Lazy<List<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    /// <summary>Stands in for Kiota's <c>[QueryParameter]</c>, which the comparison finds by its class name.</summary>
    private const string Attributes = """
        namespace Kiota.Stand.In
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class QueryParameterAttribute(string name) : System.Attribute { public string Name { get; } = name; }
        }
        """;

    public static Compilation Create(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Tiny" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(Attributes)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return compilation;
    }
}
