using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Prevu3d.Corpus.Running;

namespace Prevu3d.Corpus.Behaviour;

/// <summary>
/// Compiles one client (ours or Kiota's) together with a behaviour program, loads it into a collectible context and
/// runs <c>Corpus.Behaviour.Program.RunAsync(HttpMessageHandler)</c> against a <see cref="RecordingHandler"/>.
/// </summary>
internal static class ProgramRunner
{
    public static ProgramRun Run(string assemblyName, IReadOnlyList<SyntaxTree> client, SyntaxTree program)
    {
        var compilation = RoslynCompiler.Create(assemblyName, client.Append(program));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(d => RoslynCompiler.Describe(d, null)).ToList();
            return new ProgramRun(null, [], errors);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext(assemblyName, isCollectible: true);
        try
        {
            var type = context.LoadFromStream(image).GetType("Corpus.Behaviour.Program", throwOnError: true)!;
            var respond = type.GetMethod("Respond", BindingFlags.Public | BindingFlags.Static)!;
            var handler = new RecordingHandler((method, path) => ((int, string?))respond.Invoke(null, [method, path])!);
            var run = (Task<string>)type.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [handler])!;
            string output;
            try
            {
                output = run.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // What the program threw is behaviour too: both clients must throw the same.
                output = "threw " + ex.GetType().Name + ": " + ex.Message;
            }

            return new ProgramRun(output, handler.Requests, []);
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>What a program printed of the objects it read, the requests it sent, or why it did not compile.</summary>
internal sealed record ProgramRun(string? Output, IReadOnlyList<RecordedRequest> Requests, IReadOnlyList<string> CompileErrors);
