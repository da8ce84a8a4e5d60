using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/builders.yaml</c> (its request builder, body,
/// response and query parameter names, its executors and their return types) compiles against the generated client and
/// runs over real HTTP (issue 16).
/// </summary>
public sealed class BuildersKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasBuildersShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("builders.yaml", "Builders", "BuildersClient", TestPaths.ReadSpec("builders-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            pet 7 Rex
            missing gone 404
            failed 7 503
            updated ok
            article On builders 120
            providers a/b
            things x/y
            added created
            put rejected
            notes some notes
            found 1
            """.Replace("\r\n", "\n"),
            output);
        var update = requests.Single(r => r.Method == "POST" && r.PathAndQuery == "/pet/7");
        Assert.Equal("""{"name":"Rex","status":"sold"}""", update.Body);
        Assert.Single(requests, r => r.Method == "DELETE" && r.PathAndQuery == "/pets/7");
        Assert.Single(requests, r => r.Method == "POST" && r.PathAndQuery == "/files/f%201:archive");
        // The enum-typed properties, then their string twins (Kiota's obsolete ones), under the same names; neither is
        // required, so Kiota's URL template orders them by spec name.
        Assert.Equal(
            ["/pet/findByStatus?sort_by=age&status=available,sold", "/pet/findByStatus?sort_by=name&status=pending"],
            requests.Where(r => r.PathAndQuery.StartsWith("/pet/findByStatus", System.StringComparison.Ordinal)).Select(r => r.PathAndQuery));
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/pets/{id}", (long id) => id switch
        {
            404 => Results.Text("""{"reason":"gone"}""", "application/json", statusCode: 404),
            503 => Results.Text("""{"code":7}""", "application/json", statusCode: 503),
            _ => Results.Text("{\"id\":" + id + ",\"name\":\"Rex\"}", "application/json"),
        });
        app.MapPost("/pet/{petId}", () => Results.Text("ok", "text/plain"));
        app.MapDelete("/pets/{id}", () => Results.NoContent());
        app.MapPost("/files/{file}", () => Results.NoContent());
        // Documented with a 405 only: the body comes back as a stream, whatever its status.
        app.MapPost("/pet", () => Results.Text("created", "text/plain"));
        app.MapPut("/notes", () => Results.Text("rejected", "text/plain"));
        app.MapGet("/article/{id}", () => Results.Text("""{"title":"On builders","words":120}""", "application/json"));
        app.MapGet("/providers.json", () => Results.Text("""{"data":["a","b"]}""", "application/json"));
        app.MapGet("/things", () => Results.Text("""[{"label":"x"},{"label":"y"}]""", "application/json"));
        app.MapGet("/pet/findByStatus", () => Results.Text("""[{"id":1,"name":"Kit"}]""", "application/json"));
        app.MapGet("/notes", () => Results.Text("some notes", "text/plain"));
    }
}
