using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// "A spec edit that adds a UUID, enum or required parameter is validated with no runtime edit": a client generated
/// from a spec of its own, sent through Kiota's plain <c>HttpClientRequestAdapter</c> (no Prevu3d runtime) to a local
/// server, refuses a value the spec rules out before any byte is sent, and sends a good one.
/// </summary>
public sealed class ParameterValidationTests
{
    private const string SiteId = "5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162";
    private const string CorrelationId = "0e35db64-eee1-4dc3-af96-3a5cad8b8f89";

    private const string Spec = """
        openapi: 3.0.3
        info: { title: Scans, version: "1.0" }
        servers:
          - url: https://scans.invalid
        paths:
          /v1/sites/{siteId}/scans:
            parameters:
              - name: siteId
                in: path
                required: true
                schema: { type: string, format: uuid }
            get:
              operationId: listScans
              parameters:
                - name: api-version
                  in: query
                  required: true
                  schema: { type: string }
                - name: after
                  in: query
                  schema: { type: string, format: uuid }
                - name: status
                  in: query
                  schema: { type: string, enum: [queued, done] }
                - name: X-Correlation-Id
                  in: header
                  schema: { type: string, format: uuid }
                - name: X-Mode
                  in: header
                  schema: { type: string, enum: [fast, safe] }
              responses:
                "204": { description: Listed. }
          /v1/kinds/{kind}:
            get:
              operationId: getKind
              parameters:
                - name: kind
                  in: path
                  required: true
                  schema: { type: string, enum: [mesh, cloud] }
              responses:
                "204": { description: Found. }
          /v1/keyed:
            get:
              operationId: getKeyed
              security: [{ apiKeyAuth: [] }]
              parameters:
                - name: X-Api-Key
                  in: header
                  required: true
                  schema: { type: string }
                - name: X-Tenant
                  in: header
                  required: true
                  schema: { type: string }
              responses:
                "204": { description: Found. }
        components:
          securitySchemes:
            apiKeyAuth: { type: apiKey, in: header, name: X-Api-Key }
        """;

    // Each argument left empty is not given: the probe shows what a caller of the generated client writes.
    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        namespace Probe
        {
            public sealed class KeyProvider : IAuthenticationProvider
            {
                public Task AuthenticateRequestAsync(Microsoft.Kiota.Abstractions.RequestInformation request, System.Collections.Generic.Dictionary<string, object>? context = null, System.Threading.CancellationToken cancellationToken = default)
                {
                    request.Headers.Add("X-Api-Key", "secret");
                    return Task.CompletedTask;
                }
            }

            public static class Entry
            {
                private static Validated.RealityConnectClient Client(string baseUrl) =>
                    new Validated.RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = baseUrl });

                public static async Task<string> ListScans(string baseUrl, string siteId, string apiVersion, string correlationHeader, string modeHeader)
                {
                    await Client(baseUrl).V1.Sites[siteId].Scans.GetAsync(c =>
                    {
                        c.QueryParameters.ApiVersion = apiVersion.Length == 0 ? null : apiVersion;
                        c.QueryParameters.After = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
                        c.QueryParameters.StatusAsGetStatusQueryParameterType = Validated.V1.Sites.Item.Scans.GetStatusQueryParameterType.Done;
                        if (correlationHeader.Length > 0) c.Headers.Add("X-Correlation-Id", correlationHeader);
                        if (modeHeader.Length > 0) c.Headers.Add("X-Mode", modeHeader);
                    });
                    return "sent";
                }

                public static async Task<string> ListScansWithTypedHeaders(string baseUrl)
                {
                    await Client(baseUrl).V1.Sites[Guid.Parse("5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162")].Scans.GetAsync(c =>
                    {
                        c.QueryParameters.ApiVersion = "2024-01";
                        c.XCorrelationId = Guid.Parse("0e35db64-eee1-4dc3-af96-3a5cad8b8f89");
                        c.XMode = Validated.V1.Sites.Item.Scans.GetXModeHeaderParameterType.Safe;
                    });
                    return "sent";
                }

                public static async Task<string> GetKind(string baseUrl, string kind)
                {
                    await Client(baseUrl).V1.Kinds[kind].GetAsync();
                    return "sent";
                }

