using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Prevu3d.Benchmarks.Infrastructure;

namespace Prevu3d.Benchmarks.Parsing;

/// <summary>
/// Diagnostic for 6.2: the same 1,000 nodes with the spec's four fields only (unknown fields stripped), to
/// split the generated models' cost between Kiota's parse-node machinery and keeping unknown fields.
/// </summary>
public class ParsingKnownFieldsBenchmarks
{
    private readonly RealityConnect.GeneratedJsonParseNodeFactory _generatedJson = new();
    private byte[] _payload = [];

    [GlobalSetup]
    public void Setup()
    {
        var full = BrowsePayload.Create(ParsingBenchmarks.NodeCount).GetAwaiter().GetResult();
        var nodes = JsonSerializer.Deserialize(full, BenchJsonContext.Default.ListBenchNode)!;
        _payload = JsonSerializer.SerializeToUtf8Bytes(nodes, BenchJsonContext.Default.ListBenchNode);
        if (GeneratedModels().GetAwaiter().GetResult() != ParsingBenchmarks.NodeCount)
        {
            throw new InvalidOperationException("The generated models did not read the 1,000 nodes.");
        }

        // Steady-state code for both parsers before anything is timed (see ParsingBenchmarks.Setup).
        WarmUp.RoundRobinAsync(TimeSpan.FromSeconds(2), 100, StjSourceGen, GeneratedModels).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen, known fields only")]
    public async Task<int> StjSourceGen()
    {
        using var stream = new MemoryStream(_payload, writable: false);
        var nodes = await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.ListBenchNode).ConfigureAwait(false);
        return nodes!.Count;
    }

    [Benchmark(Description = "Prevu3d generated models, known fields only")]
    public async Task<int> GeneratedModels()
    {
        using var stream = new MemoryStream(_payload, writable: false);
        var root = await _generatedJson.GetRootParseNodeAsync("application/json", stream).ConfigureAwait(false);
        var nodes = (List<RealityConnect.Models.Node>)root.GetCollectionOfObjectValues(RealityConnect.Models.Node.CreateFromDiscriminatorValue);
        return nodes.Count;
    }
}
