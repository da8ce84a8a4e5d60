using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Cli.Tests;

/// <summary><c>prevu3d tree</c> over an organization where some branches answer 403 or 404.</summary>
public sealed class TreePartialResultTests
{
    [Fact]
    public async Task TreeShouldDrawEveryReadableBranchAndMarkTheOthers()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 120 });
        var (forbidden, vanished) = PickBranches(emulator.Hierarchy);
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(forbidden.Id));
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.NotFound(vanished.Id));

        var run = await CliRun.RunAsync(["tree", .. Credentials(emulator)]);

        Assert.Equal(ExitCodes.Partial, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains(forbidden.Name, StringComparison.Ordinal) && l.Contains("⚠ no permission", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(vanished.Name, StringComparison.Ordinal) && l.Contains("⚠ not found", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Contains('⚠', StringComparison.Ordinal)));
        var readable = ReadableBelowOrganization(emulator.Hierarchy, forbidden.Id, vanished.Id);
        Assert.Contains($"{readable.Count} nodes below ", run.Output);
        Assert.Contains("2 branches could not be read (1 no permission, 1 not found).", run.Output);
    }

    [Fact]
    public async Task TreeJsonShouldCarryEveryReadableNodeOnceAndTheUnreadableBranches()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 120 });
        var (forbidden, vanished) = PickBranches(emulator.Hierarchy);
        emulator.Faults.Add($"browse=forbid:{forbidden.Id}");
        emulator.Faults.Add($"browse=hide:{vanished.Id}");

        var run = await CliRun.RunAsync(["tree", "--json", "--concurrency", "4", .. Credentials(emulator)]);

        Assert.Equal(ExitCodes.Partial, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(2, document.RootElement.GetProperty("unreadableBranches").GetInt32());
        var nodes = new List<JsonElement>();
        Flatten(document.RootElement.GetProperty("children"), nodes);
        var ids = nodes.Select(n => n.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ReadableBelowOrganization(emulator.Hierarchy, forbidden.Id, vanished.Id).Order(), ids.Order());
        var errors = nodes.Where(n => n.TryGetProperty("browseError", out _))
            .ToDictionary(n => n.GetProperty("id").GetGuid(), n => n.GetProperty("browseError"));
        Assert.Equal(2, errors.Count);
        Assert.Equal(403, errors[forbidden.Id].GetProperty("status").GetInt32());
        Assert.Equal("no permission", errors[forbidden.Id].GetProperty("reason").GetString());
        Assert.Equal(404, errors[vanished.Id].GetProperty("status").GetInt32());
        Assert.Equal("not found", errors[vanished.Id].GetProperty("reason").GetString());
        Assert.Contains(vanished.Id.ToString(), errors[vanished.Id].GetProperty("message").GetString());
    }

    [Fact]
    public async Task TreeWithoutUnreadableBranchesShouldSayNoneInJson()
    {
        var run = await CliRun.RunAsync("tree", "--json", "--emulator-nodes", "30");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(0, document.RootElement.GetProperty("unreadableBranches").GetInt32());
    }

    [Fact]
    public async Task EmulatorFaultOptionShouldForbidANodeOfTheEmbeddedEmulator()
    {
        // The embedded emulator's default seed gives the same ids on every run.
        var hierarchy = EmulatorHierarchy.Generate(60, RealityConnectEmulatorOptions.DefaultSeed);
        var site = hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Site);

        var run = await CliRun.RunAsync("tree", "--emulator-nodes", "60", "--emulator-fault", $"browse=forbid:{site.Id}");

        Assert.Equal(ExitCodes.Partial, run.ExitCode);
        Assert.Contains("1 branch could not be read (1 no permission).", run.Output);
        Assert.Contains(run.Output.Split('\n'), l => l.Contains(site.Name, StringComparison.Ordinal) && l.Contains("⚠ no permission", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TreeOfAForbiddenRootShouldKeepTheAccessDeniedError()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 40 });
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(emulator.OrganizationId));

        var run = await CliRun.RunAsync(["tree", .. Credentials(emulator)]);

        // Nothing below the root could be read: that is a failure, not a partial tree.
        Assert.Equal(ExitCodes.Authentication, run.ExitCode);
        Assert.StartsWith("prevu3d: access denied (403): ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task BrowseOfAForbiddenNodeShouldKeepTheAccessDeniedError()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 40 });
        var division = emulator.Hierarchy.GetChildren(emulator.OrganizationId)[0];
        emulator.Faults.Always(EmulatorRoute.Browse, EmulatorFault.Forbidden(division.Id));

        var run = await CliRun.RunAsync(["browse", division.Id.ToString(), .. Credentials(emulator)]);

        Assert.Equal(ExitCodes.Authentication, run.ExitCode);
        Assert.StartsWith("prevu3d: access denied (403): ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task EmulatorFaultWithRealCredentialsShouldBeAUsageError()
    {
        var run = await CliRun.RunAsync("tree", "--client-id", "id", "--client-secret", "secret", "--emulator-fault", "browse=503");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--emulator-fault", run.Error);
    }

    [Theory]
    [InlineData("browse=forbid:not-a-uuid")]
    [InlineData("token=hide:3f2b1c0e-9d47-4c1e-9a8d-5e0d7a3c2b6f")]
    public async Task MalformedEmulatorFaultShouldBeAUsageErrorBeforeTheEmulatorStarts(string rule)
    {
        var run = await CliRun.RunAsync("tree", "--emulator-fault", rule);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.DoesNotContain("embedded RealityConnect emulator", run.Error);
        Assert.Contains(rule, run.Error);
    }

    private static string[] Credentials(RealityConnectEmulator emulator)
        => ["--client-id", emulator.ClientId, "--client-secret", emulator.ClientSecret, "--authority", emulator.AuthorityUrl];

    // A site (forbidden) and a division elsewhere (vanished), each with children, so each loses a real branch.
    private static (EmulatorNode Forbidden, EmulatorNode Vanished) PickBranches(EmulatorHierarchy hierarchy)
    {
        var divisions = hierarchy.GetChildren(hierarchy.OrganizationId).Where(d => d.ChildCount > 0).ToList();
        Assert.True(divisions.Count >= 2, "the emulated organization needs two divisions with children");
        var site = hierarchy.GetChildren(divisions[0].Id).First(s => s.ChildCount > 0);
        return (site, divisions[1]);
    }

    // Every node but the organization and those below a lost branch (the lost nodes themselves are listed by their parents).
    private static List<Guid> ReadableBelowOrganization(EmulatorHierarchy hierarchy, params Guid[] lost)
    {
        var parents = hierarchy.Nodes.ToDictionary(n => n.Id, n => n.ParentId);
        return hierarchy.Nodes
            .Where(n => n.ParentId is not null && !HasAncestorIn(n.Id, parents, lost))
            .Select(n => n.Id)
            .ToList();
    }

    private static bool HasAncestorIn(Guid id, Dictionary<Guid, Guid?> parents, Guid[] lost)
    {
        for (var parent = parents[id]; parent is { } p; parent = parents[p])
        {
            if (lost.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flatten(JsonElement children, List<JsonElement> into)
    {
        foreach (var child in children.EnumerateArray())
        {
            into.Add(child);
            if (child.TryGetProperty("children", out var grandChildren))
            {
                Flatten(grandChildren, into);
            }
        }
    }
}
