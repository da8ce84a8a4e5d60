using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Issue 12 over real HTTP: a Swagger 2.0 client (body parameter, csv array query, an enum of <c>+1</c>/<c>-1</c>)
/// and a client from a spec split over four <c>AdditionalFiles</c>, generated, compiled in memory and called.
/// </summary>
public sealed class VersionsClientTests : IAsyncLifetime
{
    private const string SwaggerProbe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using C = Swagger;
        using M = Swagger.Models;

        namespace Probe
        {
            public static class Entry
            {
                private static C.RealityConnectClient Client(string url) =>
                    new C.RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });

                public static async Task<string> ListAsync(string url)
                {
                    var pets = await Client(url).Pets.GetAsync(c =>
                    {
                        c.QueryParameters.Limit = 2;
                        c.QueryParameters.Tags = new[] { "a", "b" };
                        c.QueryParameters.Ids = new[] { "x", "y" };
                        c.QueryParameters.ShiftAsGetShiftQueryParameterType = C.Pets.GetShiftQueryParameterType.Minus_1;
                    });
                    return string.Join(",", pets!.Select(p => p.Id + ":" + p.Name + ":" + p.Status));
                }

                public static async Task<string> AddAsync(string url)
                {
                    var pet = await Client(url).Pets.PostAsync(new M.Pet { Id = 5, Name = "Rex", Status = M.Pet_status.Sold });
                    return pet!.Name + "|" + C.Pets.GetShiftQueryParameterType.Plus_1;
                }
            }
        }
        """;

    private const string SplitProbe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using C = Split;

        namespace Probe
        {
            public static class Entry
            {
                public static async Task<string> GetPetAsync(string url)
                {
                    var client = new C.RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });
                    var pet = await client.Pets["p1"].GetAsync();
                    return string.Join("|", pet!.Id, pet.Name, pet.Tag!.Label, pet.Owner!.Name, pet.Owner.Pets!.Single().Id);
                }
            }
        }
        """;

    private LocalServer? _server;

    private LocalServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/pets", () => Results.Text("""[{"id":1,"name":"Tom","status":"available"}]""", "application/json"));
            app.MapPost("/pets", () => Results.Text("""{"id":5,"name":"Rex","status":"sold"}""", "application/json", statusCode: 201));
            app.MapGet("/pets/p1", () => Results.Text("""{"id":"p1","name":"Rex","tag":{"label":"good"},"owner":{"name":"Ann","pets":[{"id":"p2"}]}}""", "application/json"));
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task SwaggerQueryParametersShouldBeSentAndTheArrayResponseParsed()
    {
        using var client = DynamicClient.Create(TestPaths.ReadSpec("Versions/swagger-20.yaml"), "Swagger", SwaggerProbe);

        var summary = await client.InvokeAsync("Probe.Entry", "ListAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.StartsWith("/pets?", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("limit=2", request.PathAndQuery, StringComparison.Ordinal);
        // 2.0's collectionFormat: csv (the default) is one comma-separated value; multi repeats the name.
        Assert.Contains("tags=a,b", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("ids=x&ids=y", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("shift=-1", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("1:Tom:Available", summary);
    }

    [Fact]
    public async Task SwaggerBodyParameterShouldBeSentAsJson()
    {
        using var client = DynamicClient.Create(TestPaths.ReadSpec("Versions/swagger-20.yaml"), "Swagger", SwaggerProbe);

        var summary = await client.InvokeAsync("Probe.Entry", "AddAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"id":5,"name":"Rex","status":"sold"}""", request.Body);
        Assert.Equal("Rex|Plus_1", summary);
    }

    [Fact]
    public async Task SplitSpecClientShouldParseTypesFromEveryFile()
    {
        var files = new[]
        {
            ("/specs/split/main.yaml", TestPaths.ReadSpec("References/split/main.yaml")),
            ("/specs/split/common.yaml", TestPaths.ReadSpec("References/split/common.yaml")),
            ("/specs/split/paths/pet.yaml", TestPaths.ReadSpec("References/split/paths/pet.yaml")),
            ("/specs/split/schemas/owner.yaml", TestPaths.ReadSpec("References/split/schemas/owner.yaml")),
        };
        using var client = DynamicClient.Create(files, "Split", SplitProbe);

        var summary = await client.InvokeAsync("Probe.Entry", "GetPetAsync", Server.BaseUrl);

        Assert.Equal("/pets/p1", Server.SingleRequest().PathAndQuery);
        Assert.Equal("p1|Rex|good|Ann|p2", summary);
    }
}
