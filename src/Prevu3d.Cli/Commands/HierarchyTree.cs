using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using Prevu3d.RealityConnect.Hierarchy;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Prevu3d.Cli.Commands;

/// <summary>Walked nodes regrouped by parent, in a stable order, for drawing or JSON.</summary>
internal sealed class HierarchyTree
{
    private static readonly string[] TypeOrder = ["division", "site", "folder", "asset"];

    private readonly Dictionary<string, List<WalkedNode>> _children;

    private HierarchyTree(string rootId, Dictionary<string, List<WalkedNode>> children, List<WalkedNode> unreadable)
    {
        RootId = rootId;
        _children = children;
        Unreadable = unreadable;
    }

    public string RootId { get; }

    /// <summary>The nodes whose branch could not be browsed (403/404), in drawing order.</summary>
    public IReadOnlyList<WalkedNode> Unreadable { get; }

    public static HierarchyTree Build(string rootId, IEnumerable<WalkedNode> nodes)
    {
        var children = nodes
            .GroupBy(n => n.ParentId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(n => Rank(n.Node.Type)).ThenBy(n => n.Node.Name, StringComparer.Ordinal).ThenBy(n => n.Node.Id).ToList(),
                StringComparer.OrdinalIgnoreCase);
        var unreadable = children.Values.SelectMany(list => list).Where(n => n.IsUnreadable).ToList();
        return new HierarchyTree(rootId, children, unreadable);
    }

    public IRenderable ToRenderable(string rootLabel)
    {
        var tree = new Tree(Markup.Escape(rootLabel));
        AddChildren(tree, RootId);
        return tree;
    }

    public async Task<string> ToJsonAsync(CancellationToken cancellationToken)
    {
        var root = new JsonObject
        {
            ["id"] = RootId,
            ["unreadableBranches"] = Unreadable.Count,
            ["children"] = await ChildrenJsonAsync(RootId, cancellationToken).ConfigureAwait(false),
        };
        return root.ToJsonString();
    }

    private void AddChildren(IHasTreeNodes parent, string parentId)
    {
        foreach (var child in ChildrenOf(parentId))
        {
            var label = $"{Markup.Escape(child.Node.Name ?? "?")} [grey]({Markup.Escape(child.Node.Type ?? "?")})[/]";
            if (child.IsUnreadable)
            {
                // Its children are unknown, not absent: say so where the branch would be.
                label += $" [yellow]⚠ {UnreadableBranch.Reason(child)}[/]";
            }

            var treeNode = parent.AddNode(label);
            if (child.Node.Id is { } id)
            {
                AddChildren(treeNode, id.ToString());
            }
        }
    }

    private async Task<JsonArray> ChildrenJsonAsync(string parentId, CancellationToken cancellationToken)
    {
        var array = new JsonArray();
        foreach (var child in ChildrenOf(parentId))
        {
            // The node as the SDK serializes it, unknown fields included, plus its own children.
            var text = await KiotaJsonSerializer.SerializeAsStringAsync(child.Node, serializeOnlyChangedValues: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            var json = JsonNode.Parse(text)?.AsObject() ?? new JsonObject();
            if (child.BrowseError is { } error)
            {
                json["browseError"] = new JsonObject
                {
                    ["status"] = error.ResponseStatusCode,
                    ["reason"] = UnreadableBranch.Reason(child),
                    ["message"] = error.Message,
                };
            }

            if (child.Node.Id is { } id && _children.ContainsKey(id.ToString()))
            {
                json["children"] = await ChildrenJsonAsync(id.ToString(), cancellationToken).ConfigureAwait(false);
            }

            array.Add(json);
        }

        return array;
    }

    private List<WalkedNode> ChildrenOf(string parentId)
        => _children.TryGetValue(parentId, out var list) ? list : [];

    private static int Rank(string? type)
    {
        var index = Array.FindIndex(TypeOrder, t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? TypeOrder.Length : index;
    }
}
