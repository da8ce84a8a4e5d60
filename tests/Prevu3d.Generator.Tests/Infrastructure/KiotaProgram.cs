using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>
/// The arrangement of every <c>*KiotaProgramTests</c> (issue 16): a program written against the client kiota 1.38
/// generates from one spec of <c>Specs/</c> is compiled, by the real compiler, with the client our generator writes from
/// the same spec, then its <c>KiotaShaped.Program.RunAsync</c> runs, over real HTTP on loopback when it calls an API.
/// </summary>
internal static class KiotaProgram
{
    private const string EntryType = "KiotaShaped.Program";
    private const string EntryMethod = "RunAsync";

    /// <summary>Generates the client of <paramref name="spec"/> and compiles <paramref name="program"/> against it.</summary>
    /// <param name="spec">The spec's file name under <c>Specs/</c>.</param>
    /// <param name="clientNamespace">The client's namespace (Kiota's <c>-n</c>).</param>
    /// <param name="clientClassName">The client's class name (Kiota's <c>-c</c>), or null for the generator's default.</param>
    /// <param name="program">The program's source text.</param>
    /// <param name="naming"><c>Prevu3dNaming</c>: <c>Kiota</c> (the default) or <c>Pascal</c>.</param>
    /// <param name="expectedDiagnosticId">The only diagnostic the spec may raise, or null for none.</param>
    public static DynamicClient Compile(string spec, string clientNamespace, string? clientClassName, string program, string naming = "Kiota", string? expectedDiagnosticId = null)
    {
        var properties = new Dictionary<string, string> { ["build_property.Prevu3dNaming"] = naming };
        if (clientClassName is not null)
        {
            properties["build_property.Prevu3dClientClassName"] = clientClassName;
        }

        return DynamicClient.Create(new[] { ("/specs/" + spec, TestPaths.ReadSpec(spec)) }, clientNamespace, program, properties, expectedDiagnosticId);
    }

    /// <summary>Runs the program's entry point with <paramref name="arguments"/> and returns what it printed.</summary>
    public static Task<string> RunAsync(DynamicClient client, params object[] arguments) => client.InvokeAsync(EntryType, EntryMethod, arguments);

    /// <summary>Runs the program against a loopback server mapped by <paramref name="map"/>: what it printed, and what the server received.</summary>
    public static async Task<(string Output, IReadOnlyList<RecordedRequest> Requests)> RunOverHttpAsync(DynamicClient client, Action<WebApplication> map)
    {
        await using var server = await LocalServer.StartAsync(map);
        var output = await client.InvokeAsync(EntryType, EntryMethod, server.BaseUrl);
        return (output, server.Requests.ToList());
    }
}
