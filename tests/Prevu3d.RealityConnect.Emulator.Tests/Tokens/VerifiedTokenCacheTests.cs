using System;
using Prevu3d.RealityConnect.Emulator.Tokens;

namespace Prevu3d.RealityConnect.Emulator.Tests.Tokens;

public sealed class VerifiedTokenCacheTests
{
    private static readonly TokenClaims Claims = new(Guid.NewGuid(), "First", "Last", "a@b.c", Guid.NewGuid(), Guid.NewGuid(), 1, 2);

    [Fact]
    public void CacheShouldEvictTheOldestTokenBeyondItsCapacity()
    {
        var cache = new VerifiedTokenCache(capacity: 3);

        foreach (var token in new[] { "t1", "t2", "t3", "t4", "t5" })
        {
            cache.Add(token, Claims);
        }

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet("t1", out _));
        Assert.False(cache.TryGet("t2", out _));
        Assert.True(cache.TryGet("t5", out var claims));
        Assert.Same(Claims, claims);
    }

    [Fact]
    public void CacheShouldMatchOnlyTheExactTokenText()
    {
        var cache = new VerifiedTokenCache();
        cache.Add("header.payload.signature", Claims);

        Assert.False(cache.TryGet("header.payload.signaturE", out _));
        Assert.False(cache.TryGet("header.payload.signatur", out _));
        Assert.False(cache.TryGet("header.payload.signature.", out _));
        Assert.True(cache.TryGet("header.payload.signature", out _));
    }

    [Fact]
    public void AddingATokenTwiceShouldKeepOneEntry()
    {
        var cache = new VerifiedTokenCache(capacity: 2);

        cache.Add("t1", Claims);
        cache.Add("t1", Claims);
        cache.Add("t2", Claims);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("t1", out _));
    }

    [Fact]
    public void CapacityBelowOneShouldBeRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new VerifiedTokenCache(capacity: 0));
}
