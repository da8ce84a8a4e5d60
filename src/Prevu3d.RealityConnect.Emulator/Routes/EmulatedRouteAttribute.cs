using System;

namespace Prevu3d.RealityConnect.Emulator.Routes;

/// <summary>
/// Marks a controller action as the implementation of one <see cref="EmulatorRoute"/>; the route's
/// endpoint metadata carries it so the counting and fault middleware know which operation runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
internal sealed class EmulatedRouteAttribute(EmulatorRoute route) : Attribute
{
    public EmulatorRoute Route { get; } = route;
}
