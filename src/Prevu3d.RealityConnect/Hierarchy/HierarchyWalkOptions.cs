using System;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Hierarchy;

/// <summary>Settings of a hierarchy walk started by <see cref="HierarchyWalker"/>.</summary>
public sealed class HierarchyWalkOptions
{
    /// <summary>The default number of browse requests in flight at once.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The largest accepted <see cref="MaxConcurrency"/>.</summary>
    public const int MaxAllowedConcurrency = 256;

    private int _maxConcurrency = DefaultMaxConcurrency;
    private int? _maxDepth;

    /// <summary>How many browse requests may be in flight at once (1 to 256, default 8).</summary>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxAllowedConcurrency);
            _maxConcurrency = value;
        }
    }

    /// <summary>
    /// How many levels below the root to return; <see langword="null"/> walks the whole subtree.
    /// Depth 1 is the root's children.
    /// </summary>
    public int? MaxDepth
    {
        get => _maxDepth;
        set
        {
            if (value is { } depth)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
            }

            _maxDepth = value;
        }
    }

    /// <summary>
    /// Decides whether a node's children are fetched. The default skips nodes whose type is
    /// <c>asset</c>, the leaves of the RealityConnect hierarchy, saving one request per asset.
    /// </summary>
    public Func<Node, bool> ShouldBrowse { get; set; } = DefaultShouldBrowse;

    /// <summary>The default <see cref="ShouldBrowse"/>: every node but assets.</summary>
    /// <param name="node">The node about to be browsed.</param>
    /// <returns><see langword="true"/> unless the node is an asset.</returns>
    public static bool DefaultShouldBrowse(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return !string.Equals(node.Type, "asset", StringComparison.OrdinalIgnoreCase);
    }
}
