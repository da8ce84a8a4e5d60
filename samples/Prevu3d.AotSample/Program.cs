using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.Hierarchy;

namespace Prevu3d.AotSample;

/// <summary>
/// The README's workflow, then a walk of the whole hierarchy, with the credentials and the authority
/// from the PREVU3D_* variables. <c>startup</c> as the argument exits at once (to time start-up alone).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is ["startup"])
        {
            return 0;
        }

        var watch = Stopwatch.StartNew();
        using var client = new RealityConnectClient(RealityConnectClientOptions.FromEnvironment());
        var info = await client.Oauth.ApiInfo.GetAsync();
        var organization = info!.Organization!;
        var divisions = await client.V1.Nodes[organization.Id!.Value].Browse.GetAsync();
        Console.WriteLine($"{organization.Name}: {divisions!.Count} divisions, API at {info.ApiUrl}");

        var nodes = 0;
        await foreach (var item in new HierarchyWalker(client).WalkAsync(organization.Id.Value, new HierarchyWalkOptions { MaxConcurrency = 8 }))
        {
            nodes++;
        }

        Console.WriteLine($"{nodes} nodes walked in {watch.ElapsedMilliseconds} ms");
        return nodes > 0 ? 0 : 1;
    }
}
