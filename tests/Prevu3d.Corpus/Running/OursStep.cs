using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Prevu3d.Corpus.Surface;
using Prevu3d.Generator;
using Prevu3d.Testing;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// Ours: <see cref="OpenApiClientGenerator"/> in a <see cref="CSharpGeneratorDriver"/> over an empty compilation, as the
/// compiler runs it (the spec as an AdditionalFiles item), then its output compiled with <see cref="RoslynCompiler"/>.
/// </summary>
internal static class OursStep
{
    /// <summary>The <c>-n</c> of both outputs (Kiota's too), so their public surfaces compare name for name.</summary>
    public const string Namespace = "Corpus.Client";
    /// <summary>The <c>-c</c> of both outputs.</summary>
    public const string ClassName = "ApiClient";
    private const int DiagnosticsKept = 5;

    /// <summary>
    /// A tiny document run once before the measured run, so the generation time of the first document of a worker
    /// does not include JIT-compiling the generator and Microsoft.OpenApi.
    /// </summary>
    private const string WarmUpSpec = """
        openapi: 3.0.3
        info: { title: warm-up, version: "1" }
        paths:
          /items/{id}:
            get:
              operationId: getItem
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Item" } } } }
        components:
          schemas:
            Item: { type: object, properties: { id: { type: string }, size: { type: integer } } }
        """;

    /// <summary>Generates and compiles the warm-up document once, so Roslyn's binder is warm too.</summary>
    public static void WarmUp()
    {
        var run = Generate("/warm-up/warm-up.yaml", WarmUpSpec, CancellationToken.None);
        _ = RoslynCompiler.Compile("Corpus.WarmUp", run.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, RoslynCompiler.ParseOptions, s.HintName)).ToList(), null, CancellationToken.None);
    }

    public static OursResult Run(string specPath, string text, string root, TimeSpan timeout)
    {
        var result = new OursResult();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            // Twice on a new driver each time: the first run pays for JIT-compiling the code paths this document
            // needs (the warm-up document is small); the second is what generation costs in a running compiler.
            var watch = Stopwatch.StartNew();
            _ = Generate(specPath, text, cts.Token);
            result.FirstGenerationMilliseconds = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var run = Generate(specPath, text, cts.Token);
            watch.Stop();
            result.GenerationMilliseconds = watch.Elapsed.TotalMilliseconds;
            result.Files = run.GeneratedSources.Length;
            var diagnostics = run.Diagnostics
                .OrderByDescending(d => d.Severity)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .ToList();
            result.DiagnosticsById = diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            result.ErrorIds = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            result.FirstDiagnostics = diagnostics.Take(DiagnosticsKept).Select(d => RoslynCompiler.Describe(d, root)).ToList();
            result.Generated = run.GeneratedSources.Length > 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (run.Exception is not null)
            {
                result.Failure = "generator exception: " + run.Exception.GetType().Name + ": " + run.Exception.Message;
            }

            if (result.Generated)
            {
                var trees = run.GeneratedSources
                    .Select(s => CSharpSyntaxTree.ParseText(s.SourceText, RoslynCompiler.ParseOptions, s.HintName, cts.Token))
                    .ToList();
                result.Compile = RoslynCompiler.Compile("Corpus.Ours", trees, root, cts.Token, (compilation, _) => result.Surface = ApiSurface.Collect(compilation));
            }
        }
        catch (OperationCanceledException)
        {
            result.Failure = $"timed out after {timeout.TotalSeconds:F0} s";
        }
        catch (Exception ex)
        {
            result.Failure = ex.GetType().Name + ": " + ex.Message;
        }

        return result;
    }

    /// <summary>The generated sources of a document, parsed as the corpus compiles them (the behaviour check's input).</summary>
    public static List<SyntaxTree> GenerateTrees(string specPath, string text, CancellationToken cancellationToken) =>
        Generate(specPath, text, cancellationToken).GeneratedSources
            .Select(s => CSharpSyntaxTree.ParseText(s.SourceText, RoslynCompiler.ParseOptions, s.HintName, cancellationToken))
            .ToList();

    private static GeneratorRunResult Generate(string specPath, string text, CancellationToken cancellationToken)
    {
        var options = new CorpusOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.Prevu3dClientNamespace"] = Namespace,
            ["build_property.Prevu3dClientClassName"] = ClassName,
        });
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText(specPath, text)],
            RoslynCompiler.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        var empty = RoslynCompiler.Create("Corpus.Probe", [CSharpSyntaxTree.ParseText("namespace Probe { internal static class Empty { } }", RoslynCompiler.ParseOptions, cancellationToken: cancellationToken)]);
        return driver.RunGenerators(empty, cancellationToken).GetRunResult().Results.Single();
    }

    /// <summary>The two MSBuild properties the generator reads (<c>build_property.*</c>), nothing per file.</summary>
    private sealed class CorpusOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
