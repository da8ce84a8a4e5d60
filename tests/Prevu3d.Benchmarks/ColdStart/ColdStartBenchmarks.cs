using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Benchmarks.ColdStart;

/// <summary>
/// Issue 6.3: 1,000 concurrent first calls on a brand-new client (no token, no apiUrl yet): the time until all
/// complete, and how many token and api-info requests the client sent (must be 1 and 1). One new client per
/// iteration; the emulator runs in its own process. The baseline is what a hand-written client does cold: a new
/// HttpClient, one token request, one api-info request, then the same 1,000 browses read with STJ source-gen. Both
/// open their connections to the emulator during the iteration, so the ratio keeps what the SDK adds (its first
/// token and discovery under 1,000 waiting callers, its pipeline, its readers' first use) and leaves out the
/// connection set-up and the emulator's own pace, which move the absolute figure by tens of percent from run to run.
/// </summary>
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(10)]
public class ColdStartBenchmarks
{
    public const int Calls = 1_000;

    /// <summary>The fact kind of one SDK client's request counts (token, api-info, total), warm-up iterations included.</summary>
    public const string ClientFact = "coldstart.client";

    /// <summary>The fact kind of the emulator's own counters after one client's cold start (token, api-info, browse).</summary>
    public const string ServerFact = "coldstart.server";

    private EmulatorProcess? _emulator;
    private CountingHandler? _handler;
    private RealityConnectClient? _client;
    private HttpClient? _raw;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = EmulatorProcess.Start(RealityConnectEmulatorOptions.DefaultNodeCount, RealityConnectEmulatorOptions.DefaultSeed);
        var (token, apiInfo, browse) = CountOnServerAsync().GetAwaiter().GetResult();
        BenchFacts.Record(ServerFact, Text(token), Text(apiInfo), Text(browse));
    }

    [GlobalCleanup]
    public void Cleanup() => _emulator?.Dispose();

    [IterationSetup(Target = nameof(FirstCallsOnNewClient))]
    public void NewClient()
    {
        _handler = new CountingHandler();
        _client = new RealityConnectClient(_emulator!.Endpoints.ClientOptions(), _handler);
    }

    [IterationCleanup(Target = nameof(FirstCallsOnNewClient))]
    public void DisposeClient()
    {
        BenchFacts.Record(ClientFact, Text(_handler!.Token), Text(_handler.ApiInfo), Text(_handler.Total));
        _client!.Dispose();
        _handler.Dispose();
    }

    [IterationSetup(Target = nameof(RawFirstCalls))]
    public void NewRawClient() => _raw = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

    [IterationCleanup(Target = nameof(RawFirstCalls))]
    public void DisposeRawClient() => _raw!.Dispose();

    [Benchmark(Baseline = true, Description = "Raw HttpClient: token, api-info, then 1,000 concurrent browses")]
    public async Task RawFirstCalls()
    {
        var endpoints = _emulator!.Endpoints;
        var token = await endpoints.FetchTokenAsync(_raw).ConfigureAwait(false);
        using var info = new HttpRequestMessage(HttpMethod.Get, endpoints.AuthorityUrl + "/oauth/api-info");
        info.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var infoResponse = await _raw!.SendAsync(info).ConfigureAwait(false);
        infoResponse.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await infoResponse.Content.ReadAsStreamAsync().ConfigureAwait(false));
        var apiUrl = document.RootElement.GetProperty("apiUrl").GetString()
            ?? throw new InvalidOperationException("The emulator's api-info gave no apiUrl.");

        var url = $"{apiUrl}/v1/nodes/{endpoints.OrganizationId:D}/browse";
        var calls = new Task[Calls];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = RawBrowseAsync(_raw!, url, token);
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
    }

    [Benchmark(Description = "Prevu3d SDK: 1,000 concurrent first calls, new client")]
    public Task FirstCallsOnNewClient() => BrowseConcurrentlyAsync(_client!, _emulator!.Endpoints.OrganizationId);

    private static async Task RawBrowseAsync(HttpClient http, string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadFromJsonAsync(BenchJsonContext.Default.ListBenchNode).ConfigureAwait(false);
    }

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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
