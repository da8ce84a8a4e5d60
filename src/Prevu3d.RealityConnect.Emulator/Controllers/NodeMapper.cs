using System.Collections.Generic;
using Prevu3d.RealityConnect.Emulator.Contract;

namespace Prevu3d.RealityConnect.Emulator.Controllers;

/// <summary>An <see cref="EmulatorNode"/> as the spec's <c>Node</c>, its other properties as fields the spec does not list.</summary>
internal static class NodeMapper
{
    public static Node ToContract(EmulatorNode node)
    {
        var extra = new Dictionary<string, object>(8)
        {
            ["createdAt"] = node.CreatedAt,
            ["tags"] = node.Tags,
            ["childCount"] = node.ChildCount,
        };
        if (node.Location is { } location)
        {
            extra["location"] = location;
        }

        if (node.CapturedAt is { } capturedAt)
        {
            extra["capturedAt"] = capturedAt;
            extra["pointCount"] = node.PointCount!.Value;
            extra["format"] = node.Format!;
        }

        return new Node
        {
            Id = node.Id,
            Name = node.Name,
            Type = node.TypeName,
            ParentId = node.ParentId,
            AdditionalProperties = extra,
        };
    }
}
