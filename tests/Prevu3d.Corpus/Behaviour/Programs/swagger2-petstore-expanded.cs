// The behaviour program of swagger2-petstore-expanded (issue 16.2): compiled once against Kiota's client and once
// against ours, run over the same canned answers. Values are written with target-typed `new()` where a type's name
// is not the point: names are the surface comparison's business, this program checks what goes over the wire.
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Corpus.Behaviour;

public static class Program
{
    /// <summary>The canned server, by method and path (the query is what the check compares, not what it answers on).</summary>
    public static (int Status, string? Json) Respond(string method, string pathAndQuery) => (method, pathAndQuery.Split('?')[0]) switch
    {
        ("GET", "/api/pets") => (200, """[{"name":"Rex","tag":"dog","id":7},{"name":"Tom","id":8,"extra":true}]"""),
        ("POST", "/api/pets") => (200, """{"name":"Fido","tag":"dog","id":9}"""),
        ("GET", "/api/pets/7") => (200, """{"name":"Rex","tag":"dog","id":7}"""),
        ("DELETE", "/api/pets/7") => (204, null),
        _ => (404, """{"code":404,"message":"no such pet"}"""),
    };

    public static async Task<string> RunAsync(HttpMessageHandler handler)
    {
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient(handler)) { BaseUrl = "https://petstore.example.test/api" };
        var client = new Corpus.Client.ApiClient(adapter);
        var read = new StringBuilder();

        var pets = await client.Pets.GetAsync(c =>
        {
            c.QueryParameters.Tags = ["dog", "cat"];
            c.QueryParameters.Limit = 2;
        });
        read.Append(await KiotaJsonSerializer.SerializeAsStringAsync(pets!)).Append('\n');

        var created = await client.Pets.PostAsync(new() { Name = "Fido", Tag = "dog" });
        read.Append(await KiotaJsonSerializer.SerializeAsStringAsync(created!)).Append('\n');

        var one = await client.Pets[7].GetAsync();
        read.Append(one!.Id).Append(' ').Append(one.Name).Append(' ').Append(one.Tag).Append('\n');

        await client.Pets[7].DeleteAsync();
        try
        {
            await client.Pets[8].GetAsync();
            read.Append("no error\n");
        }
        catch (Corpus.Client.Models.Error error)
        {
            read.Append("error ").Append(error.Code).Append(' ').Append(error.MessageEscaped).Append(' ').Append(error.ResponseStatusCode).Append('\n');
        }

        return read.ToString();
    }
}
