using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Hierarchy;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Tests.Hierarchy;

public sealed class HierarchyWalkerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public async Task WalkShouldReturnEveryNodeOnceWithItsParentAndDepth(int concurrency)
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 4, assetsPerSite: 5);
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var walked = await ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxConcurrency = concurrency }));

        Assert.Equal(tree.AllNodes.Count, walked.Count);
        Assert.Equal(tree.AllNodes.Select(n => n.Id).OrderBy(i => i), walked.Select(w => w.Node.Id).OrderBy(i => i));
        Assert.All(walked, w => Assert.Equal(tree.ParentOf(w.Node.Id!.Value), Guid.Parse(w.ParentId)));
        Assert.All(walked, w => Assert.Equal(tree.DepthOf(w.Node.Id!.Value), w.Depth));
    }

    [Fact]
    public async Task WalkShouldNotBrowseAssetsByDefault()
    {
        var tree = FakeTree.Create(divisions: 2, sitesPerDivision: 2, assetsPerSite: 3);
        var walker = new HierarchyWalker(tree.BrowseAsync);

        await ToListAsync(walker.WalkAsync(tree.RootId));

        // Root, 2 divisions and 4 sites are browsed; the 12 assets are leaves.
        Assert.Equal(1 + 2 + 4, tree.BrowseCount);
    }

    [Fact]
    public async Task WalkShouldStopAtMaxDepth()
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 4, assetsPerSite: 5);
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var walked = await ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxDepth = 2 }));

        Assert.Equal(3 + 12, walked.Count);
        Assert.All(walked, w => Assert.InRange(w.Depth, 1, 2));
        Assert.Equal(1 + 3, tree.BrowseCount);
    }

    [Fact]
    public async Task WalkShouldKeepAtMostMaxConcurrencyBrowsesInFlight()
    {
        var tree = FakeTree.Create(divisions: 20, sitesPerDivision: 3, assetsPerSite: 1, delay: TimeSpan.FromMilliseconds(5));
        var walker = new HierarchyWalker(tree.BrowseAsync);

        await ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxConcurrency = 4 }));

        Assert.InRange(tree.MaxInFlight, 2, 4);
    }

    [Fact]
    public async Task WalkShouldSurfaceTheFirstBrowseFailure()
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 3, assetsPerSite: 1);
        tree.FailOn = tree.AllNodes.First(n => n.Type == "site").Id;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(walker.WalkAsync(tree.RootId)));
        Assert.Contains(tree.FailOn.ToString()!, error.Message);
    }

    [Fact]
    public async Task WalkShouldEndPromptlyWhenCancelled()
    {
        var tree = FakeTree.Create(divisions: 50, sitesPerDivision: 10, assetsPerSite: 1, delay: TimeSpan.FromMilliseconds(20));
        var walker = new HierarchyWalker(tree.BrowseAsync);
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in walker.WalkAsync(tree.RootId, cancellationToken: cancellation.Token))
            {
                if (++seen == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.True(tree.BrowseCount < 1 + 50 + 500, "the walk went on after cancellation");
    }

    [Fact]
    public async Task BreakingOutOfTheWalkShouldCancelTheBrowsesInFlight()
    {
        var tree = FakeTree.Create(divisions: 30, sitesPerDivision: 10, assetsPerSite: 1, delay: TimeSpan.FromMilliseconds(10));
        var walker = new HierarchyWalker(tree.BrowseAsync);

        await foreach (var _ in walker.WalkAsync(tree.RootId))
        {
            break;
        }

        var afterBreak = tree.BrowseCount;
        await Task.Delay(100);
        Assert.Equal(afterBreak, tree.BrowseCount);
        Assert.Equal(0, tree.InFlight);
    }

    [Fact]
    public void OptionsShouldRejectOutOfRangeValues()
    {
        var options = new HierarchyWalkOptions();
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxConcurrency = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxConcurrency = HierarchyWalkOptions.MaxAllowedConcurrency + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxDepth = 0);
    }

    [Fact]
    public void WalkShouldRejectAnEmptyRootId()
    {
        var walker = new HierarchyWalker((_, _) => Task.FromResult<IReadOnlyList<Node>?>([]));
        Assert.Throws<ArgumentException>(() => walker.WalkAsync(" "));
    }

    private static async Task<List<WalkedNode>> ToListAsync(IAsyncEnumerable<WalkedNode> nodes)
    {
        var list = new List<WalkedNode>();
        await foreach (var node in nodes)
        {
            list.Add(node);
        }

        return list;
    }
}
