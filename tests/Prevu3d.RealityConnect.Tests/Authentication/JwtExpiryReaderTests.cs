using System;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

public sealed class JwtExpiryReaderTests
{
    [Fact]
    public void ReaderShouldReadTheExpClaimOfTheGuideToken()
    {
        Assert.True(JwtExpiryReader.TryReadExpiry(Jwt.GuideToken, out var expiresAt));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1753814789), expiresAt);
    }

    [Fact]
    public void ReaderShouldFloorAFractionalExp()
    {
        Assert.True(JwtExpiryReader.TryReadExpiry(Jwt.CreateRaw("{\"exp\":1753814789.75}"), out var expiresAt));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1753814789), expiresAt);
    }

    [Theory]
    [InlineData("{\"sub\":\"x\"}")]
    [InlineData("{\"exp\":\"1753814789\"}")]
    [InlineData("{\"exp\":-5}")]
    [InlineData("{\"exp\":99999999999999}")]
    [InlineData("{\"exp\":1e300}")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public void ReaderShouldRefuseAPayloadWithoutAUsableExp(string payload)
    {
        Assert.False(JwtExpiryReader.TryReadExpiry(Jwt.CreateRaw(payload), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("opaque-token")]
    [InlineData("a.b")]
    [InlineData("a.!!!.c")]
    [InlineData("a..c")]
    public void ReaderShouldRefuseSomethingThatIsNotAJwt(string? token)
    {
        Assert.False(JwtExpiryReader.TryReadExpiry(token, out _));
    }
}
