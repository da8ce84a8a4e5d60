using System;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Http;

public sealed class RequestValidationTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public RequestValidationTests() => _server = new FakeRealityConnect(_time);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-a-guid")]
    [InlineData("217ebd23-ec54-4af0-a6d6")]
    public async Task BrowseShouldRefuseABadStringIdBeforeSendingAnything(string id)
    {
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.V1.Nodes[id].Browse.GetAsync());

        Assert.Equal("nodeId", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task BrowseShouldSayTheSpecWantsAUuidWhenTheIdIsNotOne()
    {
        using var client = TestClients.Create(_server, _time);

        // The check comes from the spec's format: uuid (the generated ParameterValidator), not from a list in the runtime.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.V1.Nodes["organization-1"].Browse.GetAsync());

        Assert.Equal("The path parameter 'nodeId' must be a UUID, not 'organization-1'. (Parameter 'nodeId')", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task BrowseShouldRefuseTheEmptyGuid()
    {
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.V1.Nodes[Guid.Empty].Browse.GetAsync());

        Assert.Equal("nodeId", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void BrowseShouldRefuseANullStringIdAtTheIndexer()
    {
        using var client = TestClients.Create(_server, _time);

        Assert.Throws<ArgumentNullException>(() => client.V1.Nodes[(string)null!]);
    }

    [Fact]
    public async Task BrowseShouldAcceptAWellFormedStringId()
    {
        using var client = TestClients.Create(_server, _time);

        Assert.Single((await client.V1.Nodes[FakeRealityConnect.OrganizationId.ToString()].Browse.GetAsync())!);
    }

    [Theory]
    [InlineData("v1/nodes/217ebd23-ec54-4af0-a6d6-4a441a6d1966/browse")]
    [InlineData("ftp://api-ue1.prevu3d.com/x")]
    public async Task WithUrlShouldRefuseAUrlThatIsNotAbsoluteHttp(string url)
    {
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.WithUrl(url).GetAsync());

        Assert.Equal("rawUrl", error.ParamName);
        Assert.Empty(_server.Requests);
    }
}
