using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The client generated from <c>Specs/constructs.yaml</c>, compiled in memory and run over real
/// HTTP: query, header and path parameters, JSON/form/stream bodies, primitive and empty responses, errors.
/// </summary>
public sealed class ConstructsClientTests(ConstructsClientTests.CompiledClient compiled) : IClassFixture<ConstructsClientTests.CompiledClient>, IAsyncLifetime
{
    internal const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using C = Constructs;
        using M = Constructs.Models;

        namespace Probe
        {
            public sealed class ServerProvider : IAuthenticationProvider
            {
                private readonly string _url;
                public ServerProvider(string url) { _url = url; }
                public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default)
                {
                    foreach (var name in request.RequestOptions.OfType<C.ServerOption>().Single().VariableNames.Where(n => n != "region"))
                    {
                        request.PathParameters[name] = _url;
                    }
                    return Task.CompletedTask;
                }
            }

            public static class Entry
            {
                private static C.RealityConnectClient Client(string url) =>
                    new C.RealityConnectClient(new HttpClientRequestAdapter(new ServerProvider(url), httpClient: new HttpClient()) { BaseUrl = url });

                public static async Task<string> ListItemsAsync(string url)
                {
                    var items = await Client(url).Items.GetAsync(c =>
                    {
                        c.QueryParameters.Top = 5;
                        c.QueryParameters.ApiVersion = "2024-01";
                        c.QueryParameters.IncludeDeleted = true;
                        c.QueryParameters.KindAsKind = M.Kind.FancyOne;
                        c.QueryParameters.Tags = new[] { "a", "b" };
                        c.QueryParameters.OrderAsGetOrderQueryParameterType = new[] { C.Items.GetOrderQueryParameterType.Asc, C.Items.GetOrderQueryParameterType.Desc };
                        c.XRequestId = Guid.Parse("11111111-2222-3333-4444-555555555555");
                        c.XRetry = 3;
                        c.XKinds = new[] { M.Kind.Plain, M.Kind.Twod };
                        c.XFlag = false;
                    });
                    var item = items!.Single();
                    var matrix = string.Join(";", ((Microsoft.Kiota.Abstractions.Serialization.UntypedArray)item.Matrix!).GetValue().Select(row => string.Join(",", ((Microsoft.Kiota.Abstractions.Serialization.UntypedArray)row).GetValue().Select(v => ((Microsoft.Kiota.Abstractions.Serialization.UntypedInteger)v).GetValue()))));
                    return string.Join("|", item.Id, item.Name, item.Kind, string.Join(",", item.Kinds!), item.Owner!.DisplayName, item.Day, item.CreatedAt!.Value.Year, item.AdditionalData["unknown"], item.AdditionalDataProperty, matrix, item.Attributes!.AdditionalData["color"], item.Level, item.Mood, item.Version);
                }

                public static async Task<string> CreateItemAsync(string url)
                {
                    var item = new M.Item
                    {
                        Id = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                        Name = "new",
                        Kind = M.Kind.Plain,
                        Labels = new List<string> { "x", "y" },
                        Day = new Date(2024, 2, 29),
                        Status = M.Item_status.Retired,
                        Attributes = new M.Item_attributes { AdditionalData = { ["color"] = "blue" } },
                        Mood = M.Item_mood.AB,
                        Version = 9,
                    };
                    #pragma warning disable CS0618 // the property is deprecated in the spec
                    item.Legacy = "old";
                    #pragma warning restore CS0618
                    item.AdditionalData["extra"] = "kept";
                    var created = await Client(url).Items.PostAsync(item);
                    return created!.Name + "|" + created.Status;
                }

                public static async Task<string> CreateItemErrorAsync(string url)
                {
                    try
                    {
                        await Client(url).Items.PostAsync(new M.Item());
                        return "no error";
                    }
                    catch (C.Items.Item400Error error)
                    {
                        return error.ResponseStatusCode + "|" + error.Code + "|" + error.Message;
                    }
                }

                public static async Task<string> DeleteAsync(string url, long id)
                {
                    try
                    {
                        #pragma warning disable CS0618 // the operation is deprecated in the spec
                        await Client(url).Items[id].DeleteAsync();
                        #pragma warning restore CS0618
                        return "deleted";
                    }
                    catch (M.Problem problem)
                    {
                        return problem.ResponseStatusCode + "|" + problem.Title + "|" + problem.MessageEscaped + "|" + problem.DataEscaped;
                    }
                }

