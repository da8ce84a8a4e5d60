using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests;

public sealed class RealityConnectClientTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public RealityConnectClientTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public void ConstructorShouldValidateTheOptions()
    {
        var error = Assert.Throws<ArgumentException>(() => new RealityConnectClient(new RealityConnectClientOptions()));

        Assert.Contains("ClientId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientSecret is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorShouldRefuseNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new RealityConnectClient((RealityConnectClientOptions)null!));
        Assert.Throws<ArgumentNullException>(() => new RealityConnectClient(TestClients.Options(), (HttpClient)null!));
        Assert.Throws<ArgumentNullException>(() => new RealityConnectClient(TestClients.Options(), (HttpMessageHandler)null!));
    }

    [Fact]
    public async Task ClientShouldWorkOverAPrimaryHandlerThroughThePublicConstructor()
    {
        using var client = new RealityConnectClient(TestClients.Options(), _server);

        var info = await client.Oauth.ApiInfo.GetAsync();
        var divisions = await client.V1.Nodes[info!.Organization!.Id!.Value].Browse.GetAsync();

        Assert.Equal("North America", Assert.Single(divisions!).Name);
    }

    [Fact]
    public async Task ClientShouldUseAGivenHttpClientAsItIsAndLeaveItOpen()
    {
        using var httpClient = new HttpClient(_server, disposeHandler: false);
        var client = new RealityConnectClient(TestClients.Options(), httpClient);

        await client.GetApiInfoAsync();
        client.Dispose();
        using var after = await httpClient.GetAsync(new Uri(FakeRealityConnect.AuthorityUrl + "/nowhere"));

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(1, _server.ApiInfoRequests);
    }

    [Fact]
    public async Task AGivenHttpClientShouldGetTheSdksHandlingOfNonJsonErrors()
    {
        var left = 1;
        _server.Intercept = r => r.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal) && Interlocked.Decrement(ref left) >= 0
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("503 from the gateway") }
            : null;
        using var httpClient = new HttpClient(_server, disposeHandler: false);
        using var client = new RealityConnectClient(TestClients.Options(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(1)), httpClient);

        var divisions = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Single(divisions!);
        Assert.Equal(2, _server.BrowseRequests);
    }

    [Fact]
    public async Task AGivenHttpClientShouldGetTheSdksRedirectRule()
    {
        _server.Intercept = r => r.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.TemporaryRedirect) { Headers = { Location = new Uri("https://elsewhere.example/steal") } }
            : null;
        using var httpClient = new HttpClient(_server, disposeHandler: false);
        using var client = new RealityConnectClient(TestClients.Options(), httpClient);

        var error = await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Equal(307, error.ResponseStatusCode);
        Assert.Equal(0, _server.RequestsToHost("elsewhere.example"));
    }

    [Fact]
    public async Task AGivenHttpClientThatFollowsARedirectToAnotherOriginByItselfShouldNotHandBackItsAnswer()
    {
        using var httpClient = new HttpClient(new AutoRedirectingHandler(_server, new Uri("https://elsewhere.example/steal")), disposeHandler: false);
        using var client = new RealityConnectClient(TestClients.Options(), httpClient);

        var error = await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Contains("AllowAutoRedirect", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientShouldApplyTheRequestTimeout()
    {
        var hang = new TaskCompletionSource();
        _server.TokenGate = hang;
        using var client = new RealityConnectClient(TestClients.Options(o => o.RequestTimeout = TimeSpan.FromMilliseconds(200)), _server);

        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetApiInfoAsync());

        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(20));
        hang.SetResult();
    }

    [Fact]
    public async Task GetApiInfoAsyncShouldNeedAClientBuiltFromOptions()
    {
        using var runtime = TestClients.Runtime(_server, _time);
        var bare = new RealityConnectClient(runtime.Adapter);

        await Assert.ThrowsAsync<InvalidOperationException>(() => bare.GetApiInfoAsync());
    }

    [Fact]
    public async Task DisposeShouldStopFurtherTokenRequests()
    {
        var client = TestClients.Create(_server, _time);
        client.Dispose();

        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => client.GetApiInfoAsync());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ClientShouldNeverLogTheSecretTheBasicHeaderOrATokenEvenWhenThingsFail()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        using var client = TestClients.Create(_server, _time, loggerFactory: loggerFactory);
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();
        _server.Revoke(_server.IssuedTokens.Single());
        await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();
        _server.Intercept = r => r.RequestUri!.AbsolutePath == "/oauth/token"
            ? FakeRealityConnect.Json(HttpStatusCode.BadRequest, $"{{\"hasError\":true,\"message\":\"secret {FakeRealityConnect.ClientSecret} rejected\"}}")
            : null;
        _server.Revoke(_server.IssuedTokens[^1]);
        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        var records = collector.GetSnapshot();
        var text = string.Join("\n", records.Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(s => s.Value) ?? [])));
        Assert.True(records.Count >= 6, text);
        Assert.Contains(records, r => r.Id.Id == 1004);
        Assert.Contains(records, r => r.Id.Id == 1003);
        Assert.DoesNotContain(FakeRealityConnect.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeRealityConnect.BasicCredentials["Basic ".Length..], text, StringComparison.Ordinal);
        Assert.All(_server.IssuedTokens, token => Assert.DoesNotContain(token, text, StringComparison.Ordinal));
        Assert.All(_server.IssuedTokens, token => Assert.DoesNotContain(token.Split('.')[1], text, StringComparison.Ordinal));
    }

    /// <summary>Stands for a handler with AllowAutoRedirect on: browse requests end up answered by another origin.</summary>
    private sealed class AutoRedirectingHandler(HttpMessageHandler inner, Uri target) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal))
            {
                request.RequestUri = target;
                request.Headers.Authorization = null;
            }

            return response;
        }
    }
}
