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
    /// What a branch that cannot be browsed costs. <see langword="true"/> (the default): a browse answered 403
    /// (forbidden to this service user) or 404 (the node vanished since its parent was listed), once the usual
    /// retries of transient failures are spent, costs that branch only: the node is returned with
    /// <see cref="WalkedNode.BrowseError"/> set and the walk goes on. <see langword="false"/>: the first such
    /// answer ends the walk with its exception.
    /// </summary>
    /// <remarks>
    /// Like <c>System.IO.EnumerationOptions.IgnoreInaccessible</c>. Any other failure (authentication, discovery,
    /// an exhausted retry, a malformed answer), a failure to browse the walk's root and cancellation always end the walk.
    /// </remarks>
    public bool SkipUnreadableBranches { get; set; } = true;

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
