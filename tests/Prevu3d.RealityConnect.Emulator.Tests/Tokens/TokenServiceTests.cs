using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Prevu3d.RealityConnect.Emulator.Tests.Support;
using Prevu3d.RealityConnect.Emulator.Tokens;

namespace Prevu3d.RealityConnect.Emulator.Tests.Tokens;

public sealed class TokenServiceTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 29, 17, 13, 9, TimeSpan.Zero));
    private readonly EmulatorClient client = new("client-1", "secret-1");
    private readonly TokenService service;

    public TokenServiceTests() => service = new TokenService(clock, Guid.NewGuid());

    public void Dispose() => service.Dispose();

    [Fact]
    public void VerifiedTokenShouldBeAcceptedAgainFromTheCache()
    {
        var token = service.Issue(client, Lifetime).AccessToken;

        var first = service.Validate("Bearer " + token);
        var second = service.Validate("Bearer " + token);

        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
        Assert.Equal(first.Claims, second.Claims);
        Assert.Equal(Jwt.Claim(token, "exp"), second.Claims!.ExpiresAt);
        Assert.Equal(1, service.VerifiedTokenCount);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("payload")]
    [InlineData("truncated")]
    [InlineData("appended")]
    public void TamperedTokenWithTheCachedTokensPrefixShouldBeRefused(string tampering)
    {
        var token = service.Issue(client, Lifetime).AccessToken;
        Assert.Null(service.Validate("Bearer " + token).Failure);
        var parts = token.Split('.');
        var tampered = tampering switch
        {
            // Same header and payload, one signature character changed (176 characters carry no padding bits).
            "signature" => token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
            // Same header, a longer exp, the genuine signature.
            "payload" => parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(
                Jwt.PayloadJson(token).Replace("\"exp\":", "\"exp\":9", StringComparison.Ordinal))) + "." + parts[2],
            "truncated" => token[..^4],
            _ => token + "AAAA",
        };

        var validation = service.Validate("Bearer " + tampered);

        Assert.Null(validation.Claims);
        Assert.NotNull(validation.Failure);
        Assert.Null(service.Validate("Bearer " + token).Failure);
        Assert.Equal(1, service.VerifiedTokenCount);
    }

    [Fact]
    public void CachedTokenShouldBeRefusedAfterRevocation()
    {
        var token = service.Issue(client, Lifetime).AccessToken;
        Assert.Null(service.Validate("Bearer " + token).Failure);

        service.RevokeAll();
        var validation = service.Validate("Bearer " + token);

        Assert.Null(validation.Claims);
        Assert.Contains("revoked", validation.Failure, StringComparison.Ordinal);
        Assert.Null(service.Validate("Bearer " + service.Issue(client, Lifetime).AccessToken).Failure);
    }

    [Fact]
    public void CachedTokenShouldBeRefusedOnceExpiredOnTheEmulatorsClock()
    {
        var token = service.Issue(client, Lifetime).AccessToken;
        Assert.Null(service.Validate("Bearer " + token).Failure);

        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        Assert.Null(service.Validate("Bearer " + token).Failure);
        clock.Advance(TimeSpan.FromSeconds(1));
        var validation = service.Validate("Bearer " + token);

        Assert.Null(validation.Claims);
        Assert.Contains("expired", validation.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenWithAnInvalidSignatureShouldNotBeCached()
    {
        var token = service.Issue(client, Lifetime).AccessToken;

        Assert.NotNull(service.Validate("Bearer " + token[..^1] + (token[^1] == 'A' ? 'B' : 'A')).Failure);

        Assert.Equal(0, service.VerifiedTokenCount);
    }

    [Fact]
    public void CacheShouldStayBoundedWhileEveryTokenStaysValid()
    {
        using var small = new TokenService(clock, Guid.NewGuid(), verifiedTokenCapacity: 4);
        var tokens = Enumerable.Range(0, 10).Select(_ => small.Issue(client, Lifetime).AccessToken).ToArray();

        foreach (var token in tokens)
        {
            Assert.Null(small.Validate("Bearer " + token).Failure);
            Assert.True(small.VerifiedTokenCount <= 4);
        }

        // The evicted tokens are verified again, not refused.
        Assert.All(tokens, token => Assert.Null(small.Validate("Bearer " + token).Failure));
        Assert.Equal(4, small.VerifiedTokenCount);
    }

    [Fact]
    public void ConcurrentValidationsOfOneTokenShouldAllSucceedAndCacheItOnce()
    {
        var token = service.Issue(client, Lifetime).AccessToken;

        var failures = new string?[64];
        Parallel.For(0, failures.Length, i => failures[i] = service.Validate("Bearer " + token).Failure);

        Assert.All(failures, Assert.Null);
        Assert.Equal(1, service.VerifiedTokenCount);
    }
}
