using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Emulator;
using Prevu3d.RealityConnect.Hierarchy;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.Hierarchy;

/// <summary>
/// <see cref="HierarchyWalker"/> over real HTTP against an emulated organization where the service user may not browse
/// some branches (403) and some nodes vanish between their parent's listing and their own browse (404).
/// </summary>
public sealed class PartialHierarchyWalkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task WalkShouldReturnEveryReadableNodeExactlyOnceAndReportEachLostBranch(int concurrency)
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 600);
        var hierarchy = session.Emulator.Hierarchy;
        var lost = PickLostBranches(hierarchy);
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(lost.Forbidden));
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.NotFound(lost.Vanished));
        // Transient failures on the way are retried as for any call, not mistaken for a lost branch.
        session.Emulator.Faults.Next(EmulatorRoute.Browse, EmulatorFault.ServerError(503), count: 3);

        var walked = await WalkAsync(session, new HierarchyWalkOptions { MaxConcurrency = concurrency });

        var expected = Readable(hierarchy, [.. lost.Forbidden, .. lost.Vanished]);
        Assert.Equal(walked.Count, walked.Select(w => w.Node.Id).Distinct().Count());
        Assert.Equal(expected.Select(n => n.Id).Order(), walked.Select(w => w.Node.Id!.Value).Order());
        Assert.All(walked, w => Assert.Equal(hierarchy.Nodes.Single(n => n.Id == w.Node.Id).ParentId, Guid.Parse(w.ParentId)));

        var reported = walked.Where(w => w.IsUnreadable).ToDictionary(w => w.Node.Id!.Value, w => w.BrowseError!);
        Assert.Equal(lost.Forbidden.Concat(lost.Vanished).Order(), reported.Keys.Order());
        Assert.All(lost.Forbidden, id => Assert.Equal(403, reported[id].ResponseStatusCode));
        Assert.All(lost.Vanished, id => Assert.Equal(404, reported[id].ResponseStatusCode));
        Assert.All(reported, r => Assert.Contains(r.Key.ToString(), r.Value.Message, StringComparison.Ordinal));
        Assert.Equal(0, session.Emulator.Faults.Pending(EmulatorRoute.Browse));

        // Each browsable readable node once, each lost one once (403/404 are not retried), the root, and the 3 retried 503s.
        var browsable = expected.Count(n => n.Type != EmulatorNodeType.Asset);
        Assert.Equal(1 + browsable + 3, session.Emulator.Counters.Browse);
        Assert.Empty(session.RequestsOutsideTheEmulator());
    }

    [Fact]
    public async Task WalkShouldGoOnWhenANodeIsDeletedBetweenItsListingAndItsBrowse()
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 300);
        var hierarchy = session.Emulator.Hierarchy;
        var site = hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Site && n.ChildCount > 0);
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The site is deleted as soon as the walk has seen it listed: its own browse then answers 404.
        var walker = new HierarchyWalker(async (id, ct) =>
        {
            var children = await session.Client.V1.Nodes[id].Browse.GetAsync(cancellationToken: ct);
            if (children!.Any(c => c.Id == site.Id))
            {
                session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.NotFound(site.Id));
                gone.TrySetResult();
            }

            return children;
        });
        var walked = new List<WalkedNode>();
        await foreach (var node in walker.WalkAsync(hierarchy.OrganizationId))
        {
            walked.Add(node);
        }

        Assert.True(gone.Task.IsCompleted);
        var vanished = Assert.Single(walked, w => w.IsUnreadable);
        Assert.Equal(site.Id, vanished.Node.Id);
        Assert.Equal(404, vanished.BrowseError!.ResponseStatusCode);
        Assert.Equal(Readable(hierarchy, [site.Id]).Select(n => n.Id).Order(), walked.Select(w => w.Node.Id!.Value).Order());
    }

    [Fact]
    public async Task WalkShouldStopAtTheFirstForbiddenBranchWhenAskedTo()
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 200);
        var (forbidden, _) = PickLostBranches(session.Emulator.Hierarchy);
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(forbidden));

        var error = await Assert.ThrowsAnyAsync<ApiException>(
            () => WalkAsync(session, new HierarchyWalkOptions { SkipUnreadableBranches = false }));

        Assert.Equal(403, error.ResponseStatusCode);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task WalkShouldFailWhenTheRootCannotBeBrowsed(int status)
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 50);
        var root = session.Emulator.OrganizationId;
        session.Emulator.Faults.Always(EmulatorRoute.Browse, status == 403 ? EmulatorFault.Forbidden(root) : EmulatorFault.NotFound(root));

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => WalkAsync(session, new HierarchyWalkOptions()));

        Assert.Equal(status, error.ResponseStatusCode);
    }

    [Fact]
    public async Task AuthenticationFailureDuringTheWalkShouldEndItWithItsTypedException()
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 300);
        var emulator = session.Emulator;
        var (forbidden, _) = PickLostBranches(emulator.Hierarchy);
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(forbidden));
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Latency(TimeSpan.FromMilliseconds(20)));
        var walker = new HierarchyWalker(session.Client);
        var seen = 0;

        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(async () =>
        {
            await foreach (var _ in walker.WalkAsync(emulator.OrganizationId, new HierarchyWalkOptions { MaxConcurrency = 2 }))
            {
                if (++seen == 1)
                {
                    // From here on the token is refused (401) and renewing it fails: no branch can be read any more.
                    emulator.Faults.Always(EmulatorRoute.Token, EmulatorFault.HasError("client disabled"));
                    emulator.RevokeAllTokens();
                }
            }
        });
        Assert.True(seen < emulator.Hierarchy.Count - 1, "the walk went on after authentication failed");
    }

    [Fact]
    public async Task DiscoveryFailureShouldEndTheWalkWithItsTypedException()
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 50);
        session.Emulator.AdvertisedApiUrl = "https://attacker.example.com/realityconnect-api";

        await Assert.ThrowsAsync<RealityConnectDiscoveryException>(() => WalkAsync(session, new HierarchyWalkOptions()));
        Assert.Equal(0, session.Emulator.Counters.Browse);
    }

    [Fact]
    public async Task CancellingAWalkWithForbiddenBranchesShouldEndItPromptly()
    {
        await using var session = await EmulatorSession.StartAsync(e => e.NodeCount = 2000);
        var (forbidden, vanished) = PickLostBranches(session.Emulator.Hierarchy);
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(forbidden));
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.NotFound(vanished));
        session.Emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Latency(TimeSpan.FromMilliseconds(10)));
        using var cancel = new CancellationTokenSource();
        var walker = new HierarchyWalker(session.Client);

        var seen = 0;
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in walker.WalkAsync(session.Emulator.OrganizationId, cancellationToken: cancel.Token))
            {
                if (++seen == 20)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(cancel.Token, error.CancellationToken);
        var browsable = session.Emulator.Hierarchy.Nodes.Count(n => n.Type != EmulatorNodeType.Asset);
        Assert.True(session.Emulator.Counters.Browse < browsable / 2, $"the walk went on after cancellation: {session.Emulator.Counters.Browse} of {browsable} browsed");
    }

    private static async Task<List<WalkedNode>> WalkAsync(EmulatorSession session, HierarchyWalkOptions options)
    {
        var walked = new List<WalkedNode>();
        await foreach (var node in new HierarchyWalker(session.Client).WalkAsync(session.Emulator.OrganizationId, options))
        {
            walked.Add(node);
        }

        return walked;
    }

    // Two forbidden branches (a division, a site in another division) and two vanished ones (a site, a folder), all with children.
    private static (Guid[] Forbidden, Guid[] Vanished) PickLostBranches(EmulatorHierarchy hierarchy)
    {
        var divisions = hierarchy.GetChildren(hierarchy.OrganizationId).Where(d => d.ChildCount > 0).ToList();
        Assert.True(divisions.Count >= 3, "the emulated organization needs three divisions with children");
        var sites = divisions.Skip(1).SelectMany(d => hierarchy.GetChildren(d.Id)).Where(s => s.ChildCount > 0).ToList();
        var folder = hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Folder && n.ChildCount > 0
            && !IsBelow(hierarchy, n, [divisions[0].Id, sites[0].Id, sites[^1].Id]));
        return ([divisions[0].Id, sites[0].Id], [sites[^1].Id, folder.Id]);
    }

    // The nodes a walk of the organization can list: all but the organization and those below a lost node.
    private static List<EmulatorNode> Readable(EmulatorHierarchy hierarchy, Guid[] lost)
        => hierarchy.Nodes.Where(n => n.ParentId is not null && !IsBelow(hierarchy, n, lost)).ToList();

    private static bool IsBelow(EmulatorHierarchy hierarchy, EmulatorNode node, Guid[] ancestors)
    {
        for (var parent = node.ParentId; parent is { } id; parent = hierarchy.TryGetNode(id, out var p) ? p.ParentId : null)
        {
            if (ancestors.Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
