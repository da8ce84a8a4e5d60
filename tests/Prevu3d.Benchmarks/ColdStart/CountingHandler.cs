using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Benchmarks.ColdStart;

/// <summary>The SDK's transport, counting what leaves the client: token and api-info requests.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    private int _token;
    private int _apiInfo;
    private int _total;

    public int Token => Volatile.Read(ref _token);

    public int ApiInfo => Volatile.Read(ref _apiInfo);

    public int Total => Volatile.Read(ref _total);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _total);
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth/token", System.StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _token);
        }
        else if (path.EndsWith("/oauth/api-info", System.StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _apiInfo);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
