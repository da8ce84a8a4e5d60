using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Benchmarks.ColdStart;

/// <summary>
/// Issue 6.3: 1,000 concurrent first calls on a brand-new client (no token, no apiUrl yet): the time until all
/// complete, and how many token and api-info requests the client sent (must be 1 and 1). One new client per
/// iteration; the emulator runs in its own process.
/// </summary>
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(10)]
public class ColdStartBenchmarks
{
    public const int Calls = 1_000;

    private EmulatorProcess? _emulator;
    private CountingHandler? _handler;
    private RealityConnectClient? _client;

    /// <summary>(token, api-info, total) requests of every client created, warm-up iterations included.</summary>
    public static ConcurrentQueue<(int Token, int ApiInfo, int Total)> RequestCounts { get; } = new();

    /// <summary>The same check against the emulator's own counters (in-process emulator, one client).</summary>
    public static (int Token, int ApiInfo, int Browse)? ServerSideCounts { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _emulator = EmulatorProcess.Start(RealityConnectEmulatorOptions.DefaultNodeCount, RealityConnectEmulatorOptions.DefaultSeed);
        ServerSideCounts = CountOnServerAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _emulator?.Dispose();

    [IterationSetup]
    public void NewClient()
    {
        _handler = new CountingHandler();
        _client = new RealityConnectClient(_emulator!.Endpoints.ClientOptions(), _handler);
    }

    [IterationCleanup]
    public void DisposeClient()
    {
        RequestCounts.Enqueue((_handler!.Token, _handler.ApiInfo, _handler.Total));
        _client!.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Description = "1,000 concurrent first calls, new client")]
    public Task FirstCallsOnNewClient() => BrowseConcurrentlyAsync(_client!, _emulator!.Endpoints.OrganizationId);

    private static async Task BrowseConcurrentlyAsync(RealityConnectClient client, Guid organizationId)
    {
        var calls = new Task[Calls];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = client.V1.Nodes[organizationId].Browse.GetAsync();
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
    }

    private static async Task<(int, int, int)> CountOnServerAsync()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync().ConfigureAwait(false);
        using var client = new RealityConnectClient(new RealityConnectClientOptions
        {
            ClientId = emulator.ClientId,
            ClientSecret = emulator.ClientSecret,
            AuthorityUrl = emulator.AuthorityUrl,
        });
        await BrowseConcurrentlyAsync(client, emulator.OrganizationId).ConfigureAwait(false);
        var counters = emulator.Counters;
        return (counters.Token, counters.ApiInfo, counters.Browse);
    }
}
