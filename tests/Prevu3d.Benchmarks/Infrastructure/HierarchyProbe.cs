using System;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>
/// Finds an emulator hierarchy (size, seed) holding a node with exactly the wanted number of children, by
/// generating it here (the emulator's hierarchy is deterministic), so the separate emulator process serves
/// the same tree.
/// </summary>
internal static class HierarchyProbe
{
    /// <summary>Large enough that folders hold about a hundred assets (level sizes grow like powers of the total).</summary>
    public const int BrowseHierarchySize = 150_000;

    public static (int Seed, Guid NodeId) FindNodeWithChildren(int children, int nodeCount = BrowseHierarchySize)
    {
        for (var seed = RealityConnectEmulatorOptions.DefaultSeed; seed < RealityConnectEmulatorOptions.DefaultSeed + 50; seed++)
        {
            var hierarchy = EmulatorHierarchy.Generate(nodeCount, seed);
            foreach (var node in hierarchy.Nodes)
            {
                if (node.ChildCount == children)
                {
                    return (seed, node.Id);
                }
            }
        }

        throw new InvalidOperationException($"No node with {children} children in {nodeCount}-node hierarchies.");
    }
}
