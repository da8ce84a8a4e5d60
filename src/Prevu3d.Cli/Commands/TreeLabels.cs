using System;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect;

namespace Prevu3d.Cli.Commands;

/// <summary>Names a tree's root: the organization's name when it is the organization.</summary>
internal static class TreeLabels
{
    public static async Task<string> RootAsync(RealityConnectClient client, string rootId, CancellationToken cancellationToken)
    {
        var info = await client.GetApiInfoAsync(cancellationToken).ConfigureAwait(false);
        return info.Organization is { Id: { } orgId, Name: { } name } && Guid.TryParse(rootId, out var root) && root == orgId
            ? $"{name} (organization)"
            : rootId;
    }
}
