using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Threading;

namespace Prevu3d.RealityConnect.Tests.Threading;

public sealed class SharedFetchTests
{
    [Fact]
    public async Task SharedFetchShouldRunOneFetchForConcurrentCallers()
    {
        var calls = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cache = new SharedFetch<string>(
            async _ =>
            {
                Interlocked.Increment(ref calls);
                await release.Task;
                return "value";
            },
            _ => true);

        var waiters = Enumerable.Range(0, 50).Select(_ => cache.GetAsync()).ToArray();
        release.SetResult();
        var values = await Task.WhenAll(waiters);

        Assert.Equal(1, calls);
        Assert.All(values, v => Assert.Equal("value", v));
        Assert.Equal("value", await cache.GetAsync());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task SharedFetchShouldFetchAgainOnceTheValueIsStale()
    {
        var calls = 0;
        var fresh = true;
        using var cache = new SharedFetch<string>(_ => Task.FromResult("v" + Interlocked.Increment(ref calls)), _ => fresh);

        var first = await cache.GetAsync();
        fresh = false;
        var second = await cache.GetAsync();

        Assert.Equal(("v1", "v2"), (first, second));
    }

    [Fact]
    public async Task SharedFetchShouldNotCacheAFailure()
    {
        var calls = 0;
        using var cache = new SharedFetch<string>(
            _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("first fails") : Task.FromResult("ok"),
            _ => true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync());
        var value = await cache.GetAsync();

        Assert.Equal("ok", value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task SharedFetchShouldCancelTheFetchInFlightWhenDisposed()
    {
        var observed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new SharedFetch<string>(
            async token =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                    return "never";
                }
                finally
                {
                    observed.SetResult(token.IsCancellationRequested);
                }
            },
            _ => true);

        var waiter = cache.GetAsync();
        await Task.Delay(20);
        cache.Dispose();

        Assert.True(await observed.Task);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => cache.GetAsync());
    }

    [Fact]
    public async Task TryGetFreshShouldAnswerOnlyAFreshCachedValueAndNeverFetch()
    {
        var calls = 0;
        var fresh = true;
        using var cache = new SharedFetch<string>(_ => Task.FromResult("v" + Interlocked.Increment(ref calls)), _ => fresh);

        Assert.False(cache.TryGetFresh(out _));
        Assert.Equal(0, calls);
        await cache.GetAsync();
        Assert.True(cache.TryGetFresh(out var value));
        Assert.Equal("v1", value);
        fresh = false;
        Assert.False(cache.TryGetFresh(out _));
        Assert.Equal(1, calls);
    }
}