                public static async Task<string> GetKeyed(string baseUrl, string tenant)
                {
                    var client = new Validated.RealityConnectClient(new HttpClientRequestAdapter(new KeyProvider(), httpClient: new HttpClient()) { BaseUrl = baseUrl });
                    await client.V1.Keyed.GetAsync(c => { if (tenant.Length > 0) c.XTenant = tenant; });
                    return "sent";
                }

                public static async Task<string> GetKeyedAsKiotaWrites(string baseUrl, string tenant)
                {
                    var client = new Validated.RealityConnectClient(new HttpClientRequestAdapter(new KeyProvider(), httpClient: new HttpClient()) { BaseUrl = baseUrl });
                    // Kiota's exact parameter type: code written against Kiota's client hands such a delegate over as it is.
                    Action<Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters>>? configure = null;
                    if (tenant.Length > 0) configure = c => c.Headers.Add("X-Tenant", tenant);
                    await client.V1.Keyed.GetAsync(configure);
                    return "sent";
                }

                public static Task<string> KeyedRequestUris()
                {
                    var keyed = Client("https://keyed.invalid").V1.Keyed;
                    var kiota = keyed.ToGetRequestInformation(c => c.Headers.Add("X-Tenant", "acme"));
                    var typed = keyed.ToGetRequestInformation(c => c.XTenant = "acme");
                    return Task.FromResult(string.Join("|", kiota.Headers["X-Tenant"].Single(), typed.Headers["X-Tenant"].Single(), kiota.URI == typed.URI));
                }

