using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.Benchmarks.Infrastructure;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Benchmarks.Parsing;

/// <summary>
/// Builds an N-node browse response out of real emulator answers: it browses an in-process emulator breadth
/// first and joins the answers' elements, byte for byte, into one JSON array (no single node has 1,000 children).
/// </summary>
internal static class BrowsePayload
{
    public static async Task<byte[]> Create(int count)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = count * 3 }).ConfigureAwait(false);
        var endpoints = new EmulatorEndpoints(emulator.AuthorityUrl, emulator.ApiUrl, emulator.OrganizationId, emulator.ClientId, emulator.ClientSecret);
        using var http = EmulatorEndpoints.BearerHttpClient(await endpoints.FetchTokenAsync().ConfigureAwait(false));

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var written = 0;
            var queue = new Queue<Guid>([emulator.OrganizationId]);
            while (written < count && queue.TryDequeue(out var id))
            {
                var json = await http.GetByteArrayAsync(new Uri($"{endpoints.ApiUrl}/v1/nodes/{id:D}/browse")).ConfigureAwait(false);
                using var answer = JsonDocument.Parse(json);
                foreach (var node in answer.RootElement.EnumerateArray())
                {
                    if (written++ < count)
                    {
                        node.WriteTo(writer);
                    }

                    queue.Enqueue(node.GetProperty("id").GetGuid());
                }
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
