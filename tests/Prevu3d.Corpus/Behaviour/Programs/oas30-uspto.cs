// The behaviour program of oas30-uspto (issue 16.2): a JSON response, a text response and a form-encoded body.
// Compiled once against each client; see swagger2-petstore-expanded.cs for the conventions.
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Corpus.Behaviour;

public static class Program
{
    /// <summary>The canned server, by method and path.</summary>
    public static (int Status, string? Json) Respond(string method, string pathAndQuery) => (method, pathAndQuery.Split('?')[0]) switch
    {
        ("GET", "/ds-api" or "/ds-api/") => (200, """{"total":1,"apis":[{"apiKey":"oa_citations","apiVersionNumber":"v1","apiUrl":"https://x.test/f","unknown":[1,2]}]}"""),
        ("GET", "/ds-api/oa_citations/v1/fields") => (200, "\"patentNumber,applicationId\""),
        ("POST", "/ds-api/oa_citations/v1/records") => (200, """[{"patentNumber":"123","year":2020},{"patentNumber":"456"}]"""),
        _ => (404, "\"not found\""),
    };

    public static async Task<string> RunAsync(HttpMessageHandler handler)
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient(handler)) { BaseUrl = "https://uspto.example.test/ds-api" };
        var client = new Corpus.Client.ApiClient(adapter);
        var read = new StringBuilder();

        var list = await client.GetAsync();
        read.Append(await KiotaJsonSerializer.SerializeAsStringAsync(list!)).Append('\n');

        var fields = await client["oa_citations"]["v1"].Fields.GetAsync();
        read.Append(fields).Append('\n');

        var records = await client["oa_citations"]["v1"].Records.PostAsync(new() { Criteria = "patentNumber:1*", Start = 0, Rows = 2 });
        read.Append(await KiotaJsonSerializer.SerializeAsStringAsync(records!)).Append('\n');
        return read.ToString();
    }
}
