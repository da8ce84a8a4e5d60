using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.Cli.Tests;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task TreeWithoutCredentialsShouldDrawTheEmbeddedEmulatorsOrganization()
    {
        var run = await CliRun.RunAsync("tree", "--emulator-nodes", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("embedded RealityConnect emulator", run.Error);
        Assert.Contains("(organization)", run.Output);
        Assert.Contains("(division)", run.Output);
        Assert.Contains("(site)", run.Output);
        Assert.Matches(@"\d+ nodes below ", run.Output);
    }

    [Fact]
    public async Task TreeJsonShouldNestEveryWalkedNodeUnderItsParent()
    {
        var run = await CliRun.RunAsync("tree", "--json", "--emulator-nodes", "30");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var count = CountNodes(document.RootElement.GetProperty("children"));
        var summary = await CliRun.RunAsync("tree", "--emulator-nodes", "30");
        Assert.Contains($"{count} nodes below ", summary.Output);
        Assert.True(count > 1);
    }

    [Fact]
    public async Task TreeDepthShouldStopAtTheRequestedLevel()
    {
        var run = await CliRun.RunAsync("tree", "--json", "--depth", "1", "--emulator-nodes", "40");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var divisions = document.RootElement.GetProperty("children").EnumerateArray().ToList();
        Assert.NotEmpty(divisions);
        Assert.All(divisions, d =>
        {
            Assert.Equal("division", d.GetProperty("type").GetString());
            Assert.False(d.TryGetProperty("children", out _));
        });
    }

    [Fact]
    public async Task TreeShouldWalkAThousandNodeHierarchyCompletely()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 1000 });

        var run = await CliRun.RunAsync("tree", "--json", "--concurrency", "16",
            "--client-id", emulator.ClientId, "--client-secret", emulator.ClientSecret, "--authority", emulator.AuthorityUrl);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var walked = new System.Collections.Generic.List<(Guid Id, Guid Parent)>();
        CollectIds(document.RootElement.GetProperty("children"), emulator.OrganizationId, walked);
        var expected = emulator.Hierarchy.Nodes.Where(n => n.ParentId is not null).Select(n => (n.Id, n.ParentId!.Value)).OrderBy(p => p.Id);
        Assert.Equal(expected, walked.OrderBy(p => p.Id));
        Assert.Equal(1, emulator.Counters.Token);
        Assert.Equal(1, emulator.Counters.ApiInfo);
    }

    [Fact]
    public async Task InfoShouldShowTheOrganizationAndTheRegionalUrl()
    {
        var run = await CliRun.RunAsync("info");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Organization", run.Output);
        Assert.Contains("/realityconnect-api", run.Output);
    }

    [Fact]
    public async Task InfoJsonShouldBeTheApiInfoDocument()
    {
        var run = await CliRun.RunAsync("info", "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.EndsWith("/realityconnect-api", document.RootElement.GetProperty("apiUrl").GetString());
        Assert.True(Guid.TryParse(document.RootElement.GetProperty("organization").GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task BrowseJsonShouldListDivisionsWithFieldsTheSpecDoesNotName()
    {
        var run = await CliRun.RunAsync("browse", "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var divisions = document.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(divisions);
        Assert.All(divisions, d => Assert.Equal("division", d.GetProperty("type").GetString()));
        // The emulator adds fields beyond the spec's Node; the CLI must not drop them.
        Assert.True(divisions[0].EnumerateObject().Count() > 4);
    }

    [Fact]
    public async Task BrowseShouldPrintATableOfChildren()
    {
        var run = await CliRun.RunAsync("browse");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("division", run.Output);
        Assert.Contains("Name", run.Output);
    }

    [Fact]
    public async Task TokenShouldShowClaimsButNeverTheRawTokenUnlessAsked()
    {
        var hidden = await CliRun.RunAsync("token", "--json");
        Assert.Equal(0, hidden.ExitCode);
        using var document = JsonDocument.Parse(hidden.Output);
        Assert.Equal("ES512", document.RootElement.GetProperty("algorithm").GetString());
        Assert.True(document.RootElement.GetProperty("claims").TryGetProperty("exp", out _));
        Assert.False(document.RootElement.TryGetProperty("accessToken", out _));
        Assert.DoesNotContain("eyJ", hidden.Output);

        var shown = await CliRun.RunAsync("token", "--json", "--show-token");
        using var shownDocument = JsonDocument.Parse(shown.Output);
        Assert.StartsWith("eyJ", shownDocument.RootElement.GetProperty("accessToken").GetString());
    }

    [Fact]
    public async Task TokenTextShouldNotPrintTheSignature()
    {
        var run = await CliRun.RunAsync("token");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ES512", run.Output);
        Assert.Contains("exp", run.Output);
        Assert.DoesNotContain("eyJ", run.Output);
    }

    [Fact]
    public async Task WrongSecretShouldExitWithTheAuthenticationCode()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();

        var run = await CliRun.RunAsync("info", "--client-id", emulator.ClientId, "--client-secret", "wrong-secret", "--authority", emulator.AuthorityUrl);

        Assert.Equal(ExitCodes.Authentication, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("wrong-secret", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task CredentialsFromTheEnvironmentShouldBeUsed()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        var environment = new System.Collections.Generic.Dictionary<string, string>
        {
            ["PREVU3D_CLIENT_ID"] = emulator.ClientId,
            ["PREVU3D_CLIENT_SECRET"] = emulator.ClientSecret,
            ["PREVU3D_AUTHORITY_URL"] = emulator.AuthorityUrl,
        };

        var run = await CliRun.RunAsync(environment, "browse", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("embedded", run.Error);
        Assert.Equal(1, emulator.Counters.Token);
    }

    [Fact]
    public async Task UnknownNodeShouldExitWithTheNotFoundCode()
    {
        var run = await CliRun.RunAsync("browse", Guid.NewGuid().ToString());

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("not found", run.Error);
    }

    [Fact]
    public async Task MalformedNodeIdShouldExitWithTheUsageCode()
    {
        var run = await CliRun.RunAsync("browse", "not-a-uuid");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("not-a-uuid", run.Error);
    }

    [Fact]
    public async Task UnreachableAuthorityShouldExitWithTheNetworkCode()
    {
        // Port 1 on loopback has no listener: the connection is refused at once.
        var run = await CliRun.RunAsync("info", "--client-id", "id", "--client-secret", "secret", "--authority", "http://127.0.0.1:1");

        Assert.Equal(ExitCodes.Network, run.ExitCode);
        Assert.Contains("network failure", run.Error);
    }

    [Theory]
    [InlineData("https://attacker.example.com/realityconnect-api")]
    [InlineData("http://api-ue1.prevu3d.com/realityconnect-api")]
    [InlineData("/realityconnect-api")]
    public async Task RejectedApiUrlShouldExitWithTheDiscoveryCode(string advertised)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        emulator.AdvertisedApiUrl = advertised;

        var run = await CliRun.RunAsync("browse", "--client-id", emulator.ClientId, "--client-secret", emulator.ClientSecret,
            "--authority", emulator.AuthorityUrl);

        Assert.Equal(ExitCodes.Discovery, run.ExitCode);
        Assert.Contains("discovery failed", run.Error);
        Assert.Equal(0, emulator.Counters.Browse);
    }

    [Fact]
    public async Task VerboseShouldAddTheStackTrace()
    {
        var run = await CliRun.RunAsync("browse", Guid.NewGuid().ToString(), "--verbose");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("   at ", run.Error);
    }

    private static void CollectIds(JsonElement children, Guid parent, System.Collections.Generic.List<(Guid Id, Guid Parent)> into)
    {
        foreach (var child in children.EnumerateArray())
        {
            var id = child.GetProperty("id").GetGuid();
            into.Add((id, parent));
            if (child.TryGetProperty("children", out var grandChildren))
            {
                CollectIds(grandChildren, id, into);
            }
        }
    }

    private static int CountNodes(JsonElement children)
    {
        var count = 0;
        foreach (var child in children.EnumerateArray())
        {
            count++;
            if (child.TryGetProperty("children", out var grandChildren))
            {
                count += CountNodes(grandChildren);
            }
        }

        return count;
    }
}
