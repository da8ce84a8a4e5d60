using System.Linq;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Prevu3d.RealityConnect.Http;

namespace Prevu3d.RealityConnect.Tests.Http;

public sealed class RealityConnectHttpTests
{
    [Fact]
    public void PrimaryHandlerShouldLeaveRedirectsToKiota()
    {
        using var handler = Assert.IsType<SocketsHttpHandler>(RealityConnectHttp.CreatePrimaryHandler());

        Assert.False(handler.AllowAutoRedirect);
        Assert.Equal(RealityConnectHttp.PooledConnectionLifetime, handler.PooledConnectionLifetime);
    }

    [Fact]
    public void PipelineShouldPutTheCredentialGuardBelowKiotasRedirectHandler()
    {
        var handlers = RealityConnectHttp.CreateDelegatingHandlers();

        var redirect = handlers.Select((h, i) => (h, i)).Single(p => p.h is RedirectHandler).i;
        Assert.IsType<CredentialOriginGuardHandler>(handlers[^1]);
        Assert.True(redirect < handlers.Count - 1);
        foreach (var handler in handlers)
        {
            handler.Dispose();
        }
    }

    [Fact]
    public void PipelineShouldKeepTheStatusOfErrorAnswersThatAreNotJson()
    {
        var handlers = RealityConnectHttp.CreateDelegatingHandlers();

        Assert.Single(handlers, h => h is ErrorMediaTypeHandler);
        foreach (var handler in handlers)
        {
            handler.Dispose();
        }
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("Application/JSON", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/vnd.prevu3d.node+json", true)]
    [InlineData("text/plain", false)]
    [InlineData("text/html", false)]
    [InlineData("application/jsonp", false)]
    [InlineData("application/json-seq", false)]
    [InlineData("", false)]
    public void ErrorMediaTypeHandlerShouldKnowJsonMediaTypes(string mediaType, bool json)
        => Assert.Equal(json, ErrorMediaTypeHandler.IsJson(mediaType));

    [Fact]
    public void PipelineShouldLeaveRetriesToTheAdapterRatherThanKiotasRetryHandler()
    {
        var handlers = RealityConnectHttp.CreateDelegatingHandlers();

        Assert.DoesNotContain(handlers, h => h is RetryHandler);
        Assert.Contains(handlers, h => h is RedirectHandler);
        foreach (var handler in handlers)
        {
            handler.Dispose();
        }
    }

    [Fact]
    public void HttpClientShouldLeaveTimeoutsToTheAdapter()
    {
        using var client = RealityConnectHttp.CreateHttpClient(null);

        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(500)]
    [InlineData(502)]
    public void KiotasRetryHandlerShouldStillSkipStatusesTheSdkRetriesWhichIsWhyItIsReplaced(int status)
    {
        // Pins the finding against the Kiota version in use: when this fails, Kiota changed and the choice can be revisited.
        var option = new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options.RetryHandlerOption();
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);

        Assert.False(option.ShouldRetry(option.Delay, 0, response));
        Assert.True(Prevu3d.RealityConnect.Pipeline.TransientFailure.IsTransientStatus(status));
    }
}