                public static async Task<string> CountAsync(string url) => (await Client(url).Items[42L].Count.GetAsync())!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

                public static async Task<string> RootAsync(string url) => (await Client(url).GetAsync())!;

                public static async Task<string> FormAsync(string url) =>
                    (await Client(url).Forms.PostAsync(new C.Forms.FormsPostRequestBody { Name = "a b&c", Count = 2 })).ToString()!;

                public static async Task<string> TagsAsync(string url)
                {
                    await Client(url).Tags.PutAsync(new List<string> { "red", "green" });
                    return "stored";
                }

                public static async Task<string> KindsAsync(string url) =>
                    string.Join(",", (await Client(url).Kinds["2d"].GetAsync())!);

                public static async Task<string> KindsByEnumAsync(string url) =>
                    string.Join(",", (await Client(url).Kinds[M.Kind.FancyOne].GetAsync())!);

                public static async Task<string> StreamAsync(string url)
                {
                    using var body = new MemoryStream(new byte[] { 1, 2, 3 });
                    using var result = await Client(url).Items[7L].PutAsync(body);
                    using var copy = new MemoryStream();
                    await result!.CopyToAsync(copy);
                    return string.Join(",", copy.ToArray());
                }

                public static async Task<string> PictureAsync(string url)
                {
                    using var picture = await Client(url).Notes.GetAsync(c =>
                    {
                        c.Session = "a b;c";
                        c.Seen = new int?[] { 1, 2 };
                        c.XTrace = "t1";
                        c.XShape = new C.Notes.GetXShapeHeaderParameterType { W = 3, Kind = M.Kind.FancyOne };
                        c.XShapeExploded = new C.Notes.GetXShapeExplodedHeaderParameterType { W = 4, AdditionalData = { ["tag"] = "t" } };
                        c.Prefs = new C.Notes.GetPrefsHeaderParameterType { AdditionalData = { ["theme"] = "dark mode", ["lang"] = "fr" } };
                        c.Box = new C.Notes.GetBoxHeaderParameterType { W = 1, H = 2 };
                        c.QueryParameters.Ids = new int?[] { 1, 2, null };
                        c.QueryParameters.WordsAsKind = new[] { M.Kind.FancyOne, M.Kind.Plain };
                        c.QueryParameters.All = new[] { "x", "y" };
                        c.QueryParameters.FilterAsGetFilterQueryParameterType = new C.Notes.GetFilterQueryParameterType { A = "x", N = 2 };
                        c.QueryParameters.AttrsAsGetAttrsQueryParameterType = new C.Notes.GetAttrsQueryParameterType { AdditionalData = { ["k"] = "v" } };
                        c.QueryParameters.RangeAsGetRangeQueryParameterType = new C.Notes.GetRangeQueryParameterType { From = 1, To = 5 };
                        c.QueryParameters.At = "a/b:c?d e";
                        c.QueryParameters.Tags = new[] { "x/y", "z" };
                    });
                    using var copy = new MemoryStream();
                    await picture!.CopyToAsync(copy);
                    return string.Join(",", copy.ToArray());
                }

                public static async Task<string> StructuredPathsAsync(string url)
                {
                    await Client(url).Points[new C.Points.Item.CoordPathParameterType { X = 1, Y = 2 }].GetAsync();
                    await Client(url).Sizes[new C.Sizes.Item.SizePathParameterType { W = 3, H = 4 }].GetAsync();
                    await Client(url).Batches[new[] { 5, 6, 7 }].GetAsync();
                    await Client(url).Batches["raw"].GetAsync();
                    await Client(url).Runs["42"].GetAsync();
                    return "done";
                }

                public static async Task<string> LookupAsync(string url)
                {
                    await Client(url).Lookup.GetAsync(c => { c.QueryParameters.At = "/a,b"; c.QueryParameters.SortAsKind = new[] { M.Kind.FancyOne, M.Kind.Plain }; });
                    await Client(url).Lookup.GetAsync(c => { c.QueryParameters.SortAsKind = new[] { M.Kind.Plain }; c.QueryParameters.At = null; });
                    await Client(url).Lookup.GetAsync(c => c.QueryParameters.SortAsKind = Array.Empty<M.Kind>());
                    await Client(url).Lookup.GetAsync();
                    #pragma warning disable CS0618 // Kiota's string twin of the enum property: sent the same way, and first.
                    await Client(url).Lookup.GetAsync(c => c.QueryParameters.Sort = new[] { "plain", "a/b" });
                    await Client(url).Lookup.GetAsync(c => { c.QueryParameters.Sort = new[] { "plain" }; c.QueryParameters.SortAsKind = new[] { M.Kind.FancyOne }; });
                    #pragma warning restore CS0618
                    return "done";
                }

