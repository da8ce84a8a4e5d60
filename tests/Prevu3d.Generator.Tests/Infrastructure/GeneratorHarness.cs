using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Testing;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in memory and compiles what it produces.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(KiotaCompileReferences.Load);

    /// <summary>The framework and Kiota assemblies of the test process, as compile references.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Prevu3d.Generator.Tests.InMemory",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? properties = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        var options = new TestOptionsProvider(
            properties ?? new Dictionary<string, string>(),
            perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>());
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Generates from the given specs (path, text) over an empty compilation.</summary>
    public static GeneratorRunResult Run(params (string Path, string Text)[] specs) =>
        Run(null, specs);

    public static GeneratorRunResult Run(IReadOnlyDictionary<string, string>? properties, params (string Path, string Text)[] specs)
    {
        var driver = CreateDriver(specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)), properties);
        driver = driver.RunGenerators(CreateCompilation("namespace Probe { internal static class Empty { } }"));
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>Compiles generated sources (plus extra code) and returns every diagnostic of warning level or above.</summary>
    public static (CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Compile(GeneratorRunResult result, params string[] extraSources)
    {
        var compilation = CreateCompilation(extraSources)
            .AddSyntaxTrees(result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, ParseOptions, s.HintName)));
        var diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
        return (compilation, diagnostics);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
