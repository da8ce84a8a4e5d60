// The behaviour program of xkcd (issue 16.2): two GETs whose answers are read as streams, one through a numeric
// path parameter. Compiled once against each client; see swagger2-petstore-expanded.cs for the conventions.
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Corpus.Behaviour;

public static class Program
{
    /// <summary>The canned server, by method and path.</summary>
    public static (int Status, string? Json) Respond(string method, string pathAndQuery) => (method, pathAndQuery.Split('?')[0]) switch
    {
        ("GET", "/info.0.json") => (200, """{"num":3000,"title":"latest"}"""),
        ("GET", "/614/info.0.json") => (200, """{"num":614,"title":"Woodpecker"}"""),
        _ => (404, null),
    };

    public static async Task<string> RunAsync(HttpMessageHandler handler)
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient(handler)) { BaseUrl = "https://xkcd.example.test" };
        var client = new Corpus.Client.ApiClient(adapter);
        var read = new StringBuilder();

        using (var latest = await client.Info0Json.GetAsync())
        {
            read.Append(await new StreamReader(latest!).ReadToEndAsync()).Append('\n');
        }

        using (var comic = await client[614].Info0Json.GetAsync())
        {
            read.Append(await new StreamReader(comic!).ReadToEndAsync()).Append('\n');
        }

        // Not found, and no error mapping: both clients must fail the same way.
        try
        {
            await client[1].Info0Json.GetAsync();
            read.Append("no error\n");
        }
        catch (System.Exception ex)
        {
            read.Append(ex.GetType().Name).Append('\n');
        }

        return read.ToString();
    }
}
