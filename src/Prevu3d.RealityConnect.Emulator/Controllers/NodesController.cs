using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Prevu3d.RealityConnect.Emulator.Contract;
using Prevu3d.RealityConnect.Emulator.Hosting;
using Prevu3d.RealityConnect.Emulator.Routes;
using Prevu3d.RealityConnect.Emulator.Tokens;

namespace Prevu3d.RealityConnect.Emulator.Controllers;

/// <summary>The regional API's operations (spec tag <c>nodes</c>).</summary>
internal sealed class NodesController(EmulatorState state) : NodesControllerBase
{
    /// <inheritdoc/>
    [EmulatedRoute(EmulatorRoute.Browse)]
    [BearerToken]
    public override Task<ActionResult<ICollection<Node>>> BrowseNode(Guid nodeId, CancellationToken cancellationToken)
    {
        // A malformed id names no node: 404, the spec's answer for ids it does not know (it documents no 400).
        if (!ModelState.IsValid || !state.Hierarchy.TryGetNode(nodeId, out var node))
        {
            var raw = RouteData.Values["nodeId"] as string ?? nodeId.ToString();
            return Task.FromResult<ActionResult<ICollection<Node>>>(ErrorResponses.Result(404, $"Node '{raw}' not found"));
        }

        var children = state.Hierarchy.GetChildren(node.Id);
        var answer = new List<Node>(children.Count);
        foreach (var child in children)
        {
            answer.Add(NodeMapper.ToContract(child));
        }

        return Task.FromResult<ActionResult<ICollection<Node>>>(answer);
    }
}
