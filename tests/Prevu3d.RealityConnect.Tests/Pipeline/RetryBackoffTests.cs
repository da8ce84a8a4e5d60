using System;
using Prevu3d.RealityConnect.Pipeline;

namespace Prevu3d.RealityConnect.Tests.Pipeline;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(800);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 800)]
    [InlineData(2, 1600)]
    [InlineData(3, 3200)]
    [InlineData(4, 6400)]
    public void BackoffShouldDoubleOnEachRetryWithinItsUpperHalf(int retry, int fullMilliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(fullMilliseconds / 2), RetryBackoff.Compute(retry, Base, Cap, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(fullMilliseconds * 0.75), RetryBackoff.Compute(retry, Base, Cap, 0.5));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(int.MaxValue)]
    public void BackoffShouldNeverExceedTheCapNorOverflow(int retry)
    {
        var delay = RetryBackoff.Compute(retry, Base, Cap, 0.999999);

        Assert.InRange(delay, Cap / 2, Cap);
    }

    [Fact]
    public void BackoffShouldSpreadCallersWithJitter()
        => Assert.NotEqual(RetryBackoff.Compute(2, Base, Cap, 0.1), RetryBackoff.Compute(2, Base, Cap, 0.9));
}
