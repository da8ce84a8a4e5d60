using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Http;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Http;

public sealed class SentRequestUriTests
{
    private const string Template = "{+apiUrl}/v1/nodes/{nodeId}/browse{?depth}";

    [Fact]
    public void AnExpandedUrlShouldBeTheOneKiotaSends()
    {
        var request = Browse("https://api.example.com", "a1");

        var uri = SentRequestUri.Expand(request);

        Assert.Equal("https://api.example.com/v1/nodes/a1/browse?depth=2", uri.ToString());
        // Kiota's adapter reads URI to build the HttpRequestMessage: the kept instance, not a second expansion.
        Assert.Same(uri, request.URI);
    }

    [Fact]
    public void ExpandingShouldLeaveTheParametersAsTheyWere()
    {
        // A request builder shares its path parameters with every request it builds.
        var shared = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) { ["apiUrl"] = "https://api.example.com", ["nodeId"] = "a1" };
        var request = new RequestInformation(Method.GET, Template, shared);
        var query = request.QueryParameters;
        query["depth"] = 2;

        SentRequestUri.Expand(request);

        Assert.Same(shared, request.PathParameters);
        Assert.Same(query, request.QueryParameters);
        Assert.Equal(["apiUrl=https://api.example.com", "nodeId=a1"], shared.Select(p => p.Key + "=" + p.Value).Order());
        Assert.Equal("depth=2", Assert.Single(query).Key + "=" + query["depth"]);
    }

    [Fact]
    public void ARequestSentAgainWithOtherParametersShouldGoToItsNewUrl()
    {
        var request = Browse("https://api.example.com", "a1");
        SentRequestUri.Expand(request);

        request.PathParameters["nodeId"] = "b2";
        request.QueryParameters.Remove("depth");
        var again = SentRequestUri.Expand(request);

        Assert.Equal("https://api.example.com/v1/nodes/b2/browse", again.ToString());
        Assert.Same(again, request.URI);
    }

    [Fact]
    public void ARawUrlShouldBeKiotasOwn()
    {
        var request = new RequestInformation(Method.GET, Template, new Dictionary<string, object> { ["request-raw-url"] = "https://api.example.com/v1/raw" });

        Assert.Equal("https://api.example.com/v1/raw", SentRequestUri.Expand(request).ToString());
    }

    [Fact]
    public async Task ARequestBuilderShouldSendTheSameUrlEachTime()
    {
        var time = TestClients.NewClock();
        var server = new FakeRealityConnect(time);
        using var client = TestClients.Create(server, time);
        var browse = client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse;

        await browse.GetAsync();
        await browse.GetAsync();

        var sent = server.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)).Select(r => r.Uri.ToString()).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0], sent[1]);
        Assert.Contains(FakeRealityConnect.OrganizationId.ToString(), sent[0], StringComparison.Ordinal);
    }

    private static RequestInformation Browse(string apiUrl, string nodeId)
    {
        var request = new RequestInformation(Method.GET, Template, new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) { ["apiUrl"] = apiUrl, ["nodeId"] = nodeId });
        request.QueryParameters["depth"] = 2;
        return request;
    }
}
