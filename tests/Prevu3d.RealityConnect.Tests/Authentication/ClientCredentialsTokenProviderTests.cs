using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

public sealed class ClientCredentialsTokenProviderTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public ClientCredentialsTokenProviderTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public async Task TokenProviderShouldSendTheRawIdAndSecretAsBasicAndAFormBody()
    {
        using var runtime = TestClients.Runtime(_server, _time);

        var token = await runtime.Tokens.GetTokenAsync();

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://cloud-api.prevu3d.com/oauth/token", request.Uri.ToString());
        Assert.Equal(FakeRealityConnect.BasicCredentials, request.Authorization);
        Assert.Equal("grant_type=client_credentials", request.Body);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(_server.IssuedTokens.Single(), token);
    }

    [Theory]
    [InlineData("{{\"hasError\":false,\"expiresIn\":-1752054750,\"accessToken\":\"{0}\"}}")]
    [InlineData("{{\"access_token\":\"{0}\",\"expires_in\":3600,\"token_type\":\"Bearer\"}}")]
    public async Task TokenProviderShouldAcceptBothResponseShapes(string shape)
    {
        _server.TokenBody = token => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, token);
        using var runtime = TestClients.Runtime(_server, _time);

        var token = await runtime.Tokens.GetTokenAsync();

        Assert.Equal(_server.IssuedTokens.Single(), token);
    }

    [Fact]
    public async Task TokenProviderShouldRequestOneTokenForManyCallers()
    {
        _server.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var runtime = TestClients.Runtime(_server, _time);

        var callers = Enumerable.Range(0, 100).Select(_ => Task.Run(() => runtime.Tokens.GetTokenAsync())).ToArray();
        await Task.Delay(50);
        _server.TokenGate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, _server.TokenRequests);
        Assert.All(tokens, t => Assert.Equal(_server.IssuedTokens.Single(), t));
    }

    [Fact]
    public async Task TokenProviderShouldCacheTheTokenUntilItsRefreshTime()
    {
        using var runtime = TestClients.Runtime(_server, _time);
        var first = await runtime.Tokens.GetTokenAsync();

        _time.Advance(TimeSpan.FromMinutes(54));
        var cached = await runtime.Tokens.GetTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await runtime.Tokens.GetTokenAsync();

        Assert.Equal(first, cached);
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task TokenProviderShouldHandAFailureToEveryWaiterAndNotCacheIt()
    {
        var refuse = true;
        _server.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Intercept = request => refuse && request.RequestUri!.AbsolutePath == "/oauth/token"
            ? FakeRealityConnect.Json(HttpStatusCode.BadGateway, "{\"hasError\":true,\"message\":\"authority down\"}")
            : null;
        // Retries off: one failed request shared by all waiters is the point here.
        using var runtime = TestClients.Runtime(_server, _time, TestClients.Options(o => o.MaxRetries = 0));

        var waiters = Enumerable.Range(0, 10).Select(_ => runtime.Tokens.GetTokenAsync()).ToArray();
        _server.TokenGate.SetResult();
        var failures = await Task.WhenAll(waiters.Select(w => Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => w)));
        Assert.Equal(1, _server.TokenRequests);
        refuse = false;
        var token = await runtime.Tokens.GetTokenAsync();

        Assert.Equal(2, _server.TokenRequests);
        Assert.All(failures, f => Assert.Equal(502, f.ResponseStatusCode));
        Assert.All(failures, f => Assert.Contains("authority down", f.Message, StringComparison.Ordinal));
        Assert.Equal(_server.IssuedTokens.Single(), token);
    }

    [Fact]
    public async Task TokenProviderShouldNotCancelTheSharedRequestWhenOneCallerCancels()
    {
        _server.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var runtime = TestClients.Runtime(_server, _time);
        using var cancellation = new CancellationTokenSource();

        var impatient = runtime.Tokens.GetTokenAsync(cancellation.Token);
        var patient = runtime.Tokens.GetTokenAsync();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        _server.TokenGate.SetResult();
        var token = await patient;

        Assert.Equal(_server.IssuedTokens.Single(), token);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task TokenProviderShouldReportAnAuthorityThatStaysUnavailableAfterItsRetries()
    {
        _server.Intercept = _ => new System.Net.Http.HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
        {
            Headers = { RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero) },
            Content = new System.Net.Http.StringContent("{\"hasError\":true,\"message\":\"maintenance\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        using var runtime = TestClients.Runtime(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(
            () => _time.RunAsync(runtime.Tokens.GetTokenAsync(), TimeSpan.FromMilliseconds(200)));

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(1 + RealityConnectClientOptions.DefaultMaxRetries, _server.TokenRequests);
    }

    [Fact]
    public async Task TokenProviderShouldReportHasErrorAsAnAuthenticationError()
    {
        _server.TokenBody = _ => "{\"hasError\":true,\"message\":\"Application disabled\"}";
        using var runtime = TestClients.Runtime(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => runtime.Tokens.GetTokenAsync());

        Assert.Equal(200, error.ResponseStatusCode);
        Assert.Contains("Application disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenProviderShouldReportBadCredentialsWithStatusAndServerMessageButNoSecret()
    {
        using var runtime = TestClients.Runtime(_server, _time, TestClients.Options(o => o.ClientSecret = "wrong-secret-value"));

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => runtime.Tokens.GetTokenAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Contains("Invalid client credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenProviderShouldRedactTheSecretFromAnEchoingServerMessage()
    {
        _server.Intercept = _ => FakeRealityConnect.Json(
            HttpStatusCode.BadRequest, $"{{\"hasError\":true,\"message\":\"bad secret {FakeRealityConnect.ClientSecret}\"}}");
        using var runtime = TestClients.Runtime(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => runtime.Tokens.GetTokenAsync());

        Assert.Contains("bad secret ***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeRealityConnect.ClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"hasError\":false,\"expiresIn\":-1752054750}")]
    [InlineData("{\"accessToken\":\"\"}")]
    [InlineData("{}")]
    public async Task TokenProviderShouldReportAMissingTokenAsAnAuthenticationError(string body)
    {
        _server.TokenBody = _ => body;
        using var runtime = TestClients.Runtime(_server, _time);

        var error = await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => runtime.Tokens.GetTokenAsync());

        Assert.Contains("no access token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenProviderShouldReportAnUnreadableBodyAsAnAuthenticationError()
    {
        _server.Intercept = _ => new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new System.Net.Http.StringContent("<html>proxy login</html>", System.Text.Encoding.UTF8, "text/html"),
        };
        using var runtime = TestClients.Runtime(_server, _time);

        await Assert.ThrowsAsync<RealityConnectAuthenticationException>(() => runtime.Tokens.GetTokenAsync());
    }

    [Fact]
    public async Task TokenProviderShouldUseOneHourForAJwtWithoutExpAndTheDocumentedExpiresIn()
    {
        _server.TokenBody = _ => $"{{\"hasError\":false,\"expiresIn\":-1752054750,\"accessToken\":\"{Jwt.Create(null, "no-exp")}\"}}";
        using var runtime = TestClients.Runtime(_server, _time);
        await runtime.Tokens.GetTokenAsync();

        _time.Advance(TimeSpan.FromMinutes(54));
        await runtime.Tokens.GetTokenAsync();
        Assert.Equal(1, _server.TokenRequests);

        _time.Advance(TimeSpan.FromMinutes(1));
        await runtime.Tokens.GetTokenAsync();
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task TokenProviderShouldKeepANewerTokenWhenAnOldOneIsInvalidated()
    {
        using var runtime = TestClients.Runtime(_server, _time);
        var first = await runtime.Tokens.GetTokenAsync();
        runtime.Tokens.Invalidate(first);
        var second = await runtime.Tokens.GetTokenAsync();

        runtime.Tokens.Invalidate(first);
        var third = await runtime.Tokens.GetTokenAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(second, third);
        Assert.Equal(2, _server.TokenRequests);
    }
}
