using System;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

public sealed class TokenLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public void LifetimeShouldComeFromTheJwtExpClaimDespiteTheDocumentedNegativeExpiresIn()
    {
        var token = TokenLifetime.Create(Jwt.Create(Now.AddMinutes(60)), -1752054750, Now, FiveMinutes);

        Assert.Equal(ExpirySource.JwtExpClaim, token.Source);
        Assert.Equal(Now.AddMinutes(60), token.ExpiresAt);
        Assert.Equal(Now.AddMinutes(55), token.RefreshAt);
    }

    [Fact]
    public void LifetimeShouldUseAPositiveExpiresInWhenTheJwtHasNoExp()
    {
        var token = TokenLifetime.Create(Jwt.Create(null), 1800, Now, FiveMinutes);

        Assert.Equal(ExpirySource.ExpiresIn, token.Source);
        Assert.Equal(Now.AddMinutes(30), token.ExpiresAt);
    }

    [Theory]
    [InlineData(-1752054750L)]
    [InlineData(0L)]
    [InlineData(long.MinValue)]
    [InlineData(null)]
    public void LifetimeShouldFallBackToOneHourWithoutExpOrPositiveExpiresIn(long? expiresIn)
    {
        var token = TokenLifetime.Create("opaque-token", expiresIn, Now, FiveMinutes);

        Assert.Equal(ExpirySource.DefaultLifetime, token.Source);
        Assert.Equal(Now.AddHours(1), token.ExpiresAt);
        Assert.Equal(Now.AddMinutes(55), token.RefreshAt);
    }

    [Fact]
    public void LifetimeShouldCapAnAbsurdExpiresInWithoutOverflow()
    {
        var token = TokenLifetime.Create("opaque-token", long.MaxValue, Now, FiveMinutes);

        Assert.Equal(Now + TokenLifetime.Maximum, token.ExpiresAt);
    }

    [Fact]
    public void LifetimeShouldCapAFarFutureExp()
    {
        var token = TokenLifetime.Create(Jwt.Create(Now.AddYears(50)), null, Now, FiveMinutes);

        Assert.Equal(Now + TokenLifetime.Maximum, token.ExpiresAt);
    }

    [Fact]
    public void LifetimeShouldClampTheRefreshMarginForShortLivedTokens()
    {
        var token = TokenLifetime.Create(Jwt.Create(Now.AddSeconds(60)), null, Now, FiveMinutes);

        Assert.Equal(Now.AddSeconds(60), token.ExpiresAt);
        Assert.Equal(Now.AddSeconds(30), token.RefreshAt);
        Assert.True(token.IsFresh(Now.AddSeconds(29)));
        Assert.False(token.IsFresh(Now.AddSeconds(30)));
    }

    [Fact]
    public void LifetimeShouldIgnoreAnExpAlreadyPastOnOurClock()
    {
        var token = TokenLifetime.Create(Jwt.Create(Now.AddMinutes(-1)), null, Now, FiveMinutes);

        Assert.Equal(ExpirySource.DefaultLifetime, token.Source);
        Assert.True(token.IsFresh(Now));
    }

    [Fact]
    public void AccessTokenToStringShouldNotRevealTheToken()
    {
        var raw = Jwt.Create(Now.AddHours(1), "secret-jti");

        var text = TokenLifetime.Create(raw, null, Now, FiveMinutes).ToString();

        Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        Assert.Contains("ExpiresAt", text, StringComparison.Ordinal);
    }
}