                public static async Task<string> NoteAsync(string url)
                {
                    var item = await Client(url).Notes.PostAsync("plain words");
                    return item!.Name + "|" + Convert.ToBase64String(item.File!);
                }

                public static async Task<string> UploadAsync(string url)
                {
                    var body = new MultipartBody();
                    body.AddOrReplacePart("title", "text/plain", "hello");
                    body.AddOrReplacePart("file", "application/octet-stream", new MemoryStream(Encoding.ASCII.GetBytes("BYTES")), "a.bin");
                    await Client(url).Uploads.PostAsync(body);
                    return "uploaded";
                }

                public static async Task<string> MixedSegmentsAsync(string url)
                {
                    await Client(url).Items.WithItemIdArchive("a b").PostAsync();
                    return (await Client(url).Files.WithNameWithExt("report", "txt").GetAsync())!;
                }

                public static async Task<string> StylesAsync(string url)
                {
                    await Client(url).Shelves["top"].Rows[3].GetAsync();
                    return "found";
                }

                public static async Task<string> InlineResponseAsync(string url)
                {
                    var response = await Client(url).Items["9"].GetAsync();
                    return response!.Etag + "|" + response.Item!.Name;
                }
            }
        }
        """;

    private LocalServer? _server;

    private DynamicClient Client => compiled.Client;

    private LocalServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/items", () => Results.Text(
                """[{"id":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","name":"one","kind":"fancy-one","kinds":["2d","plain"],"owner":{"display-name":"Ann"},"day":"2024-02-29","createdAt":"2023-05-06T07:08:09Z","unknown":"kept","additionalData":"ad","matrix":[[1,2],[3]],"attributes":{"color":"red"},"level":2,"mood":"with space","version":7}]""",
                "application/json"));
            app.MapPost("/items", (HttpRequest request) => request.ContentLength > 2
                ? Results.Text("""{"name":"new","status":"retired"}""", "application/json", statusCode: 201)
                : Results.Text("""{"code":"empty","message":"Body is empty"}""", "application/json", statusCode: 400));
            app.MapDelete("/items/1", () => Results.NoContent());
            app.MapDelete("/items/2", () => Results.Text("""{"title":"Boom","message":"It broke","data":"d"}""", "application/json", statusCode: 500));
            app.MapGet("/items/42/count", () => Results.Text("7", "application/json"));
            app.MapGet("/items/9", () => Results.Text("""{"etag":"e1","item":{"name":"nine"}}""", "application/json"));
            app.MapPut("/items/7", () => Results.Bytes(new byte[] { 9, 8 }, "application/octet-stream"));
            app.MapGet("/", () => Results.Text("hello", "text/plain"));
            app.MapPost("/items/{id}:archive", () => Results.NoContent());
            app.MapGet("/files/{name}.{ext}", (string name, string ext) => Results.Text(name + "/" + ext, "text/plain"));
            app.MapGet("/shelves/{shelf}/rows/{row}", () => Results.NoContent());
            app.MapPost("/uploads", () => Results.NoContent());
            app.MapGet("/lookup", () => Results.NoContent());
            app.MapGet("/points/{coord}", () => Results.NoContent());
            app.MapGet("/sizes/{size}", () => Results.NoContent());
            app.MapGet("/runs/{runId}", () => Results.NoContent());
            app.MapGet("/batches/{ids}", () => Results.NoContent());
            app.MapGet("/notes", () => Results.Bytes(new byte[] { 1, 2 }, "image/jpeg"));
            app.MapPost("/notes", () => Results.Text("""{"name":"note","file":"AQID"}""", "application/problem+json", statusCode: 202));
            app.MapPost("/forms", () => Results.Text("\"fancy-one\"", "application/json"));
            app.MapPut("/tags", () => Results.NoContent());
            app.MapGet("/tenant/v2/kinds/{kind}", (string kind) => Results.Text("[\"" + kind + "\",\"b\"]", "application/json"));
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
    public async Task QueryAndHeaderParametersShouldBeSentAndTheArrayResponseParsed()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "ListItemsAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("/items?api-version=2024-01&%24top=5&includeDeleted=true&kind=fancy-one&order=asc,desc&tags=a&tags=b", request.PathAndQuery);
        Assert.Equal("11111111-2222-3333-4444-555555555555", request.Headers["X-Request-Id"]);
        Assert.Equal("3", request.Headers["X-Retry"]);
        Assert.Equal("plain,2d", request.Headers["X-Kinds"]);
        Assert.Equal("false", request.Headers["X-Flag"]);
        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee|one|FancyOne|Twod,Plain|Ann|2024-02-29|2023|kept|ad|1,2;3|red|2|WithSpace|7", summary);
    }

    [Fact]
    public async Task JsonBodyShouldCarryEveryWritablePropertyAndTheAdditionalDataButNoReadOnlyOne()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "CreateItemAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        // Item derives from Audit (allOf): Audit's Serialize writes its fields and the additional data first, then each
        // class its own properties by name, as in Kiota.
        Assert.Equal("""{"extra":"kept","attributes":{"color":"blue"},"day":"2024-02-29","id":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","kind":"plain","labels":["x","y"],"legacy":"old","mood":"a-b","name":"new","status":"retired"}""", request.Body);
        Assert.Equal("new|Retired", summary);
    }

    [Fact]
    public void DeprecatedPropertiesAndOperationsShouldBeObsolete()
    {
        var item = Client.GetType("Constructs.Models.Item");
        var builder = Client.GetType("Constructs.Items.Item.WithItemItemRequestBuilder");

        Assert.NotNull(item.GetProperty("Legacy")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
        Assert.Null(item.GetProperty("Name")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
        Assert.NotNull(builder.GetMethod("DeleteAsync")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
        Assert.NotNull(builder.GetMethod("ToDeleteRequestInformation")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
    }

    [Fact]
    public async Task InlineErrorSchemaShouldBeThrownAsItsGeneratedType()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "CreateItemErrorAsync", Server.BaseUrl);

        Assert.Equal("400|empty|Body is empty", summary);
    }

    [Fact]
    public async Task NoContentResponseShouldComplete()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "DeleteAsync", Server.BaseUrl, 1L);

        Assert.Equal("deleted", summary);
        Assert.Equal("DELETE /items/1", Server.SingleRequest().Method + " " + Server.SingleRequest().PathAndQuery);
    }

    [Fact]
    public async Task RangeErrorCodeShouldMapToTheErrorTypeWithEscapedExceptionMembers()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "DeleteAsync", Server.BaseUrl, 2L);

        Assert.Equal("500|Boom|It broke|d", summary);
    }

    [Fact]
    public async Task PrimitiveResponsesShouldBeParsed()
    {
        Assert.Equal("7", await Client.InvokeAsync("Probe.Entry", "CountAsync", Server.BaseUrl));
        Assert.Equal("hello", await Client.InvokeAsync("Probe.Entry", "RootAsync", Server.BaseUrl));
    }

    [Fact]
    public async Task FormBodyShouldBeUrlEncodedAndAnEnumResponseParsed()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "FormAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal("count=2&name=a%20b%26c", request.Body);
        Assert.Equal("FancyOne", summary);
    }

    [Fact]
    public async Task CollectionBodyShouldBeAJsonArray()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "TagsAsync", Server.BaseUrl);

        Assert.Equal("stored", summary);
        Assert.Equal("""["red","green"]""", Server.SingleRequest().Body);
    }

    [Fact]
    public async Task OperationServerShouldBeInlinedAndItsVariableFilledAtRequestTime()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "KindsAsync", Server.BaseUrl + "/tenant");

        Assert.Equal("/tenant/v2/kinds/2d", Server.SingleRequest().PathAndQuery);
        Assert.Equal("2d,b", summary);
    }

    [Fact]
    public async Task EnumPathParameterShouldUseTheSpecValue()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "KindsByEnumAsync", Server.BaseUrl + "/tenant");

        Assert.Equal("/tenant/v2/kinds/fancy-one", Server.SingleRequest().PathAndQuery);
        Assert.Equal("fancy-one,b", summary);
    }

    [Fact]
    public async Task StreamBodyAndResponseShouldPassBytesThrough()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "StreamAsync", Server.BaseUrl);

        Assert.Equal("application/octet-stream", Server.SingleRequest().Headers["Content-Type"]);
        Assert.Equal("9,8", summary);
    }

    [Fact]
    public async Task SeveralResponseMediaTypesShouldAllBeAcceptedCookiesSentAndAStreamReturned()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "PictureAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("image/jpeg, image/png", request.Headers["Accept"]);
        Assert.Equal("session=a%20b%3Bc; seen=1%2C2; theme=dark%20mode; lang=fr; box=w%2C1%2Ch%2C2", request.Headers["Cookie"]);
        Assert.Equal("t1", request.Headers["X-Trace"]);
        Assert.Equal("w,3,kind,fancy-one", request.Headers["X-Shape"]);
        Assert.Equal("w=4,tag=t", request.Headers["X-Shape-Exploded"]);
        Assert.Equal("/notes?all=x%7Cy&k=v&filter%5Ba%5D=x&filter%5Bn%5D=2&ids=1%7C2&range=from,1,to,5&words=fancy-one%20plain&at=a/b:c?d%20e&tags=x/y&tags=z", request.PathAndQuery);
        Assert.Equal("1,2", summary);
    }

    [Fact]
    public async Task TextBodyShouldBeSentAsPlainTextAndA2XXJsonAnswerParsedWithItsBinaryProperty()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "NoteAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("text/plain", request.Headers["Content-Type"]);
        Assert.Equal("plain words", request.Body);
        Assert.Equal("application/json, application/problem+json", request.Headers["Accept"]);
        Assert.Equal("note|AQID", summary);
    }

    [Fact]
    public async Task MultipartBodyShouldSendEveryPartWithItsBoundary()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "UploadAsync", Server.BaseUrl);

        var request = Server.SingleRequest();
        Assert.Equal("uploaded", summary);
        var contentType = request.Headers["Content-Type"];
        Assert.StartsWith("multipart/form-data; boundary=", contentType, StringComparison.Ordinal);
        var boundary = contentType["multipart/form-data; boundary=".Length..];
        var expected = "--" + boundary + "\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n"
            + "--" + boundary + "\r\nContent-Type: application/octet-stream\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\nBYTES\r\n"
            + "--" + boundary + "--\r\n";
        Assert.Equal(expected, request.Body);
    }

    [Fact]
    public async Task ArrayAndObjectPathParametersShouldBeExpandedInTheirStyle()
    {
        Assert.Equal("done", await Client.InvokeAsync("Probe.Entry", "StructuredPathsAsync", Server.BaseUrl));

        Assert.Equal(["/points/;x=1;y=2", "/sizes/w,3,h,4", "/batches/.5,6,7", "/batches/.raw", "/runs/42"], Server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task AllowReservedQueryParametersShouldKeepReservedCharactersAndStartTheQueryWhenAlone()
    {
        Assert.Equal("done", await Client.InvokeAsync("Probe.Entry", "LookupAsync", Server.BaseUrl));

        Assert.Equal(["/lookup?at=/a,b&sort=fancy-one%7Cplain", "/lookup?sort=plain", "/lookup", "/lookup", "/lookup?sort=plain%7Ca/b", "/lookup?sort=plain"], Server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task SegmentsMixingTextAndParametersShouldBeMethodsThatFillTheirTemplate()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "MixedSegmentsAsync", Server.BaseUrl);

        Assert.Equal(["POST /items/a%20b:archive", "GET /files/report.txt"], Server.Requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal("report/txt", summary);
    }

    [Fact]
    public async Task LabelAndMatrixPathParametersShouldBeExpandedInTheirStyle()
    {
        Assert.Equal("found", await Client.InvokeAsync("Probe.Entry", "StylesAsync", Server.BaseUrl));

        Assert.Equal("/shelves/.top/rows/;row=3", Server.SingleRequest().PathAndQuery);
    }

    [Fact]
    public async Task InlineResponseSchemaShouldBeParsedIntoItsGeneratedModel()
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "InlineResponseAsync", Server.BaseUrl);

        Assert.Equal("e1|nine", summary);
    }

    /// <summary>The constructs client, generated and compiled once for the whole class.</summary>
    public sealed class CompiledClient : IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(TestPaths.ReadSpec("constructs.yaml"), "Constructs", Probe);

        public void Dispose() => Client.Dispose();
    }
}
