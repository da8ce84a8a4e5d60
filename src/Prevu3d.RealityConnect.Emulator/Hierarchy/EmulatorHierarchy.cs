using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Prevu3d.RealityConnect.Emulator.Hierarchy;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// The emulator's organization → divisions → sites → folders (and sub-folders) → assets, generated
/// deterministically from a seed: the same seed, size and organization id give the same ids and names.
/// Immutable and thread-safe.
/// </summary>
public sealed class EmulatorHierarchy
{
    /// <summary>The smallest hierarchy: the organization alone.</summary>
    public const int MinNodeCount = 1;

    /// <summary>The largest hierarchy this emulator generates.</summary>
    public const int MaxNodeCount = 1_000_000;

    private readonly EmulatorNode[] nodes;
    private readonly Dictionary<Guid, int> indexById;
    private readonly EmulatorNode[] childrenByParent;
    private readonly int[] childStart;

    internal EmulatorHierarchy(int seed, EmulatorNode[] nodes, int[] parentIndex)
    {
        Seed = seed;
        this.nodes = nodes;
        indexById = new Dictionary<Guid, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            indexById.Add(nodes[i].Id, i);
        }

        // Children laid out contiguously per parent (counting sort), in creation order.
        childStart = new int[nodes.Length + 1];
        for (var i = 1; i < nodes.Length; i++)
        {
            childStart[parentIndex[i] + 1]++;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            childStart[i + 1] += childStart[i];
            nodes[i].ChildCount = childStart[i + 1] - childStart[i];
        }

        childrenByParent = new EmulatorNode[Math.Max(0, nodes.Length - 1)];
        var next = (int[])childStart.Clone();
        for (var i = 1; i < nodes.Length; i++)
        {
            childrenByParent[next[parentIndex[i]]++] = nodes[i];
        }
    }

    /// <summary>The seed the hierarchy was generated from.</summary>
    public int Seed { get; }

    /// <summary>The root node.</summary>
    public EmulatorNode Organization => nodes[0];

    /// <summary>The organization's id (the node that browses to the divisions).</summary>
    public Guid OrganizationId => nodes[0].Id;

    /// <summary>How many nodes, the organization included.</summary>
    public int Count => nodes.Length;

    /// <summary>Every node, parents before their children, the organization first.</summary>
    public IReadOnlyList<EmulatorNode> Nodes => nodes;

    /// <summary>Generates a hierarchy; 100,000 nodes take well under a second.</summary>
    /// <param name="nodeCount">Total nodes, the organization included (<see cref="MinNodeCount"/> to <see cref="MaxNodeCount"/>).</param>
    /// <param name="seed">The seed of every id, name and extra field.</param>
    /// <param name="organizationId">The organization's id; null derives it from the seed.</param>
    /// <param name="organizationName">The organization's name; null picks one from the seed.</param>
    public static EmulatorHierarchy Generate(int nodeCount, int seed, Guid? organizationId = null, string? organizationName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, MinNodeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodeCount, MaxNodeCount);
        return HierarchyGenerator.Generate(nodeCount, seed, organizationId, organizationName);
    }

    /// <summary>Finds a node by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="node">The node, when found.</param>
    public bool TryGetNode(Guid id, [NotNullWhen(true)] out EmulatorNode? node)
    {
        node = indexById.TryGetValue(id, out var index) ? nodes[index] : null;
        return node is not null;
    }

    /// <summary>The nodes that browsing <paramref name="id"/> lists, in the order browse answers them.</summary>
    /// <param name="id">The id of an existing node.</param>
    /// <exception cref="KeyNotFoundException">No node has this id.</exception>
    public IReadOnlyList<EmulatorNode> GetChildren(Guid id)
    {
        if (!indexById.TryGetValue(id, out var index))
        {
            throw new KeyNotFoundException($"No node has the id {id}.");
        }

        return new ArraySegment<EmulatorNode>(childrenByParent, childStart[index], childStart[index + 1] - childStart[index]);
    }

    /// <summary>How many nodes have <paramref name="type"/>.</summary>
    /// <param name="type">The level.</param>
    public int CountOf(EmulatorNodeType type)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            count += node.Type == type ? 1 : 0;
        }

        return count;
    }
}
