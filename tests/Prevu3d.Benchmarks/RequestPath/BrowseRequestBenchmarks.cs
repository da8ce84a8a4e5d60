using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.Benchmarks.KiotaCli;
using Prevu3d.Benchmarks.NSwag;
using Prevu3d.RealityConnect;

namespace Prevu3d.Benchmarks.RequestPath;

/// <summary>
/// Issue 6.1: <c>GET /v1/nodes/{id}/browse</c> answering 100 nodes from an emulator in its own process on
/// 127.0.0.1, token and base URL already cached, through four clients. The raw HttpClient + STJ source-gen is the baseline.
/// </summary>
public class BrowseRequestBenchmarks
{
    public const int ExpectedNodes = 100;

    private EmulatorProcess? _emulator;
    private Guid _nodeId;
    private HttpClient? _raw;
    private string _rawUrl = string.Empty;
    private RealityConnectClient? _sdk;
    private HttpClientRequestAdapter? _kiotaAdapter;
    private KiotaCliClient? _kiota;
    private HttpClient? _nswagHttp;
    private NodesNSwagClient? _nswag;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk?.Dispose();
        _kiotaAdapter?.Dispose();
        _raw?.Dispose();
        _nswagHttp?.Dispose();
        _emulator?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public async Task<int> RawHttpClient()
    {
        using var response = await _raw!.GetAsync(_rawUrl, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var nodes = await response.Content.ReadFromJsonAsync(BenchJsonContext.Default.ListBenchNode).ConfigureAwait(false);
        return nodes!.Count;
    }

    [Benchmark(Description = "Prevu3d SDK (generated)")]
    public async Task<int> Sdk()
    {
        var nodes = await _sdk!.V1.Nodes[_nodeId].Browse.GetAsync().ConfigureAwait(false);
        return nodes!.Count;
    }

    [Benchmark(Description = "Kiota CLI client")]
    public async Task<int> KiotaCli()
    {
        var nodes = await _kiota!.V1.Nodes[_nodeId].Browse.GetAsync().ConfigureAwait(false);
        return nodes!.Count;
    }

    [Benchmark(Description = "NSwag client")]
    public async Task<int> NSwag()
    {
        var nodes = await _nswag!.BrowseNodeAsync(_nodeId, default).ConfigureAwait(false);
        return nodes.Count;
    }

    private async Task SetupAsync()
    {
        var (seed, nodeId) = HierarchyProbe.FindNodeWithChildren(ExpectedNodes);
        _nodeId = nodeId;
        _emulator = EmulatorProcess.Start(HierarchyProbe.BrowseHierarchySize, seed);
        var endpoints = _emulator.Endpoints;
        var token = await endpoints.FetchTokenAsync().ConfigureAwait(false);

        _raw = EmulatorEndpoints.BearerHttpClient(token);
        _rawUrl = $"{endpoints.ApiUrl}/v1/nodes/{nodeId:D}/browse";

        // The SDK gets its token and discovers apiUrl itself; the warm-up call below caches both.
        _sdk = new RealityConnectClient(endpoints.ClientOptions());

        // The Kiota CLI client ignores the spec's per-path server: its base URL is set to the regional API by hand.
        _kiotaAdapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider(token)))
        {
            BaseUrl = endpoints.ApiUrl,
        };
        _kiota = new KiotaCliClient(_kiotaAdapter);

        // NSwag ignores per-path servers too; it sends through a plain HttpClient carrying the cached token.
        _nswagHttp = EmulatorEndpoints.BearerHttpClient(token);
        _nswag = new NodesNSwagClient(_nswagHttp) { BaseUrl = endpoints.ApiUrl };

        // Warm every path (token, discovery, connections) and check that each really reads 100 nodes.
        foreach (var (name, call) in new (string, Func<Task<int>>)[] { ("raw", RawHttpClient), ("sdk", Sdk), ("kiota", KiotaCli), ("nswag", NSwag) })
        {
            var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => call())).ConfigureAwait(false);
            if (counts.Any(c => c != ExpectedNodes))
            {
                throw new InvalidOperationException($"The {name} client read {counts[0]} nodes, not {ExpectedNodes}.");
            }
        }

        // Then steady state for both processes (see WarmUp): the emulator was started at tier 0.
        await WarmUp.RoundRobinAsync(TimeSpan.FromSeconds(5), 500, RawHttpClient, Sdk, KiotaCli, NSwag).ConfigureAwait(false);
    }
}
