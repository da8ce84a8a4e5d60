using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/segments.yaml</c> compiles against the generated
/// client and runs over real HTTP (issue 16): segments named <c>json</c>, <c>get</c> and <c>_ping</c>, a HEAD without body, a
/// query string in a path key, arrays of numbers, an inline array body, an <c>allOf</c> of an enum and a description, an
/// array of objects as a query parameter, a trailing slash, a multipart body's enum part, a property named "1" and a segment
/// mixing text and a parameter.
/// </summary>
public sealed class SegmentsKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasSegmentNamesShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("segments.yaml", "Segments", "SegmentsClient", TestPaths.ReadSpec("segments-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            images a/b
            csv
            exported tar
            ping OK
            head
            found x/y
            counts 1//3
            events
            markers 7 first
            languages en/fr
            upload Composer
            thumbnail small
            """.Replace("\r\n", "\n"),
            output);
        // The query string of the path key is sent once, by the query parameter (Kiota's template would repeat it).
        Assert.Single(requests, r => r.Method == "GET" && r.PathAndQuery == "/search/articles?query=kiota");
        Assert.Single(requests, r => r.Method == "HEAD" && r.PathAndQuery == "/archive");
        var numbers = requests.Single(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/numbers", System.StringComparison.Ordinal));
        Assert.Equal("/numbers?ids=4&ids=5", numbers.PathAndQuery);
        Assert.Equal("""{"counts":[1,null,3],"flags":[true,null]}""", numbers.Body);
        Assert.Equal("""[{"kind":"ACCESS_REVOKED"}]""", requests.Single(r => r.PathAndQuery == "/events").Body);
        Assert.Single(requests, r => r.PathAndQuery == "/markers?timeline=home&timeline=notifications");
        Assert.Single(requests, r => r.PathAndQuery == "/languages/");
        Assert.Single(requests, r => r.PathAndQuery == "/files/f1/thumbnail.png");
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/images/json", () => Results.Text("""{"names":["a","b"]}""", "application/json"));
        app.MapGet("/images/csv", () => Results.NoContent());
        app.MapGet("/images/get", () => Results.Bytes("tar"u8.ToArray(), "application/octet-stream"));
        app.MapGet("/_ping", () => Results.Text("OK", "text/plain"));
        app.MapMethods("/archive", ["HEAD"], (HttpContext context) =>
        {
            context.Response.Headers["X-Stat"] = "s";
            return Results.Ok();
        });
        app.MapGet("/search/articles", () => Results.Text("""{"articles":["x","y"]}""", "application/json"));
        app.MapPost("/numbers", () => Results.Text("""{"counts":[1,null,3]}""", "application/json"));
        app.MapPost("/events", () => Results.NoContent());
        app.MapGet("/markers", () => Results.Text("""{"home":"7","1":"first"}""", "application/json"));
        app.MapGet("/files/{id}/{name}", () => Results.Text("small", "text/plain"));
        app.MapGet("/languages/", () => Results.Text("""["en","fr"]""", "application/json"));
    }
}
