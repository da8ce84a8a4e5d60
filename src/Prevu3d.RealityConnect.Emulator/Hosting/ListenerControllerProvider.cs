using System.Collections.Generic;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Prevu3d.RealityConnect.Emulator.Controllers;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>
/// Gives each listener's host exactly its controllers, so a route is not reachable on the other listener.
/// The controllers are internal (the emulator's public API is its facade), which MVC's default provider skips.
/// </summary>
internal sealed class ListenerControllerProvider(EmulatorListener listener) : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        feature.Controllers.Clear();
        feature.Controllers.Add(listener == EmulatorListener.Authority
            ? typeof(OauthController).GetTypeInfo()
            : typeof(NodesController).GetTypeInfo());
    }
}
