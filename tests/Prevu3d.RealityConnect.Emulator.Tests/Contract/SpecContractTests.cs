using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.Contract;

/// <summary>Every answer the emulator gives validates against the schema the spec documents for that operation and status.</summary>
public sealed class SpecContractTests
{
    private const string TokenPath = "/oauth/token";
    private const string ApiInfoPath = "/oauth/api-info";
    private const string BrowsePath = "/v1/nodes/{nodeId}/browse";

    [Fact]
    public async Task TokenSuccessShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator), TokenPath, HttpMethod.Post, expectedStatus: 200);
    }

    [Fact]
    public async Task Rfc6749TokenShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { Rfc6749TokenShape = true });
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator), TokenPath, HttpMethod.Post, expectedStatus: 200);
    }

    [Fact]
    public async Task TokenErrorsShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator, clientSecret: "wrong"), TokenPath, HttpMethod.Post, 401);
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator, grantType: "password"), TokenPath, HttpMethod.Post, 400);

        var json = EmulatorHttp.TokenRequest(emulator);
        json.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        await AssertConformsAsync(emulator, json, TokenPath, HttpMethod.Post, 400);
    }

    [Fact]
    public async Task TokenFaultAnswersShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.HasError());
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.TooManyRequests());
        emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.ServerError(503));

        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator), TokenPath, HttpMethod.Post, 200);
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator), TokenPath, HttpMethod.Post, 429);
        await AssertConformsAsync(emulator, EmulatorHttp.TokenRequest(emulator), TokenPath, HttpMethod.Post, 503);
    }

    [Fact]
    public async Task ApiInfoAnswersShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), emulator.CreateAccessToken()), ApiInfoPath, HttpMethod.Get, 200);
        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), accessToken: null), ApiInfoPath, HttpMethod.Get, 401);
        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.ApiInfoUrl(emulator), emulator.CreateAccessToken(TimeSpan.Zero)), ApiInfoPath, HttpMethod.Get, 401);
    }

    [Theory]
    [InlineData(EmulatorNodeType.Organization)]
    [InlineData(EmulatorNodeType.Division)]
    [InlineData(EmulatorNodeType.Site)]
    [InlineData(EmulatorNodeType.Folder)]
    [InlineData(EmulatorNodeType.Asset)]
    public async Task BrowseAnswersShouldMatchTheSpec(EmulatorNodeType type)
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        var node = emulator.Hierarchy.Nodes.First(n => n.Type == type);

        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, node.Id), emulator.CreateAccessToken()), BrowsePath, HttpMethod.Get, 200);
    }

    [Fact]
    public async Task BrowseErrorsShouldMatchTheSpec()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync();
        var token = emulator.CreateAccessToken();
        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, emulator.OrganizationId), accessToken: null), BrowsePath, HttpMethod.Get, 401);
        await AssertConformsAsync(emulator, EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, Guid.NewGuid()), token), BrowsePath, HttpMethod.Get, 404);
        await AssertConformsAsync(emulator, EmulatorHttp.Get($"{emulator.ApiUrl}/v1/nodes/not-a-uuid/browse", token), BrowsePath, HttpMethod.Get, 404);
    }

    private static async Task AssertConformsAsync(RealityConnectEmulator emulator, HttpRequestMessage request, string path, HttpMethod method, int expectedStatus)
    {
        using var http = EmulatorHttp.NewClient();
        using (request)
        {
            using var response = await http.SendAsync(request);
            Assert.Equal(expectedStatus, (int)response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var body = await EmulatorHttp.ReadJsonAsync(response);

            var errors = SchemaValidator.Validate(body.RootElement, SpecDocument.ResponseSchema(path, method, expectedStatus));

            Assert.True(errors.Count == 0, $"{method} {path} {expectedStatus}: {string.Join("; ", errors)}\n{body.RootElement.GetRawText()}");
        }

        Assert.True(emulator.Counters.Total > 0);
    }
}
