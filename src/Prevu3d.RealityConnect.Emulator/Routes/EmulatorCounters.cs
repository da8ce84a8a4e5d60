using System;
using System.Threading;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// Thread-safe counts of the requests each route received since start or the last <see cref="Reset"/>.
/// Every request that reached a route is counted, whatever its outcome (faulted, rejected or served).
/// </summary>
public sealed class EmulatorCounters
{
    private readonly int[] counts = new int[Enum.GetValues<EmulatorRoute>().Length];

    /// <summary>Requests to <c>POST /oauth/token</c>.</summary>
    public int Token => this[EmulatorRoute.Token];

    /// <summary>Requests to <c>GET /oauth/api-info</c>.</summary>
    public int ApiInfo => this[EmulatorRoute.ApiInfo];

    /// <summary>Requests to <c>GET /v1/nodes/{nodeId}/browse</c>.</summary>
    public int Browse => this[EmulatorRoute.Browse];

    /// <summary>Requests to all routes.</summary>
    public int Total
    {
        get
        {
            var total = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                total += Volatile.Read(ref counts[i]);
            }

            return total;
        }
    }

    /// <summary>Requests to <paramref name="route"/>.</summary>
    /// <param name="route">The route.</param>
    public int this[EmulatorRoute route] => Volatile.Read(ref counts[Index(route)]);

    /// <summary>Sets every counter back to zero.</summary>
    public void Reset()
    {
        for (var i = 0; i < counts.Length; i++)
        {
            Interlocked.Exchange(ref counts[i], 0);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"token={Token} api-info={ApiInfo} browse={Browse}";

    internal int Increment(EmulatorRoute route) => Interlocked.Increment(ref counts[Index(route)]);

    private int Index(EmulatorRoute route)
    {
        var index = (int)route;
        // An undefined enum value is a caller bug, not a new counter.
        return (uint)index < (uint)counts.Length
            ? index
            : throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route.");
    }
}
