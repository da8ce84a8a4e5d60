using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>"A user extends the SDK by editing the spec file": a new path becomes a working builder.</summary>
public sealed class SpecExtensionTests
{
    private const string NewPath = """
          /v1/sites:
            servers:
              - url: "{apiUrl}"
                variables:
                  apiUrl:
                    default: https://api-ue1.prevu3d.com/realityconnect-api
            get:
              operationId: listSites
              security:
                - bearerAuth: []
              parameters:
                - name: name
                  in: query
                  schema: { type: string }
                - name: limit
                  in: query
                  schema: { type: integer, format: int32 }
              responses:
                "200":
                  description: The sites.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: "#/components/schemas/Site"

        """;

    private const string NewSchema = """
            Site:
              type: object
              properties:
                id: { type: string, format: uuid }
                name: { type: string }

        """;

    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        namespace Probe
        {
            public sealed class ApiUrlProvider : IAuthenticationProvider
            {
                private readonly string _apiUrl;
                public ApiUrlProvider(string apiUrl) { _apiUrl = apiUrl; }
                public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default)
                {
                    foreach (var name in request.RequestOptions.OfType<Extended.ServerOption>().Single().VariableNames)
                    {
                        request.PathParameters[name] = _apiUrl;
                    }
                    return Task.CompletedTask;
                }
            }

            public static class Entry
            {
                public static string Uri()
                {
                    var client = new Extended.RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()));
                    return client.V1.Sites.ToGetRequestInformation(c => { c.QueryParameters.Name = "north"; c.QueryParameters.Limit = 5; }).URI.ToString();
                }

                public static async Task<string> RunAsync(string apiUrl)
                {
                    var client = new Extended.RealityConnectClient(new HttpClientRequestAdapter(new ApiUrlProvider(apiUrl), httpClient: new HttpClient()));
                    var sites = await client.V1.Sites.GetAsync(c => { c.QueryParameters.Name = "north"; c.QueryParameters.Limit = 5; });
                    return string.Join(";", sites!.Select(s => s.Id + "=" + s.Name + "+" + s.AdditionalData.Count));
                }
            }
        }
        """;

    [Fact]
    public void NewPathShouldBuildTheRightUriWithItsQueryString()
    {
        using var client = DynamicClient.Create(ExtendedSpec(), "Extended", Probe);

        var uri = (string)client.GetType("Probe.Entry").GetMethod("Uri")!.Invoke(null, null)!;

        Assert.Equal("https://api-ue1.prevu3d.com/realityconnect-api/v1/sites?limit=5&name=north", uri);
    }

    [Fact]
    public async Task NewPathShouldCallTheServerAndParseTheNewModel()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/api/v1/sites", () => Results.Text(
            """[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":"Plant","floor":2}]""", "application/json")));
        using var client = DynamicClient.Create(ExtendedSpec(), "Extended", Probe);

        var summary = await client.InvokeAsync("Probe.Entry", "RunAsync", server.BaseUrl + "/api");

        Assert.Equal("/api/v1/sites?limit=5&name=north", server.SingleRequest().PathAndQuery);
        Assert.Equal("5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162=Plant+1", summary);
    }

    [Fact]
    public void TheUneditedSpecShouldHaveNoSitesBuilder()
    {
        // Guards the two tests above: the builder comes from the edit, not from the real spec.
        var result = GeneratorHarness.Run(("/specs/realityconnect.yaml", TestPaths.ReadRealSpec()));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("Sites", StringComparison.Ordinal));
    }

    private static string ExtendedSpec()
    {
        var spec = TestPaths.ReadRealSpec().Replace("\r\n", "\n");
        Assert.Contains("\ncomponents:\n", spec);
        spec = spec.Replace("\ncomponents:\n", "\n" + NewPath + "components:\n");
        return spec.TrimEnd('\n') + "\n" + NewSchema;
    }
}
