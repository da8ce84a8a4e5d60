using System;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>Exponential backoff with jitter: <c>base * 2^(retry-1)</c>, capped, then drawn in its upper half.</summary>
internal static class RetryBackoff
{
    /// <summary>The wait before retry number <paramref name="retry"/>.</summary>
    /// <param name="retry">1 for the first retry.</param>
    /// <param name="baseDelay">The first retry's wait before jitter.</param>
    /// <param name="maxDelay">The cap, applied before jitter so the result never exceeds it.</param>
    /// <param name="random">A number in [0, 1) that spreads callers over the upper half of the wait.</param>
    /// <returns>A wait between half the capped exponential delay and the capped delay.</returns>
    public static TimeSpan Compute(int retry, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);

        // Doubling stops once the cap is reached, so no shift or multiplication can overflow.
        var delay = baseDelay;
        for (var i = 1; i < retry && delay < maxDelay; i++)
        {
            delay += delay;
        }

        if (delay > maxDelay)
        {
            delay = maxDelay;
        }

        var factor = 0.5 + (0.5 * Math.Clamp(random, 0, 1));
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
