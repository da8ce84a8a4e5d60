using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Serialization.Json;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.Benchmarks.RequestPath;

/// <summary>
/// Where one in-memory SDK call spends its time and allocations: the whole call, then the parts it is made of, each
/// measured alone over the same replayed bytes (<c>--profile-sdk</c>). The differences between rows are the cost of
/// what a row adds: Kiota's handlers, Kiota's adapter, the generated request building, the SDK's pipeline and
/// authentication. Allocations are exact (all threads); times are means over many calls and move with the machine's load.
/// </summary>
internal static class CallProfile
{
    private const int Calls = 3_000;

    private static async Task<int> Drain(HttpClient client, Uri url, HttpCompletionOption completion = HttpCompletionOption.ResponseHeadersRead)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Authorization", "Bearer cached");
        using var response = await client.SendAsync(request, completion).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await stream.CopyToAsync(Stream.Null).ConfigureAwait(false);
        return 100;
    }

    public static async Task RunAsync(TextWriter output)
    {
        var bench = new BrowseInMemoryBenchmarks();
        bench.Setup();
        try
        {
            using var kiotaHandlers = new HttpClient(KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(
                bench.Transport, [.. KiotaClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler)])!, disposeHandler: false);
            var parseNodes = new ParseNodeFactoryRegistry();
            parseNodes.ContentTypeAssociatedFactories["application/json"] = new GeneratedJsonParseNodeFactory();
            using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), parseNodes, httpClient: kiotaHandlers);
            using var plain = new HttpClient(bench.Transport, disposeHandler: false);
            using var plainAdapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), parseNodes, httpClient: plain);
            var builder = bench.SdkClient.V1.Nodes[bench.NodeId].Browse;
            var url = new Uri($"{bench.ApiUrl}/v1/nodes/{bench.NodeId:D}/browse");
            var factory = new GeneratedJsonParseNodeFactory();
            var thousand = await Parsing.BrowsePayload.Create(Parsing.ParsingBenchmarks.NodeCount).ConfigureAwait(false);

            var rows = new (string Name, Func<Task<int>> Call)[]
            {
                ("Raw HttpClient + STJ source-gen (the baseline)", bench.RawHttpClient),
                ("SDK, the whole call", bench.Sdk),
                ("  generated fast path: parse the 100 nodes", async () =>
                {
                    using var stream = new MemoryStream(bench.BrowseAnswer, writable: false);
                    var root = await factory.GetRootParseNodeAsync("application/json", stream).ConfigureAwait(false);
                    return root.GetCollectionOfObjectValues(Node.CreateFromDiscriminatorValue).Count();
                }),
                ("(not a part) the 1,000-node parsing benchmark's answer, parsed", async () =>
                {
                    using var stream = new MemoryStream(thousand, writable: false);
                    var root = await factory.GetRootParseNodeAsync("application/json", stream).ConfigureAwait(false);
                    return root.GetCollectionOfObjectValues(Node.CreateFromDiscriminatorValue).Count();
                }),
                ("  generated fast path: parse the 100 nodes, then read every AdditionalData", async () =>
                {
                    using var stream = new MemoryStream(bench.BrowseAnswer, writable: false);
                    var root = await factory.GetRootParseNodeAsync("application/json", stream).ConfigureAwait(false);
                    return root.GetCollectionOfObjectValues(Node.CreateFromDiscriminatorValue).Sum(n => n.AdditionalData.Count > 0 ? 1 : 0);
                }),
                ("  plain HttpClient, answer stream drained", () => Drain(plain, url)),
                ("  HttpClient through Kiota's handlers, answer stream drained", () => Drain(kiotaHandlers, url)),
                ("  plain HttpClient, answer buffered by HttpClient (ResponseContentRead), then drained", () => Drain(plain, url, HttpCompletionOption.ResponseContentRead)),
                ("  generated request building (RequestInformation)", () =>
                {
                    var info = bench.SdkClient.V1.Nodes[bench.NodeId].Browse.ToGetRequestInformation();
                    return Task.FromResult(info.Headers.Count);
                }),
                ("  Kiota's adapter over Kiota's handlers + fast path (no SDK pipeline, no authentication)", async () =>
                {
                    var info = builder.ToGetRequestInformation();
                    info.PathParameters["apiUrl"] = bench.ApiUrl;
                    var nodes = await adapter.SendCollectionAsync(info, Node.CreateFromDiscriminatorValue).ConfigureAwait(false);
                    return nodes!.Count();
                }),
                ("  Kiota's adapter over a plain HttpClient + fast path", async () =>
                {
                    var info = builder.ToGetRequestInformation();
                    info.PathParameters["apiUrl"] = bench.ApiUrl;
                    var nodes = await plainAdapter.SendCollectionAsync(info, Node.CreateFromDiscriminatorValue).ConfigureAwait(false);
                    return nodes!.Count();
                }),
            };

            foreach (var (_, call) in rows)
            {
                for (var i = 0; i < 500; i++)
                {
                    await call().ConfigureAwait(false);
                }
            }

            using var sampler = new AllocationSampler();
            output.WriteLine($"{"Part of an in-memory call (100 nodes)",-92} {"Mean",10} {"Allocated",12}");
            foreach (var (name, call) in rows)
            {
                sampler.Clear();
                sampler.Listening = call == rows[1].Call || call == rows[3].Call;
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < Calls; i++)
                {
                    await call().ConfigureAwait(false);
                }

                watch.Stop();
                var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-92} {watch.Elapsed.TotalMicroseconds / Calls,7:F1} µs {bytes / 1024,9:F1} KB"));
                if (sampler.Listening)
                {
                    sampler.Listening = false;
                    foreach (var (type, sampled) in sampler.Top(25))
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      sampled: {type,-100} {sampled / (double)Calls / 1024,7:F2} KB/call"));
                    }
                }
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
