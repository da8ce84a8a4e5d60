using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Tests.Hierarchy;

/// <summary>An in-memory hierarchy with a browse function that counts calls and concurrency.</summary>
internal sealed class FakeTree
{
    private readonly Dictionary<Guid, List<Node>> _children = new();
    private readonly Dictionary<Guid, (Guid Parent, int Depth)> _positions = new();
    private readonly TimeSpan _delay;
    private int _browseCount;
    private int _inFlight;
    private int _maxInFlight;

    private FakeTree(TimeSpan delay) => _delay = delay;

    public Guid RootId { get; } = Guid.NewGuid();

    public List<Node> AllNodes { get; } = new();

    public Guid? FailOn { get; set; }

    /// <summary>Nodes whose browse throws an <see cref="ApiException"/> with this status, as the SDK does for an error answer.</summary>
    public Dictionary<Guid, int> FailWithStatus { get; } = new();

    public int BrowseCount => Volatile.Read(ref _browseCount);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static FakeTree Create(int divisions, int sitesPerDivision, int assetsPerSite, TimeSpan delay = default)
    {
        var tree = new FakeTree(delay);
        for (var d = 0; d < divisions; d++)
        {
            var division = tree.Add(tree.RootId, 1, "division", $"Division {d}");
            for (var s = 0; s < sitesPerDivision; s++)
            {
                var site = tree.Add(division, 2, "site", $"Site {d}.{s}");
                for (var a = 0; a < assetsPerSite; a++)
                {
                    tree.Add(site, 3, "asset", $"Asset {d}.{s}.{a}");
                }
            }
        }

        return tree;
    }

    public Guid ParentOf(Guid id) => _positions[id].Parent;

    public int DepthOf(Guid id) => _positions[id].Depth;

    public async Task<IReadOnlyList<Node>?> BrowseAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _browseCount);
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            if (_delay > TimeSpan.Zero)
            {
                await Task.Delay(_delay, cancellationToken);
            }

            var key = Guid.Parse(id);
            if (key == FailOn)
            {
                throw new InvalidOperationException($"browse of {id} failed");
            }

            if (FailWithStatus.TryGetValue(key, out var status))
            {
                throw new ApiException($"browse of {id} answered {status}") { ResponseStatusCode = status };
            }

            return _children.TryGetValue(key, out var list) ? list : new List<Node>();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private Guid Add(Guid parent, int depth, string type, string name)
    {
        var node = new Node { Id = Guid.NewGuid(), Name = name, Type = type, ParentId = parent };
        AllNodes.Add(node);
        _positions[node.Id!.Value] = (parent, depth);
        if (!_children.TryGetValue(parent, out var list))
        {
            _children[parent] = list = new List<Node>();
        }

        list.Add(node);
        return node.Id!.Value;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
