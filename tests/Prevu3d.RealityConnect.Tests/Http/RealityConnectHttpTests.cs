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
}
