using System;
using System.Collections.Generic;
using Prevu3d.RealityConnect.Emulator.Faults;
using Prevu3d.RealityConnect.Emulator.Routes;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// Faults armed per route, thread-safe. Each request to a route applies every fault armed with
/// <see cref="Always"/> plus one use of the oldest fault queued with <see cref="Next"/>, so
/// <c>Next(Token, 503, 2); Next(Token, drop)</c> answers 503, 503, then drops, then serves normally.
/// Latency faults add up; when several faults answer, the queued one wins over the permanent ones.
/// A fault aimed at nodes (<see cref="EmulatorFault.Forbidden"/>, <see cref="EmulatorFault.NotFound"/>) counts only for
/// requests about those nodes: <c>Always(Browse, Forbidden(siteId))</c> answers 403 to every browse of that site, and a
/// queued one waits for a request about its nodes, letting others pass.
/// </summary>
/// <remarks>
/// A client that sends a request on a reused keep-alive connection may retry a dropped request by itself
/// (<c>SocketsHttpHandler</c> does when no byte of the answer arrived): each attempt counts and uses the queue.
/// </remarks>
public sealed class EmulatorFaults
{
    private readonly object gate = new();
    private readonly List<EmulatorFault>[] always = PerRoute<EmulatorFault>();
    private readonly List<QueuedFault>[] queued = PerRoute<QueuedFault>();

    /// <summary>Applies <paramref name="fault"/> to every request of <paramref name="route"/> until cleared.</summary>
    /// <param name="route">The route.</param>
    /// <param name="fault">The fault.</param>
    public void Always(EmulatorRoute route, EmulatorFault fault)
    {
        Check(route, fault);
        lock (gate)
        {
            always[Index(route)].Add(fault);
        }
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="count"/> requests of <paramref name="route"/>, after the faults queued before it.</summary>
    /// <param name="route">The route.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="count">How many requests it applies to (at least one).</param>
    public void Next(EmulatorRoute route, EmulatorFault fault, int count = 1)
    {
        Check(route, fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (gate)
        {
            queued[Index(route)].Add(new QueuedFault(fault, count));
        }
    }

    /// <summary>
    /// Arms a fault written as on the command line: <c>ROUTE=FAULT</c> (always) or <c>ROUTE=FAULT*COUNT</c>
    /// (the next COUNT requests), with ROUTE one of <c>token</c>, <c>api-info</c>, <c>browse</c> and FAULT as
    /// read by <see cref="EmulatorFault.Parse"/>; for example <c>token=503*2</c> or <c>browse=latency:200ms</c>.
    /// </summary>
    /// <param name="rule">The rule text.</param>
    /// <exception cref="FormatException">The rule cannot be read.</exception>
    public void Add(string rule)
    {
        var parsed = FaultRule.Parse(rule);
        try
        {
            if (parsed.Count is { } times)
            {
                Next(parsed.Route, parsed.Fault, times);
            }
            else
            {
                Always(parsed.Route, parsed.Fault);
            }
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{rule}' is not a valid fault rule: {e.Message}", e);
        }
    }

    /// <summary>How many queued uses remain for <paramref name="route"/> (faults armed with <see cref="Next"/>).</summary>
    /// <param name="route">The route.</param>
    public int Pending(EmulatorRoute route)
    {
        lock (gate)
        {
            var total = 0;
            foreach (var entry in queued[Index(route)])
            {
                total += entry.Remaining;
            }

            return total;
        }
    }

    /// <summary>Disarms every fault of <paramref name="route"/>.</summary>
    /// <param name="route">The route.</param>
    public void Clear(EmulatorRoute route)
    {
        lock (gate)
        {
            always[Index(route)].Clear();
            queued[Index(route)].Clear();
        }
    }

    /// <summary>Disarms every fault of every route.</summary>
    public void Clear()
    {
        foreach (var route in Enum.GetValues<EmulatorRoute>())
        {
            Clear(route);
        }
    }

    /// <summary>
    /// Claims the faults that apply to one request of <paramref name="route"/> about <paramref name="nodeId"/>:
    /// the oldest queued one that matches it (if any) first, then the permanent ones that match it.
    /// </summary>
    internal IReadOnlyList<EmulatorFault> Take(EmulatorRoute route, Guid? nodeId = null)
    {
        lock (gate)
        {
            var permanent = always[Index(route)];
            var queue = queued[Index(route)];
            if (permanent.Count == 0 && queue.Count == 0)
            {
                return [];
            }

            var faults = new List<EmulatorFault>(permanent.Count + 1);
            var head = queue.FindIndex(entry => entry.Fault.Matches(nodeId));
            if (head >= 0)
            {
                var entry = queue[head];
                faults.Add(entry.Fault);
                if (--entry.Remaining == 0)
                {
                    queue.RemoveAt(head);
                }
            }

            foreach (var fault in permanent)
            {
                if (fault.Matches(nodeId))
                {
                    faults.Add(fault);
                }
            }

            return faults;
        }
    }

    private static void Check(EmulatorRoute route, EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _ = Index(route);
        if (!fault.AppliesTo(route))
        {
            var only = fault.Kind is EmulatorFaultKind.Forbidden or EmulatorFaultKind.NotFound ? "browse" : "token";
            throw new ArgumentException($"The fault '{fault}' applies to the {only} route only, not to {EmulatorRouteNames.ToName(route)}.", nameof(fault));
        }
    }

    private static int Index(EmulatorRoute route) => Enum.IsDefined(route)
        ? (int)route
        : throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route.");

    private static List<T>[] PerRoute<T>()
    {
        var lists = new List<T>[Enum.GetValues<EmulatorRoute>().Length];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        return lists;
    }

    private sealed class QueuedFault(EmulatorFault fault, int remaining)
    {
        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
