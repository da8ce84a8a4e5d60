using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Testing;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// Compiles an output (ours or Kiota's) with the same references and options for both: the framework this process
/// runs on plus the Kiota 2.1.6 packages, nullable on, a class library. Only errors count; warnings are the output's own.
/// </summary>
internal static class RoslynCompiler
{
    private const int ErrorsKept = 5;

    /// <summary>
    /// The symbols a net10.0 build defines: Kiota's output switches its nullable annotations on
    /// <c>NETSTANDARD2_1_OR_GREATER || NETCOREAPP3_1_OR_GREATER</c>.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Latest,
        DocumentationMode.None,
        preprocessorSymbols: ["NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(KiotaCompileReferences.Load);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Compiles the given trees and summarizes the errors; <paramref name="root"/> is cut from file names.
    /// <paramref name="inspect"/> sees the compilation and its errors afterwards (the public surface is read there).
    /// </summary>
    public static CompileResult Compile(string assemblyName, IReadOnlyList<SyntaxTree> trees, string? root, CancellationToken cancellationToken, Action<CSharpCompilation, IReadOnlyList<Diagnostic>>? inspect = null)
    {
        var watch = Stopwatch.StartNew();
        var compilation = Create(assemblyName, trees);
        var errors = compilation
            .GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        watch.Stop();
        inspect?.Invoke(compilation, errors);
        return new CompileResult
        {
            Compiles = errors.Count == 0,
            Files = trees.Count,
            Errors = errors.Count,
            ErrorsById = errors.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            FirstErrors = errors.Take(ErrorsKept).Select(e => Describe(e, root)).ToList(),
            Milliseconds = watch.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary><c>file(line,col): id: message</c>, the file relative to <paramref name="root"/>.</summary>
    public static string Describe(Diagnostic diagnostic, string? root)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path;
        if (root is not null && file.Length > 0 && Path.IsPathRooted(file))
        {
            file = Path.GetRelativePath(root, file).Replace('\\', '/');
        }

        var where = file.Length == 0 ? string.Empty : $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (root is not null)
        {
            // No machine-specific prefix in the report.
            message = message.Replace(Path.TrimEndingDirectorySeparator(root) + "/", string.Empty, StringComparison.Ordinal);
        }

        return $"{where}{diagnostic.Id}: {(message.Length > 300 ? message[..300] + "…" : message)}";
    }
}
