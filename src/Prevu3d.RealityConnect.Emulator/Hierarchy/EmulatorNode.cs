using System;
using System.Collections.Generic;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// One node of the emulated hierarchy. Browse answers <see cref="Id"/>, <see cref="Name"/>, <see cref="Type"/>
/// and <see cref="ParentId"/> (the spec's <c>Node</c>) plus the other properties as fields the spec does not list.
/// </summary>
public sealed class EmulatorNode
{
    internal EmulatorNode(Guid id, string name, EmulatorNodeType type, EmulatorNode? parent, DateTimeOffset createdAt, IReadOnlyList<string> tags)
    {
        Id = id;
        Name = name;
        Type = type;
        ParentId = parent?.Id;
        Depth = parent is null ? 0 : parent.Depth + 1;
        CreatedAt = createdAt;
        Tags = tags;
    }

    /// <summary>The node's UUID.</summary>
    public Guid Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The level.</summary>
    public EmulatorNodeType Type { get; }

    /// <summary>The <c>type</c> text of the JSON: <c>organization</c>, <c>division</c>, <c>site</c>, <c>folder</c> or <c>asset</c>.</summary>
    public string TypeName => Type switch
    {
        EmulatorNodeType.Organization => "organization",
        EmulatorNodeType.Division => "division",
        EmulatorNodeType.Site => "site",
        EmulatorNodeType.Folder => "folder",
        _ => "asset",
    };

    /// <summary>The parent's id; null for the organization.</summary>
    public Guid? ParentId { get; }

    /// <summary>Distance from the organization (0); sub-folders make folders deeper than 3.</summary>
    public int Depth { get; }

    /// <summary>Extra field <c>createdAt</c>.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Extra field <c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Extra field <c>childCount</c>: how many nodes browsing this one lists.</summary>
    public int ChildCount { get; internal set; }

    /// <summary>Sites only: extra field <c>location</c>.</summary>
    public string? Location { get; internal init; }

    /// <summary>Assets only: extra field <c>capturedAt</c>.</summary>
    public DateTimeOffset? CapturedAt { get; internal init; }

    /// <summary>Assets only: extra field <c>pointCount</c>.</summary>
    public long? PointCount { get; internal init; }

    /// <summary>Assets only: extra field <c>format</c> (e57, rcp, las...).</summary>
    public string? Format { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() => $"{TypeName} {Name} ({Id})";
}
