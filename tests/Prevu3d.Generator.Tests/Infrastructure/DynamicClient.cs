using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>
/// Generates a client from spec text, compiles it with a probe class into an in-memory
/// assembly and loads it (collectible), so a test can drive a client it did not compile against.
/// </summary>
internal sealed class DynamicClient : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private DynamicClient(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    public static DynamicClient Create(string specText, string clientNamespace, string probeSource) =>
        Create(new[] { ("/specs/dynamic.yaml", specText) }, clientNamespace, probeSource);

    /// <summary>Like <see cref="Create(string, string, string)"/>, from several <c>AdditionalFiles</c> (a spec split over files).</summary>
    public static DynamicClient Create((string Path, string Text)[] files, string clientNamespace, string probeSource) =>
        Create(files, clientNamespace, probeSource, new Dictionary<string, string>());

    /// <summary>Like <see cref="Create(string, string, string)"/>, with more MSBuild properties (the client's class name…).</summary>
    /// <param name="expectedDiagnosticId">The id of the only diagnostic the spec may raise (P3D0014 for its webhooks), or null for none.</param>
    public static DynamicClient Create((string Path, string Text)[] files, string clientNamespace, string probeSource, Dictionary<string, string> properties, string? expectedDiagnosticId = null)
    {
        var result = GeneratorHarness.Run(new Dictionary<string, string>(properties) { ["build_property.Prevu3dClientNamespace"] = clientNamespace }, files);
        Assert.True(result.Diagnostics.All(d => d.Id == expectedDiagnosticId), GeneratorHarness.Describe(result.Diagnostics));
        var (compilation, diagnostics) = GeneratorHarness.Compile(result, probeSource);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, GeneratorHarness.Describe(emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("Prevu3d.Generator.Tests.Dynamic", isCollectible: true);
        return new DynamicClient(context, context.LoadFromStream(stream));
    }

    public Type GetType(string fullName) => _assembly.GetType(fullName, throwOnError: true)!;

    /// <summary>Calls a public static method returning <c>Task&lt;string&gt;</c>.</summary>
    public async Task<string> InvokeAsync(string typeName, string methodName, params object[] arguments)
    {
        var method = GetType(typeName).GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!;
        try
        {
            return await (Task<string>)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    public void Dispose() => _context.Unload();
}
