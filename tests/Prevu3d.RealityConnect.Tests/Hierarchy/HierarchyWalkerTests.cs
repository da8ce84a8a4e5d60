using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
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

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task WalkShouldReportAnUnreadableBranchAndGoOnWithTheOthers(int status)
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 3, assetsPerSite: 2);
        var lost = tree.AllNodes.First(n => n.Type == "site");
        tree.FailWithStatus[lost.Id!.Value] = status;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var walked = await ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxConcurrency = 4 }));

        // Everything but the lost site's two assets, each node exactly once; the site itself carries the reason.
        var expected = tree.AllNodes.Where(n => n.ParentId != lost.Id).Select(n => n.Id).OrderBy(i => i);
        Assert.Equal(expected, walked.Select(w => w.Node.Id).OrderBy(i => i));
        var unreadable = Assert.Single(walked, w => w.IsUnreadable);
        Assert.Equal(lost.Id, unreadable.Node.Id);
        Assert.Equal(status, unreadable.BrowseError!.ResponseStatusCode);
        Assert.Equal(tree.ParentOf(lost.Id!.Value), Guid.Parse(unreadable.ParentId));
        Assert.Equal(2, unreadable.Depth);
        Assert.All(walked.Where(w => w != unreadable), w => Assert.Null(w.BrowseError));
    }

    [Fact]
    public async Task WalkShouldSkipEveryUnreadableBranchAtAnyDepth()
    {
        var tree = FakeTree.Create(divisions: 4, sitesPerDivision: 3, assetsPerSite: 2);
        var division = tree.AllNodes.First(n => n.Type == "division");
        var sites = tree.AllNodes.Where(n => n.Type == "site" && n.ParentId != division.Id).Take(2).ToList();
        tree.FailWithStatus[division.Id!.Value] = 403;
        tree.FailWithStatus[sites[0].Id!.Value] = 404;
        tree.FailWithStatus[sites[1].Id!.Value] = 403;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var walked = await ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxConcurrency = 3 }));

        var unreadable = walked.Where(w => w.IsUnreadable).Select(w => w.Node.Id).OrderBy(i => i);
        Assert.Equal(new[] { division.Id, sites[0].Id, sites[1].Id }.OrderBy(i => i), unreadable);
        // The nodes below a lost branch are missing; every other node is returned once.
        var lostParents = new HashSet<Guid?> { division.Id, sites[0].Id, sites[1].Id };
        var readable = tree.AllNodes.Where(n => !IsBelow(tree, n, lostParents)).Select(n => n.Id).OrderBy(i => i);
        Assert.Equal(readable, walked.Select(w => w.Node.Id).OrderBy(i => i));
        Assert.Equal(walked.Count, walked.Select(w => w.Node.Id).Distinct().Count());
    }

    [Fact]
    public async Task WalkShouldReturnEveryNodeAfterItsParent()
    {
        var tree = FakeTree.Create(divisions: 5, sitesPerDivision: 4, assetsPerSite: 3, delay: TimeSpan.FromMilliseconds(1));
        tree.FailWithStatus[tree.AllNodes.First(n => n.Type == "site").Id!.Value] = 403;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var seen = new HashSet<string> { tree.RootId.ToString() };
        await foreach (var item in walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { MaxConcurrency = 8 }))
        {
            Assert.Contains(item.ParentId, seen);
            seen.Add(item.Node.Id!.Value.ToString());
        }

        // The root plus every node but the forbidden site's three assets.
        Assert.Equal(1 + tree.AllNodes.Count - 3, seen.Count);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task WalkShouldStopAtTheFirstUnreadableBranchWhenAskedTo(int status)
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 3, assetsPerSite: 1);
        var lost = tree.AllNodes.First(n => n.Type == "site").Id!.Value;
        tree.FailWithStatus[lost] = status;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var error = await Assert.ThrowsAsync<ApiException>(
            () => ToListAsync(walker.WalkAsync(tree.RootId, new HierarchyWalkOptions { SkipUnreadableBranches = false })));

        Assert.Equal(status, error.ResponseStatusCode);
        Assert.Contains(lost.ToString(), error.Message);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task WalkShouldFailWhenTheRootCannotBeBrowsed(int status)
    {
        var tree = FakeTree.Create(divisions: 2, sitesPerDivision: 1, assetsPerSite: 1);
        tree.FailWithStatus[tree.RootId] = status;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        // Nothing below the root is known: an empty, successful walk would hide the failure.
        var error = await Assert.ThrowsAsync<ApiException>(() => ToListAsync(walker.WalkAsync(tree.RootId)));
        Assert.Equal(status, error.ResponseStatusCode);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task WalkShouldEndAtABranchFailureThatIsNotAboutTheBranch(int status)
    {
        var tree = FakeTree.Create(divisions: 3, sitesPerDivision: 3, assetsPerSite: 1);
        tree.FailWithStatus[tree.AllNodes.First(n => n.Type == "site").Id!.Value] = status;
        var walker = new HierarchyWalker(tree.BrowseAsync);

        var error = await Assert.ThrowsAsync<ApiException>(() => ToListAsync(walker.WalkAsync(tree.RootId)));
        Assert.Equal(status, error.ResponseStatusCode);
    }

    [Fact]
    public void OptionsShouldSkipUnreadableBranchesByDefault()
        => Assert.True(new HierarchyWalkOptions().SkipUnreadableBranches);

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

    private static bool IsBelow(FakeTree tree, Node node, HashSet<Guid?> ancestors)
    {
        for (var parent = node.ParentId; parent is { } id && id != tree.RootId; parent = tree.ParentOf(id))
        {
            if (ancestors.Contains(id))
            {
                return true;
            }
        }

        return false;
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
