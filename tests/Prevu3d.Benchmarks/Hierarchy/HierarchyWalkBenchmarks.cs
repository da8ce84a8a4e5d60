using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Hierarchy;

namespace Prevu3d.Benchmarks.Hierarchy;

/// <summary>
/// Issue 6.4: walking a 10,000-node hierarchy served with 2 ms of latency per request (emulator in its own
/// process): one browse after another (the baseline) against <see cref="HierarchyWalker"/> at concurrency 1, 8
/// and 32. Both skip assets' browses (the walker's default), so they send the same requests.
/// </summary>
[InvocationCount(1)]
public class HierarchyWalkBenchmarks
{
    public const int HierarchySize = 10_000;
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(2);

    private EmulatorProcess? _emulator;
    private RealityConnectClient? _client;
    private Guid _root;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = EmulatorProcess.Start(HierarchySize, Prevu3d.RealityConnect.Emulator.RealityConnectEmulatorOptions.DefaultSeed, Latency);
        _root = _emulator.Endpoints.OrganizationId;
        _client = new RealityConnectClient(_emulator.Endpoints.ClientOptions());
        var sequential = Sequential().GetAwaiter().GetResult();
        var walked = Walker(8).GetAwaiter().GetResult();

        // Steady state for the emulator, started at tier 0 of the JIT (see WarmUp).
        WarmUp.RoundRobinAsync(TimeSpan.FromSeconds(3), 2, Sequential, () => Walker(8), () => Walker(32)).GetAwaiter().GetResult();
        if (sequential != HierarchySize - 1 || walked != HierarchySize - 1)
        {
            throw new InvalidOperationException($"Walks found {sequential} and {walked} nodes, not {HierarchySize - 1}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _emulator?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Sequential browse")]
    public async Task<int> Sequential()
    {
        var count = 0;
        var pending = new Stack<Guid>();
        pending.Push(_root);
        while (pending.TryPop(out var id))
        {
            var children = await _client!.V1.Nodes[id].Browse.GetAsync().ConfigureAwait(false) ?? [];
            foreach (var child in children)
            {
                count++;
                if (HierarchyWalkOptions.DefaultShouldBrowse(child) && child.Id is { } childId)
                {
                    pending.Push(childId);
                }
            }
        }

        return count;
    }

    [Benchmark(Description = "HierarchyWalker")]
    [Arguments(1)]
    [Arguments(8)]
    [Arguments(32)]
    public async Task<int> Walker(int concurrency)
    {
        var count = 0;
        var walker = new HierarchyWalker(_client!);
        await foreach (var node in walker.WalkAsync(_root, new HierarchyWalkOptions { MaxConcurrency = concurrency }).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
