using System;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.Authentication;

public sealed class JwtReaderTests
{
    [Fact]
    public void ReaderShouldReadTheExpClaimOfTheGuideToken()
    {
        Assert.True(JwtReader.TryReadExpiry(Jwt.GuideToken, out var expiresAt));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1753814789), expiresAt);
    }

    [Fact]
    public void ReaderShouldFloorAFractionalExp()
    {
        Assert.True(JwtReader.TryReadExpiry(Jwt.CreateRaw("{\"exp\":1753814789.75}"), out var expiresAt));

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
        Assert.False(JwtReader.TryReadExpiry(Jwt.CreateRaw(payload), out _));
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
        Assert.False(JwtReader.TryReadExpiry(token, out _));
    }

    [Fact]
    public void ReaderShouldParseTheHeaderAndThePayloadOfTheGuideToken()
    {
        Assert.True(JwtReader.TryParse(Jwt.GuideToken, JwtReader.Header, out var header));
        Assert.True(JwtReader.TryParse(Jwt.GuideToken, JwtReader.Payload, out var payload));
        using (header)
        using (payload)
        {
            Assert.Equal("ES512", header.RootElement.GetProperty("alg").GetString());
            Assert.Equal(1753814789, payload.RootElement.GetProperty("exp").GetInt64());
        }
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public void ReaderShouldRefuseAPayloadThatIsNotAJsonObject(string payload)
        => Assert.False(JwtReader.TryParse(Jwt.CreateRaw(payload), JwtReader.Payload, out _));

    [Fact]
    public void ReaderShouldRefuseTheSignatureSegment()
        => Assert.Throws<ArgumentOutOfRangeException>(() => JwtReader.TryDecode(Jwt.GuideToken, 2, out _));
}
