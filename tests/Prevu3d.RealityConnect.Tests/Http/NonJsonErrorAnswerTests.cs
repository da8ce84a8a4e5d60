using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Http;

/// <summary>
/// Error answers that are not JSON (a gateway's HTML page, plain text, no content type at all): the caller gets the
/// status, transient ones are retried and a 401 renews the token, as with the API's own JSON errors.
/// </summary>
public sealed class NonJsonErrorAnswerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public NonJsonErrorAnswerTests() => _server = new FakeRealityConnect(_time);

    public static TheoryData<string?> MediaTypes => new() { "text/html", "text/plain", "application/xml", null };

    [Theory]
    [MemberData(nameof(MediaTypes))]
    public async Task BrowseShouldRenewTheTokenAfterA401ThatIsNotJson(string? mediaType)
    {
        Fail(IsBrowse, 1, () => Page(HttpStatusCode.Unauthorized, mediaType));
        using var client = TestClients.Create(_server, _time);

        var nodes = await _time.RunAsync(Browse(client), Step);

        Assert.Single(nodes!);
        Assert.Equal(2, _server.TokenRequests);
        Assert.Equal(2, _server.BrowseRequests);
    }

    [Theory]
    [MemberData(nameof(MediaTypes))]
    public async Task BrowseShouldSurfaceTheStatusOfANotFoundThatIsNotJson(string? mediaType)
    {
        Fail(IsBrowse, int.MaxValue, () => Page(HttpStatusCode.NotFound, mediaType));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Theory]
    [InlineData(502, "text/html")]
    [InlineData(503, "text/plain")]
    [InlineData(504, null)]
    public async Task BrowseShouldRetryATransientStatusThatIsNotJson(int status, string? mediaType)
    {
        Fail(IsBrowse, 1, () => Page((HttpStatusCode)status, mediaType));
        using var client = TestClients.Create(_server, _time);

        var nodes = await _time.RunAsync(Browse(client), Step);

        Assert.Single(nodes!);
        Assert.Equal(2, _server.BrowseRequests);
    }

    [Fact]
    public async Task TokenRequestShouldBeRetriedAfterAGatewayPage()
    {
        Fail(IsToken, 1, () => Page(HttpStatusCode.BadGateway, "text/html"));
        using var client = TestClients.Create(_server, _time);

        var nodes = await _time.RunAsync(Browse(client), Step);

        Assert.Single(nodes!);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task TokenRequestShouldEndInAnAuthenticationErrorWithTheStatusWhenTheGatewayStaysDown()
    {
        Fail(IsToken, int.MaxValue, () => Page(HttpStatusCode.ServiceUnavailable, "text/html"));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(4, _server.TokenRequests);
        Assert.Equal(0, _server.BrowseRequests);
    }

    [Fact]
    public async Task TokenRequestShouldEndInAnAuthenticationErrorOnAPlainTextRefusal()
    {
        Fail(IsToken, int.MaxValue, () => Page(HttpStatusCode.Unauthorized, "text/plain"));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task ASuccessfulAnswerThatIsNotJsonShouldBeAResponseError()
    {
        Fail(IsBrowse, int.MaxValue, () => Page(HttpStatusCode.OK, "text/html"));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectResponseException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(200, error.ResponseStatusCode);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.BrowseRequests);
    }

    private static Task<System.Collections.Generic.List<Models.Node>?> Browse(RealityConnectClient client)
        => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

    private static bool IsBrowse(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal);

    private static bool IsToken(HttpRequestMessage request) => request.RequestUri!.AbsolutePath == "/oauth/token";

    private static HttpResponseMessage Page(HttpStatusCode status, string? mediaType)
    {
        var body = mediaType == "text/html" ? $"<html><body><h1>{(int)status}</h1>nginx</body></html>" : $"{(int)status} from the gateway";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        return new HttpResponseMessage(status) { Content = content };
    }

    private void Fail(Func<HttpRequestMessage, bool> which, int times, Func<HttpResponseMessage> answer)
    {
        var left = times;
        _server.Intercept = request => which(request) && Interlocked.Decrement(ref left) >= 0 ? answer() : null;
    }
}
