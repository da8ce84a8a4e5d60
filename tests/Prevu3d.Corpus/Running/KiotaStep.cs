using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// Kiota's side: <c>dotnet kiota generate -l CSharp</c> (the repository's local tool, 1.38.0) into a fresh folder under
/// a time limit, then every <c>.cs</c> file it wrote compiled with <see cref="RoslynCompiler"/>.
/// </summary>
internal static class KiotaStep
{
    public const string Namespace = OursStep.Namespace;
    public const string ClassName = OursStep.ClassName;
    private const int OutputKept = 600;
    private const int ErrorSitesKept = 10;

    public static KiotaResult Run(string specPath, string outputDirectory, string repoRoot, TimeSpan generateTimeout, TimeSpan compileTimeout, Action<KiotaResult> progress)
    {
        var result = new KiotaResult();
        try
        {
            if (Directory.Exists(outputDirectory))
            {
                Directory.Delete(outputDirectory, recursive: true);
            }

            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = repoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "kiota", "generate", "-l", "CSharp", "-d", specPath, "-o", outputDirectory, "-c", ClassName, "-n", Namespace, "--log-level", "Error" })
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(generateTimeout))
            {
                // Only the process this step started, and its children.
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                result.Failure = $"kiota generate timed out after {generateTimeout.TotalSeconds:F0} s";
                return result;
            }

            watch.Stop();
            result.GenerationMilliseconds = watch.Elapsed.TotalMilliseconds;
            result.ExitCode = process.ExitCode;
            var files = Directory.Exists(outputDirectory)
                ? Directory.GetFiles(outputDirectory, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : [];
            result.Generated = process.ExitCode == 0 && files.Count > 0;
            if (!result.Generated)
            {
                result.Output = Summarize(stderr.Result + stdout.Result, repoRoot);
                return result;
            }

            progress(result);
            using var cts = new CancellationTokenSource(compileTimeout);
            try
            {
                var trees = files
                    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), RoslynCompiler.ParseOptions, f, cancellationToken: cts.Token))
                    .ToList();
                result.Compile = RoslynCompiler.Compile("Corpus.Kiota", trees, outputDirectory, cts.Token, (compilation, errors) =>
                {
                    // Read even when it does not compile: the symbols are declared all the same, and the report says
                    // which declaration each of the first errors sits in.
                    result.Surface = ApiSurface.Collect(compilation);
                    result.ErrorSites = errors
                        .Take(ErrorSitesKept)
                        .Select(e => new ErrorSite(RoslynCompiler.Describe(e, outputDirectory), e.Location.SourceTree is { } tree ? ApiSurface.EnclosingId(compilation, tree, e.Location.SourceSpan.Start) : null))
                        .ToList();
                });
            }
            catch (OperationCanceledException)
            {
                result.Compile = new CompileResult { Files = files.Count, Failure = $"compilation timed out after {compileTimeout.TotalSeconds:F0} s" };
            }
        }
        catch (Exception ex)
        {
            result.Failure = ex.GetType().Name + ": " + ex.Message;
        }

        return result;
    }

    /// <summary>Kiota's own verdict when it printed one (after its stack trace), else the end of its output.</summary>
    private static string Summarize(string output, string repoRoot)
    {
        var text = output.Replace(Path.TrimEndingDirectorySeparator(repoRoot) + "/", "<repo>/", StringComparison.Ordinal).Trim();
        const string Verdict = "error generating the client:";
        var at = text.LastIndexOf(Verdict, StringComparison.Ordinal);
        if (at >= 0)
        {
            text = text[at..];
        }

        return text.Length > OutputKept ? "…" + text[^OutputKept..] : text;
    }
}
