using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Controllers;

public sealed class NodesControllerTests
{
    [Theory]
    [InlineData(EmulatorNodeType.Organization)]
    [InlineData(EmulatorNodeType.Site)]
    [InlineData(EmulatorNodeType.Folder)]
    public async Task BrowseShouldListTheNodesChildrenInOrder(EmulatorNodeType type)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var node = emulator.Hierarchy.Nodes.First(n => n.Type == type && n.ChildCount > 0);

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, node.Id), emulator.CreateAccessToken()));
        using var body = await EmulatorHttp.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = emulator.Hierarchy.GetChildren(node.Id);
        Assert.Equal(expected.Select(c => (c.Id, c.Name, c.TypeName)), body.RootElement.EnumerateArray().Select(c =>
            (c.GetProperty("id").GetGuid(), c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!)));
        Assert.All(body.RootElement.EnumerateArray(), c => Assert.Equal(node.Id, c.GetProperty("parentId").GetGuid()));
    }

    [Fact]
    public async Task BrowseShouldSendFieldsTheSpecDoesNotList()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var folder = emulator.Hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Folder && emulator.Hierarchy.GetChildren(n.Id).Any(c => c.Type == EmulatorNodeType.Asset));

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, folder.Id), emulator.CreateAccessToken()));
        using var body = await EmulatorHttp.ReadJsonAsync(response);
        var asset = body.RootElement.EnumerateArray().First(c => c.GetProperty("type").GetString() == "asset");
        var expected = emulator.Hierarchy.GetChildren(folder.Id).First(c => c.Id == asset.GetProperty("id").GetGuid());

        Assert.Equal(expected.CreatedAt, asset.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(expected.CapturedAt, asset.GetProperty("capturedAt").GetDateTimeOffset());
        Assert.Equal(expected.PointCount, asset.GetProperty("pointCount").GetInt64());
        Assert.Equal(expected.Format, asset.GetProperty("format").GetString());
        Assert.Equal(expected.Tags, asset.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, asset.GetProperty("childCount").GetInt32());
    }

    [Fact]
    public async Task LeafShouldBrowseToAnEmptyArray()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();
        var asset = emulator.Hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Asset);

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, asset.Id), emulator.CreateAccessToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("0e35db64-eee1-4dc3-af96-3a5cad8b8f89")]
    [InlineData("not-a-uuid")]
    [InlineData("12345")]
    public async Task UnknownOrMalformedNodeShouldAnswer404WithAnErrorResponse(string nodeId)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        using var http = EmulatorHttp.NewClient();

        using var response = await http.SendAsync(EmulatorHttp.Get($"{emulator.ApiUrl}/v1/nodes/{nodeId}/browse", emulator.CreateAccessToken()));
        using var body = await EmulatorHttp.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(body.RootElement.GetProperty("hasError").GetBoolean());
        Assert.Equal(404, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains(nodeId, body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeHierarchyShouldBrowse()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 100_000 });
        using var http = EmulatorHttp.NewClient();
        var site = emulator.Hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Site);

        using var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, site.Id), emulator.CreateAccessToken()));
        using var body = await EmulatorHttp.ReadJsonAsync(response);

        Assert.Equal(site.ChildCount, body.RootElement.GetArrayLength());
        Assert.Equal(JsonValueKind.Array, body.RootElement.ValueKind);
    }
}
