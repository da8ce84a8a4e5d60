using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/dotjson.yaml</c> compiles against the
/// generated client and runs over real HTTP (issue 16): a segment that is one parameter and a file extension
/// (<c>{id}.json</c>) is an item builder in <c>…Item</c> reached by an indexer, with its inline types beside it, and
/// sends the URL with its extension; beside a <c>{id}</c> it is carried by that one's builder, as Kiota merges them. A
/// segment that is only <c>-</c> is <c>Minus_RequestBuilder</c> in its parent's namespace, its item in the parent's <c>Item</c>.
/// </summary>
public sealed class DotJsonKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasDotJsonItemBuildersShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = Create(TestPaths.ReadSpec("dotjson-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            badges a/b
            badge 7 Helper
            deleted gone
            tag 3
            report text
            topic On items 2
            renamed Renamed
            """.Replace("\r\n", "\n"),
            output);
        var put = requests.Single(r => r.Method == "PUT" && r.PathAndQuery.StartsWith("/badges/", System.StringComparison.Ordinal));
        Assert.Equal("/badges/7.json", put.PathAndQuery);
        Assert.Equal("""{"badge_type_id":2,"name":"Helper"}""", put.Body);
        Assert.Single(requests, r => r.Method == "DELETE" && r.PathAndQuery == "/badges/7.json");
        Assert.Single(requests, r => r.Method == "GET" && r.PathAndQuery == "/tags/dotnet.yaml");
        Assert.Single(requests, r => r.Method == "GET" && r.PathAndQuery == "/reports/r1.xml");
        Assert.Single(requests, r => r.Method == "POST" && r.PathAndQuery == "/jobs/j1:cancel");
        // Kiota's merged builder sends this GET to `/topics/7`, without the extension its path has.
        Assert.Equal(["/topics/7.json", "/topics/7/posts.json", "/topics/-/8.json"], requests.Where(r => r.PathAndQuery.StartsWith("/topics/", System.StringComparison.Ordinal)).Select(r => r.PathAndQuery));
        Assert.Equal("""{"title":"Renamed"}""", requests.Single(r => r.PathAndQuery == "/topics/-/8.json").Body);
    }

    [Fact]
    public async Task ADotJsonSegmentBesideAPlainParameterShouldKeepItsPascalItemBuilderAndItsExtension()
    {
        // Pascal names keep the item builder's usual name; the `.json` path's operations come along all the same.
        const string Probe = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions.Authentication;
            using Microsoft.Kiota.Http.HttpClientLibrary;

            /// <summary>Reads a topic by its `.json` path and its posts, both below the `{id}` item.</summary>
            public static class Probe
            {
                /// <summary>Both reads, one line.</summary>
                /// <param name="url">The server's base URL.</param>
                /// <returns>The topic's title and its post count.</returns>
                public static async Task<string> RunAsync(string url)
                {
                    var client = new DotJson.DotJsonClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });
                    DotJson.Topics.Item.TopicsItemRequestBuilder item = client.Topics[7];
                    DotJson.Topics.Item.TopicsGetResponse? read = await item.GetAsTopicsGetResponseAsync();
                    var posts = await item.PostsJson.GetAsPostsGetResponseAsync();
                    return read!.Title + " " + posts!.Count;
                }
            }
            """;
        using var client = Create(Probe, "Pascal");
        await using var server = await LocalServer.StartAsync(Map);

        var output = await client.InvokeAsync("Probe", "RunAsync", server.BaseUrl);

        Assert.Equal("On items 2", output);
        Assert.Equal(["/topics/7.json", "/topics/7/posts.json"], server.Requests.Select(r => r.PathAndQuery));
    }

    private static DynamicClient Create(string program, string naming = "Kiota") => KiotaProgram.Compile("dotjson.yaml", "DotJson", "DotJsonClient", program, naming);

    private static void Map(WebApplication app)
    {
        app.MapGet("/badges.json", () => Results.Text("""{"names":["a","b"]}""", "application/json"));
        app.MapPut("/badges/{file}", () => Results.Text("""{"badge":{"id":7,"name":"Helper"}}""", "application/json"));
        app.MapDelete("/badges/{file}", () => Results.Text("gone", "text/plain"));
        app.MapGet("/tags/{file}", () => Results.Text("""{"count":3}""", "application/json"));
        app.MapGet("/reports/{file}", () => Results.Text("text", "text/plain"));
        app.MapPost("/jobs/{action}", () => Results.NoContent());
        app.MapGet("/topics/{file}", () => Results.Text("""{"title":"On items"}""", "application/json"));
        app.MapPut("/topics/-/{file}", () => Results.Text("""{"title":"Renamed"}""", "application/json"));
        app.MapGet("/topics/{id}/posts.json", () => Results.Text("""{"count":2}""", "application/json"));
    }
}
