using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect;

namespace Prevu3d.Cli.Commands;

/// <summary>Turns a node-id argument into an id, defaulting to the token's organization.</summary>
internal static class NodeIds
{
    public static async Task<string> ResolveAsync(RealityConnectClient client, string? argument, CancellationToken cancellationToken)
    {
        if (argument is not null)
        {
            // Node ids are UUIDs: reject anything else before a request is made.
            if (!Guid.TryParse(argument, out var parsed))
            {
                throw new ArgumentException($"'{argument}' is not a node id (a UUID is expected).");
            }

            return parsed.ToString("D", CultureInfo.InvariantCulture);
        }

        var info = await client.GetApiInfoAsync(cancellationToken).ConfigureAwait(false);
        return info.Organization?.Id?.ToString("D", CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException("api-info named no organization: pass a node id.");
    }
}