                public static async Task<string> GetKindByRawUrl(string baseUrl, string rawUrl)
                {
                    await Client(baseUrl).V1.Kinds["mesh"].WithUrl(rawUrl).GetAsync();
                    return "sent";
                }
            }
        }
        """;

    [Fact]
    public async Task GoodValuesShouldBeSent()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        await client.InvokeAsync("Probe.Entry", "ListScans", server.BaseUrl, SiteId, "2024-01", CorrelationId, "fast");

        var request = server.SingleRequest();
        Assert.Equal("/v1/sites/" + SiteId + "/scans?api-version=2024-01&after=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee&status=done", request.PathAndQuery);
        Assert.Equal(CorrelationId, request.Headers["X-Correlation-Id"]);
        Assert.Equal("fast", request.Headers["X-Mode"]);
    }

    [Fact]
    public async Task TypedHeadersAndAGuidIdShouldBeSent()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        await client.InvokeAsync("Probe.Entry", "ListScansWithTypedHeaders", server.BaseUrl);

        var request = server.SingleRequest();
        Assert.Equal("/v1/sites/" + SiteId + "/scans?api-version=2024-01", request.PathAndQuery);
        Assert.Equal(CorrelationId, request.Headers["X-Correlation-Id"]);
        Assert.Equal("safe", request.Headers["X-Mode"]);
    }

    [Theory]
    [InlineData("not-a-uuid", "2024-01", CorrelationId, "fast", "siteId", "The path parameter 'siteId' must be a UUID, not 'not-a-uuid'.")]
    [InlineData("  ", "2024-01", CorrelationId, "fast", "siteId", "The path parameter 'siteId' of GET {+baseurl}/v1/sites/{siteId}/scans{?api%2Dversion,after,status} is empty.")]
    [InlineData(SiteId, "", CorrelationId, "fast", "api-version", "The query parameter 'api-version' of GET {+baseurl}/v1/sites/{siteId}/scans{?api%2Dversion,after,status} is missing.")]
    [InlineData(SiteId, "2024-01", "nope", "fast", "X-Correlation-Id", "The header parameter 'X-Correlation-Id' must be a UUID, not 'nope'.")]
    [InlineData(SiteId, "2024-01", CorrelationId, "slow", "X-Mode", "The header parameter 'X-Mode' must be one of 'fast', 'safe', not 'slow'.")]
    public async Task AValueTheSpecRulesOutShouldBeRefusedBeforeAnythingIsSent(string siteId, string apiVersion, string correlation, string mode, string parameter, string message)
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.InvokeAsync("Probe.Entry", "ListScans", server.BaseUrl, siteId, apiVersion, correlation, mode));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(message + " (Parameter '" + parameter + "')", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task APathValueOutsideTheEnumShouldBeRefusedAndOneInsideSent()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.InvokeAsync("Probe.Entry", "GetKind", server.BaseUrl, "Mesh"));
        Assert.Equal("kind", error.ParamName);
        Assert.Empty(server.Requests);

        await client.InvokeAsync("Probe.Entry", "GetKind", server.BaseUrl, "mesh");
        Assert.Equal("/v1/kinds/mesh", server.SingleRequest().PathAndQuery);
    }

    [Fact]
    public async Task ARequiredHeaderShouldBeRefusedWhenAbsentButNotTheKeyTheAuthenticationProviderAdds()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.InvokeAsync("Probe.Entry", "GetKeyed", server.BaseUrl, ""));
        Assert.Equal("X-Tenant", error.ParamName);
        Assert.Empty(server.Requests);

        await client.InvokeAsync("Probe.Entry", "GetKeyed", server.BaseUrl, "acme");
        var request = server.SingleRequest();
        Assert.Equal("acme", request.Headers["X-Tenant"]);
        Assert.Equal("secret", request.Headers["X-Api-Key"]);
    }

    [Fact]
    public async Task KiotasSignatureShouldSendARequiredHeaderAndRefuseItsAbsence()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.InvokeAsync("Probe.Entry", "GetKeyedAsKiotaWrites", server.BaseUrl, ""));
        Assert.Equal("X-Tenant", error.ParamName);
        Assert.Empty(server.Requests);

        await client.InvokeAsync("Probe.Entry", "GetKeyedAsKiotaWrites", server.BaseUrl, "acme");
        Assert.Equal("acme", server.SingleRequest().Headers["X-Tenant"]);
        Assert.Equal("acme|acme|True", await client.InvokeAsync("Probe.Entry", "KeyedRequestUris"));
    }

    [Theory]
    [InlineData("Validated.V1.Keyed.KeyedRequestBuilder", "Microsoft.Kiota.Abstractions.DefaultQueryParameters")]
    [InlineData("Validated.V1.Sites.Item.Scans.ScansRequestBuilder", "Validated.V1.Sites.Item.Scans.ScansRequestBuilder+ScansRequestBuilderGetQueryParameters")]
    public void AnOperationWithHeaderParametersShouldTakeKiotasConfigurationAndOfferTheTypedOneAsASecondOverload(string builderName, string queryType)
    {
        using var client = DynamicClient.Create(Spec, "Validated", Probe);
        var builder = client.GetType(builderName);
        var kiota = "System.Action`1[Microsoft.Kiota.Abstractions.RequestConfiguration`1[" + queryType + "]]";
        var typed = "System.Action`1[" + builderName + "+" + builder.Name + "GetRequestConfiguration]";

        foreach (var method in new[] { "GetAsync", "ToGetRequestInformation" })
        {
            var overloads = builder.GetMethods().Where(m => m.Name == method).Select(m => m.GetParameters()[0]).ToList();
            Assert.Equal(2, overloads.Count);
            // Kiota's is the one with the default, so a call without a configuration (or with null) binds to it.
            Assert.Equal(kiota, Assert.Single(overloads, p => p.IsOptional).ParameterType.ToString());
            Assert.Equal(typed, Assert.Single(overloads, p => !p.IsOptional).ParameterType.ToString());
        }
    }

    [Fact]
    public async Task ARawUrlShouldBeSentAsGivenWithoutPathChecks()
    {
        await using var server = await StartServerAsync();
        using var client = DynamicClient.Create(Spec, "Validated", Probe);

        // WithUrl: Kiota ignores the path parameters, so a path value the spec rules out does not matter.
        await client.InvokeAsync("Probe.Entry", "GetKindByRawUrl", server.BaseUrl, server.BaseUrl + "/v1/kinds/anything");

        Assert.Equal("/v1/kinds/anything", server.SingleRequest().PathAndQuery);
    }

    private static Task<LocalServer> StartServerAsync() => LocalServer.StartAsync(app => app.MapFallback(() => Results.NoContent()));
}
