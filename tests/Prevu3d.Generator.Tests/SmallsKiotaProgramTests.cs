using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against Kiota 1.38's types for <c>Specs/smalls.yaml</c> compiles against the generated client and
/// runs over real HTTP (issue 16): an object query parameter is Kiota's <c>string</c> (ours typed beside it as
/// <c>{Name}As{Type}</c>), formats int8 and uint8 are <c>sbyte</c> and <c>byte</c>, and a body of a value type is nullable.
/// </summary>
public sealed class SmallsKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasTypesShouldCompileAndSendAndReadTheSameValues()
    {
        using var client = Create(TestPaths.ReadSpec("smalls-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal("sizes -5 200 1,255 Slash\npath Docs\nsent\nlimit collaborators_only\nssh {\"message\":\"ok\"}\nssh error no such host", output);
        Assert.Equal(
            [
                "GET /search?bars=R%7C1&filter=plain%20text&range=r1",
                "GET /search?anchor=now&cancel_at=1800000000&created=1700000000&cwes=CWE-79",
                "PUT /sizes",
                "PATCH /flag",
                "PATCH /count",
                "POST /keys",
                "GET /limits",
                "PUT /archive",
                "POST /ssh",
                "POST /ssh",
                "GET /jobs/j1/trace",
                "POST /jobs/j1/connect",
            ],
            requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal("""{"many":[1,255],"path":"/","small":200,"tiny":-5}""", requests[2].Body);
        Assert.Equal("true", requests[3].Body);
        Assert.Equal("7", requests[4].Body);
        Assert.Equal("\"user-key\"", requests[5].Body);
        Assert.Equal("application/x-tar", requests[7].Headers["Content-Type"]);
    }

    [Fact]
    public async Task TheTypedObjectQueryParameterShouldStillBeSentInItsStyleUnderItsAsName()
    {
        // Ours beside Kiota's string: the typed object, sent member by member; Kiota's string wins when both are set.
        const string Probe = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions.Authentication;
            using Microsoft.Kiota.Http.HttpClientLibrary;

            /// <summary>Sends the typed object query parameters.</summary>
            public static class Probe
            {
                /// <summary>Two searches.</summary>
                /// <param name="url">The server's base URL.</param>
                /// <returns>Nothing worth reading.</returns>
                public static async Task<string> RunAsync(string url)
                {
                    var client = new Smalls.SmallsClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });
                    await client.Search.GetAsync(c =>
                    {
                        c.QueryParameters.FilterAsGetFilterQueryParameterType = new Smalls.Search.GetFilterQueryParameterType { A = "x y", N = 2 };
                        c.QueryParameters.RangeAsGetRangeQueryParameterType = new Smalls.Search.GetRangeQueryParameterType { Gte = 3 };
                    });
                    await client.Search.GetAsync(c =>
                    {
                        c.QueryParameters.Filter = "f";
                        c.QueryParameters.FilterAsGetFilterQueryParameterType = new Smalls.Search.GetFilterQueryParameterType { A = "ignored" };
                    });
                    return "done";
                }
            }
            """;
        using var client = Create(Probe);
        await using var server = await LocalServer.StartAsync(Map);

        await client.InvokeAsync("Probe", "RunAsync", server.BaseUrl);

        Assert.Equal(["/search?a=x%20y&n=2&range%5Bgte%5D=3", "/search?filter=f"], server.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("""{"tiny":128}""", "System.SByte")]
    [InlineData("""{"small":256}""", "System.Byte")]
    [InlineData("""{"small":-1}""", "System.Byte")]
    public async Task AOneByteNumberOutOfItsRangeShouldFailWithAJsonErrorRatherThanWrapAround(string answer, string typeName)
    {
        const string Probe = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions.Authentication;
            using Microsoft.Kiota.Http.HttpClientLibrary;

            /// <summary>Reads the sizes back.</summary>
            public static class Probe
            {
                /// <summary>One PUT; the error's type and message when reading fails.</summary>
                /// <param name="url">The server's base URL.</param>
                /// <returns>What was read, or the error.</returns>
                public static async Task<string> RunAsync(string url)
                {
                    var client = new Smalls.SmallsClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });
                    try
                    {
                        var sizes = await client.Sizes.PutAsync(new Smalls.Models.Sizes());
                        return "read " + sizes!.Tiny + " " + sizes.Small;
                    }
                    catch (System.Text.Json.JsonException e)
                    {
                        return e.GetType().Name + ": " + e.Message;
                    }
                }
            }
            """;
        using var client = Create(Probe);
        await using var server = await LocalServer.StartAsync(app => app.MapPut("/sizes", () => Results.Text(answer, "application/json")));

        var output = await client.InvokeAsync("Probe", "RunAsync", server.BaseUrl);

        Assert.StartsWith("JsonException: ", output, System.StringComparison.Ordinal);
        Assert.Contains(typeName, output, System.StringComparison.Ordinal);
    }

    private static DynamicClient Create(string program) => KiotaProgram.Compile("smalls.yaml", "Smalls", "SmallsClient", program);

    private static void Map(WebApplication app)
    {
        app.MapGet("/search", () => Results.NoContent());
        app.MapPut("/sizes", async (HttpRequest request) =>
        {
            using var reader = new System.IO.StreamReader(request.Body);
            return Results.Text(await reader.ReadToEndAsync(), "application/json");
        });
        app.MapPatch("/flag", () => Results.NoContent());
        app.MapPatch("/count", () => Results.NoContent());
        app.MapPost("/keys", () => Results.NoContent());
        app.MapGet("/limits", () => Results.Text("""{"level":"collaborators_only"}""", "application/json"));
        app.MapPut("/archive", () => Results.NoContent());
        app.MapGet("/jobs/{id}/trace", () => Results.NoContent());
        app.MapPost("/jobs/{id}/connect", () => Results.NoContent());
        app.MapPost("/ssh", async (HttpRequest request) =>
        {
            using var reader = new System.IO.StreamReader(request.Body);
            return (await reader.ReadToEndAsync()).Contains("bad", System.StringComparison.Ordinal)
                ? Results.Text("""{"message":"no such host"}""", "application/json", statusCode: 404)
                : Results.Text("""{"message":"ok"}""", "application/json");
        });
    }
}
