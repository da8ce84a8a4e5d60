using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Hierarchy;

/// <summary>One node met during a hierarchy walk.</summary>
/// <param name="Node">The node as the API returned it, unknown fields included.</param>
/// <param name="ParentId">The id of the node that was browsed to find it.</param>
/// <param name="Depth">Its distance from the walk's root: 1 for the root's children.</param>
public sealed record WalkedNode(Node Node, string ParentId, int Depth)
{
    /// <summary>
    /// Why the node's children could not be listed: the API answered its browse with 403 (the service user may
    /// not browse it) or 404 (it was deleted after its parent was listed). <see langword="null"/> when its
    /// children were listed or were not asked for (an asset, a node at <see cref="HierarchyWalkOptions.MaxDepth"/>).
    /// </summary>
    /// <remarks>
    /// The node itself was listed by its parent and is returned like any other; only the branch below it is
    /// missing from the walk. See <see cref="HierarchyWalkOptions.SkipUnreadableBranches"/>.
    /// </remarks>
    public ApiException? BrowseError { get; init; }

    /// <summary>Whether the branch below this node is missing from the walk because its browse failed (<see cref="BrowseError"/> is set).</summary>
    public bool IsUnreadable => BrowseError is not null;
}
