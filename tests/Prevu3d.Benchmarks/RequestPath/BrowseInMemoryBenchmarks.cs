using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
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
/// Diagnostic for 6.1: the same four clients over an in-memory transport replaying the emulator's real bytes
/// (100-node browse answer), so the figure is the client's own cost per call. Each client keeps its usual pipeline
/// above the transport (the SDK and the Kiota CLI client: Kiota's default middleware).
/// </summary>
public class BrowseInMemoryBenchmarks
{
    private Guid _nodeId;
    private HttpClient? _raw;
    private RealityConnectClient? _sdk;
    private HttpClientRequestAdapter? _kiotaAdapter;
    private KiotaCliClient? _kiota;
    private HttpClient? _nswagHttp;
    private NodesNSwagClient? _nswag;
    private string _rawUrl = string.Empty;

    /// <summary>The replayed transport, for <see cref="CallProfile"/>.</summary>
    internal CannedResponseHandler Transport { get; private set; } = null!;

    /// <summary>The emulator's regional URL the answers came from.</summary>
    internal string ApiUrl { get; private set; } = string.Empty;

    /// <summary>The browsed node.</summary>
    internal Guid NodeId => _nodeId;

    /// <summary>The SDK client under test.</summary>
    internal RealityConnectClient SdkClient => _sdk!;

    /// <summary>The 100-node answer's bytes.</summary>
    internal byte[] BrowseAnswer { get; private set; } = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk?.Dispose();
        _kiotaAdapter?.Dispose();
        _raw?.Dispose();
        _nswagHttp?.Dispose();
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
    public async Task<int> Sdk() => (await _sdk!.V1.Nodes[_nodeId].Browse.GetAsync().ConfigureAwait(false))!.Count;

    [Benchmark(Description = "Kiota CLI client")]
    public async Task<int> KiotaCli() => (await _kiota!.V1.Nodes[_nodeId].Browse.GetAsync().ConfigureAwait(false))!.Count;

    [Benchmark(Description = "NSwag client")]
    public async Task<int> NSwag() => (await _nswag!.BrowseNodeAsync(_nodeId, default).ConfigureAwait(false)).Count;

    private async Task SetupAsync()
    {
        var (seed, nodeId) = HierarchyProbe.FindNodeWithChildren(BrowseRequestBenchmarks.ExpectedNodes);
        _nodeId = nodeId;
        byte[] token, apiInfo, browse;
        string apiUrl, authorityUrl;
        using (var emulator = EmulatorProcess.Start(HierarchyProbe.BrowseHierarchySize, seed))
        {
            var endpoints = emulator.Endpoints;
            (authorityUrl, apiUrl) = (endpoints.AuthorityUrl, endpoints.ApiUrl);
            var accessToken = await endpoints.FetchTokenAsync().ConfigureAwait(false);
            using var http = EmulatorEndpoints.BearerHttpClient(accessToken);
            token = System.Text.Encoding.UTF8.GetBytes($$"""{"hasError":false,"expiresIn":-1,"accessToken":"{{accessToken}}"}""");
            apiInfo = await http.GetByteArrayAsync(new Uri(authorityUrl + "/oauth/api-info")).ConfigureAwait(false);
            browse = await http.GetByteArrayAsync(new Uri($"{apiUrl}/v1/nodes/{nodeId:D}/browse")).ConfigureAwait(false);
        }

        var canned = new CannedResponseHandler(token, apiInfo, browse);
        (Transport, ApiUrl, BrowseAnswer) = (canned, apiUrl, browse);
        _raw = new HttpClient(canned, disposeHandler: false);
        _raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cached");
        _rawUrl = $"{apiUrl}/v1/nodes/{nodeId:D}/browse";
        _sdk = new RealityConnectClient(
            new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret", AuthorityUrl = authorityUrl }, canned);
        _kiotaAdapter = new HttpClientRequestAdapter(
            new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider("cached")),
            httpClient: new HttpClient(KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(canned, [.. KiotaClientFactory.CreateDefaultHandlers()])!))
        {
            BaseUrl = apiUrl,
        };
        _kiota = new KiotaCliClient(_kiotaAdapter);
        _nswagHttp = new HttpClient(canned, disposeHandler: false);
        _nswag = new NodesNSwagClient(_nswagHttp) { BaseUrl = apiUrl };

        foreach (var (name, call) in new (string, Func<Task<int>>)[] { ("raw", RawHttpClient), ("sdk", Sdk), ("kiota", KiotaCli), ("nswag", NSwag) })
        {
            var counts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => call())).ConfigureAwait(false);
            if (counts.Any(c => c != BrowseRequestBenchmarks.ExpectedNodes))
            {
                throw new InvalidOperationException($"The {name} client read {counts[0]} nodes in memory.");
            }
        }
    }
}
