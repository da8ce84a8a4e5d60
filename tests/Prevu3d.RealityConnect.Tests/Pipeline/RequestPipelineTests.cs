using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Pipeline;

public sealed class RequestPipelineTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;
    private readonly ConcurrentQueue<DateTimeOffset> _browseTimes = new();

    public RequestPipelineTests()
    {
        _server = new FakeRealityConnect(_time);
        _server.BeforeAnswer = (request, _) =>
        {
            if (IsBrowse(request))
            {
                _browseTimes.Enqueue(_time.GetUtcNow());
            }

            return Task.CompletedTask;
        };
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task BrowseShouldSucceedAfterOneTransientStatus(int status)
    {
        FailBrowse(1, () => Error(status));
        using var client = TestClients.Create(_server, _time);

        var nodes = await _time.RunAsync(Browse(client), Step);

        Assert.Single(nodes!);
        Assert.Equal(2, _server.BrowseRequests);
    }

    [Fact]
    public async Task BrowseShouldNotRetryANotFound()
    {
        FailBrowse(int.MaxValue, () => Error(404));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Fact]
    public async Task BrowseShouldRetryAConnectionFailure()
    {
        var failures = 0;
        _server.BeforeAnswer = (request, _) => IsBrowse(request) && Interlocked.Increment(ref failures) == 1
            ? throw new HttpRequestException("connection reset")
            : Task.CompletedTask;
        using var client = TestClients.Create(_server, _time);

        Assert.Single((await _time.RunAsync(Browse(client), Step))!);
        Assert.Equal(2, failures);
    }

    [Fact]
    public async Task BrowseShouldSurfaceTheLastStatusOnceItsRetriesAreSpent()
    {
        FailBrowse(int.MaxValue, () => Error(503));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(1 + RealityConnectClientOptions.DefaultMaxRetries, _server.BrowseRequests);
    }

    [Fact]
    public async Task BrowseShouldWaitForARetryAfterLongerThanItsBackoff()
    {
        FailBrowse(1, () => Error(429, r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30))));
        using var client = TestClients.Create(_server, _time);

        await _time.RunAsync(Browse(client), Step);

        var times = _browseTimes.ToArray();
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task BrowseShouldWaitUntilARetryAfterDateTwoMinutesAhead()
    {
        FailBrowse(1, () => Error(503, r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(125))));
        using var client = TestClients.Create(_server, _time, TestClients.Options(o =>
        {
            o.RetryMaxDelay = TimeSpan.FromMinutes(5);
            o.RequestTimeout = TimeSpan.FromMinutes(10);
        }));

        await _time.RunAsync(Browse(client), TimeSpan.FromSeconds(1));

        var times = _browseTimes.ToArray();
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(124), TimeSpan.FromSeconds(127));
    }

    [Fact]
    public async Task BrowseShouldNotWaitForARetryAfterBeyondRetryMaxDelay()
    {
        FailBrowse(int.MaxValue, () => Error(429, r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1))));
        using var client = TestClients.Create(_server, _time);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Fact]
    public async Task BrowseShouldNotRetryWhenTheRequestSwitchesRetriesOff()
    {
        FailBrowse(int.MaxValue, () => Error(503));
        using var client = TestClients.Create(_server, _time);

        var call = client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync(c => c.Options.Add(RealityConnectRetryOption.Disabled));
        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(call, Step));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Fact]
    public async Task BrowseShouldRetryAnAttemptThatExceedsAttemptTimeout()
    {
        var attempts = 0;
        _server.BeforeAnswer = (request, token) => IsBrowse(request) && Interlocked.Increment(ref attempts) == 1
            ? Task.Delay(Timeout.Infinite, token)
            : Task.CompletedTask;
        using var client = TestClients.Create(_server, _time, TestClients.Options(o => o.AttemptTimeout = TimeSpan.FromSeconds(5)));

        Assert.Single((await _time.RunAsync(Browse(client), Step))!);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task BrowseShouldEndWithATimeoutOnceRequestTimeoutIsSpent()
    {
        _server.BeforeAnswer = (request, token) => IsBrowse(request) ? Task.Delay(Timeout.Infinite, token) : Task.CompletedTask;
        using var client = TestClients.Create(_server, _time, TestClients.Options(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.RequestTimeout = TimeSpan.FromSeconds(12);
        }));

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => _time.RunAsync(Browse(client), Step));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowseShouldEndPromptlyWhenTheCallerCancelsDuringABackoff()
    {
        FailBrowse(int.MaxValue, () => Error(503));
        using var client = TestClients.Create(_server, _time);
        using var cancel = new CancellationTokenSource();

        var call = client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync(cancellationToken: cancel.Token);
        while (_server.BrowseRequests == 0)
        {
            await Task.Delay(5);
        }

        await cancel.CancelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.Equal(1, _server.BrowseRequests);
    }

    [Fact]
    public async Task PostShouldNotBeRetriedUnlessDeclaredSafeToRepeat()
    {
        _server.Intercept = request => request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/v1/jobs" ? Error(503) : null;
        using var runtime = TestClients.Runtime(_server, _time);
        var post = new RequestInformation { HttpMethod = Method.POST, URI = new Uri("https://api-ue1.prevu3d.com/v1/jobs") };

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => _time.RunAsync(runtime.Adapter.SendNoContentAsync(post), Step));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(1, _server.Count("/v1/jobs"));
    }

    [Fact]
    public async Task ATokenRequestThatKeepsFailingShouldBeRetriedByItsOwnPipelineOnly()
    {
        // The token request is retried where it is sent; the api-info and browse calls waiting for it must not retry
        // it again (which would send 4 x 4 x 4 token requests).
        _server.BeforeAnswer = (request, _) => request.RequestUri!.AbsolutePath == "/oauth/token"
            ? throw new HttpRequestException("connection reset")
            : Task.CompletedTask;
        using var client = TestClients.Create(_server, _time);

        await Assert.ThrowsAsync<HttpRequestException>(() => _time.RunAsync(Browse(client), Step));

        Assert.Equal(1 + RealityConnectClientOptions.DefaultMaxRetries, _server.TokenRequests);
        Assert.Equal(0, _server.ApiInfoRequests);
        Assert.Equal(0, _server.BrowseRequests);
    }

    [Fact]
    public async Task AnAttemptTimeoutOnTheLastRetryShouldSurfaceAsATimeout()
    {
        _server.BeforeAnswer = (request, token) => IsBrowse(request) ? Task.Delay(Timeout.Infinite, token) : Task.CompletedTask;
        using var client = TestClients.Create(_server, _time, TestClients.Options(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.MaxRetries = 1;
        }));

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => _time.RunAsync(Browse(client), Step));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.BrowseRequests);
    }

    [Fact]
    public async Task CallShouldSendNothingWhenItsTokenIsAlreadyCancelled()
    {
        using var client = TestClients.Create(_server, _time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync(cancellationToken: new CancellationToken(true)));

        Assert.Empty(_server.Requests);
    }

    private static Task<System.Collections.Generic.List<Models.Node>?> Browse(RealityConnectClient client)
        => client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

    private static bool IsBrowse(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal);

    private static HttpResponseMessage Error(int status, Action<HttpResponseMessage>? configure = null)
    {
        var response = FakeRealityConnect.Json((HttpStatusCode)status, $"{{\"hasError\":true,\"message\":\"injected {status}\",\"statusCode\":{status}}}");
        configure?.Invoke(response);
        return response;
    }

    private void FailBrowse(int times, Func<HttpResponseMessage> answer)
    {
        var left = times;
        _server.Intercept = request => IsBrowse(request) && Interlocked.Decrement(ref left) >= 0 ? answer() : null;
    }
}
