using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Emulator;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.EndToEnd;

/// <summary>The guide's workflow over real HTTP against the emulator: token, api-info, browse the organization's divisions.</summary>
public sealed class ClientCredentialsWorkflowTests
{
    [Fact]
    public async Task ReadmeUsageShouldBrowseTheOrganizationsDivisionsOverRealHttp()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();

        // The README block, with AuthorityUrl pointing at the emulator.
        using var client = new RealityConnectClient(new RealityConnectClientOptions
        {
            ClientId = emulator.ClientId, ClientSecret = emulator.ClientSecret,
            AuthorityUrl = emulator.AuthorityUrl,
        });
        var info = await client.Oauth.ApiInfo.GetAsync();
        var divisions = await client.V1.Nodes[info!.Organization!.Id!.Value].Browse.GetAsync();

        Assert.Equal(emulator.OrganizationId, info.Organization.Id);
        Assert.Equal(emulator.ApiUrl, info.ApiUrl);
        Assert.NotEmpty(divisions!);
        var expected = emulator.Hierarchy.Nodes.Where(n => n.ParentId == emulator.OrganizationId).Select(n => n.Id).Order();
        Assert.Equal(expected, divisions!.Select(d => d.Id!.Value).Order());

        // One token; api-info once for the caller and once for the discovery; one browse.
        Assert.Equal(1, emulator.Counters[EmulatorRoute.Token]);
        Assert.Equal(2, emulator.Counters[EmulatorRoute.ApiInfo]);
        Assert.Equal(1, emulator.Counters[EmulatorRoute.Browse]);
    }

    [Fact]
    public async Task EachRequestShouldCarryTheCredentialItsSpecSecurityAsksFor()
    {
        await using var session = await EmulatorSession.StartAsync();

        await session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync();

        Assert.Collection(
            session.Transport.Sent,
            r => Assert.Equal(("POST", "/oauth/token", "Basic"), (r.Method, r.Uri.AbsolutePath, r.Scheme)),
            r => Assert.Equal(("GET", "/oauth/api-info", "Bearer"), (r.Method, r.Uri.AbsolutePath, r.Scheme)),
            r => Assert.Equal(("GET", $"/realityconnect-api/v1/nodes/{session.Emulator.OrganizationId}/browse", "Bearer"), (r.Method, r.Uri.AbsolutePath, r.Scheme)));
    }

    [Fact]
    public async Task GetApiInfoAsyncShouldReuseTheDiscoveryOverRealHttp()
    {
        await using var session = await EmulatorSession.StartAsync();

        var divisions = await session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync();
        var info = await session.Client.GetApiInfoAsync();

        Assert.NotEmpty(divisions!);
        Assert.Equal(session.Emulator.OrganizationId, info.Organization!.Id);
        Assert.Equal(1, session.Emulator.Counters[EmulatorRoute.ApiInfo]);
        Assert.Equal(1, session.Emulator.Counters[EmulatorRoute.Token]);
    }

    [Fact]
    public async Task RedirectToAnotherPortShouldArriveWithoutAuthorizationOverRealHttp()
    {
        await using var session = await EmulatorSession.StartAsync();
        var target = new Uri(session.Emulator.AuthorityUrl + "/moved-here");
        session.Emulator.Faults.Next(EmulatorRoute.Browse, EmulatorFault.Redirect(target));

        // The authority's listener has nothing at that path: the hop is followed (same host, another port) and answers 404.
        var error = await Assert.ThrowsAnyAsync<ApiException>(() => session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        var sent = session.Transport.Sent;
        Assert.Contains(sent, r => r.Uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal) && r.Scheme == "Bearer");
        var hop = Assert.Single(sent, r => r.Uri.AbsolutePath == "/moved-here");
        Assert.Null(hop.Scheme);
    }
}
