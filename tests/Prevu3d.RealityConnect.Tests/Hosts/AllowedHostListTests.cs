using System;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Tests.Hosts;

public sealed class AllowedHostListTests
{
    private static readonly AllowedHostList Defaults = AllowedHostList.Create(["*.prevu3d.com"], new Uri("http://127.0.0.1:5000"));

    [Theory]
    [InlineData("api-ue1.prevu3d.com")]
    [InlineData("API-EC1.Prevu3d.COM")]
    [InlineData("a.b.prevu3d.com")]
    [InlineData("api-ue1.prevu3d.com.")]
    [InlineData("127.0.0.1")]
    public void ListShouldAllowSubdomainsOfAWildcardAndTheAuthorityHost(string host)
    {
        Assert.True(Defaults.IsAllowed(host));
    }

    [Theory]
    [InlineData("prevu3d.com")]
    [InlineData("evilprevu3d.com")]
    [InlineData("prevu3d.com.evil.example.com")]
    [InlineData("api-ue1.prevu3d.co")]
    [InlineData("127.0.0.2")]
    [InlineData("localhost")]
    public void ListShouldRefuseEverythingElse(string host)
    {
        Assert.False(Defaults.IsAllowed(host));
    }

    [Fact]
    public void ListShouldMatchExactEntriesOnly()
    {
        var list = AllowedHostList.Create(["API.Example.com"]);

        Assert.True(list.IsAllowed(new Uri("https://api.example.com/x")));
        Assert.False(list.IsAllowed(new Uri("https://sub.api.example.com/x")));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*.")]
    [InlineData("")]
    [InlineData("a.*.com")]
    [InlineData("https://api.prevu3d.com")]
    [InlineData("api.prevu3d.com:443")]
    [InlineData("api.prevu3d.com/path")]
    public void TryNormalizeShouldRefuseWhatIsNotAHostOrWildcard(string pattern)
    {
        Assert.False(AllowedHostList.TryNormalize(pattern, out _, out var problem));
        Assert.Contains("AllowedHosts entry", problem, StringComparison.Ordinal);
    }
}
