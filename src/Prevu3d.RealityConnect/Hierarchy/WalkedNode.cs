using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Hierarchy;

/// <summary>One node met during a hierarchy walk.</summary>
/// <param name="Node">The node as the API returned it, unknown fields included.</param>
/// <param name="ParentId">The id of the node that was browsed to find it.</param>
/// <param name="Depth">Its distance from the walk's root: 1 for the root's children.</param>
public sealed record WalkedNode(Node Node, string ParentId, int Depth);
