using System;

namespace Prevu3d.RealityConnect.Emulator.Routes;

/// <summary>The command-line names of <see cref="EmulatorRoute"/> values (<c>token</c>, <c>api-info</c>, <c>browse</c>).</summary>
internal static class EmulatorRouteNames
{
    public static string ToName(EmulatorRoute route) => route switch
    {
        EmulatorRoute.Token => "token",
        EmulatorRoute.ApiInfo => "api-info",
        EmulatorRoute.Browse => "browse",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route."),
    };

    public static bool TryParse(string? name, out EmulatorRoute route)
    {
        foreach (var candidate in Enum.GetValues<EmulatorRoute>())
        {
            if (string.Equals(ToName(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                route = candidate;
                return true;
            }
        }

        route = default;
        return false;
    }
}
