using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Polly;
using Polly.Retry;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// The retry strategy of transient failures: which failures, how many times for this request, and how long to wait
/// (exponential from <c>RetryBaseDelay</c> with jitter in the upper half, or a longer <c>Retry-After</c>).
/// </summary>
/// <remarks>
/// Polly's own backoff is not used: its exponential jitter spreads waits around the median rather than in the upper
/// half, and it cannot end the retries on a <c>Retry-After</c> longer than <c>RetryMaxDelay</c> or than what is left
/// of <c>RequestTimeout</c>. The decision and its wait are taken together in <c>ShouldHandle</c>; the delay generator
/// returns that wait.
/// </remarks>
internal sealed class TransientRetry
{
    private readonly ConnectionSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<double> _random;

    /// <summary>Creates the strategy's logic.</summary>
    /// <param name="settings">Retry settings and the overall timeout.</param>
    /// <param name="timeProvider">The clock of <c>Retry-After</c> dates and of the time left.</param>
    /// <param name="logger">The runtime's logger.</param>
    /// <param name="random">Jitter source in [0, 1).</param>
    public TransientRetry(ConnectionSettings settings, TimeProvider timeProvider, ILogger logger, Func<double> random)
    {
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
        _random = random;
    }

    /// <summary>The options of Polly's retry strategy.</summary>
    /// <returns>New options.</returns>
    public RetryStrategyOptions CreateOptions() => new()
    {
        // The allowance is per request (RealityConnectRetryOption, safe methods): ShouldHandle counts.
        MaxRetryAttempts = int.MaxValue,
        BackoffType = DelayBackoffType.Constant,
        Delay = TimeSpan.Zero,
        UseJitter = false,
        ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is { } failure && ShouldRetry(CallState.Of(args.Context), failure, args.AttemptNumber)),
        DelayGenerator = static args => new ValueTask<TimeSpan?>(CallState.Of(args.Context).NextDelay),
        OnRetry = args =>
        {
            var call = CallState.Of(args.Context);
            Log.Retrying(_logger, call.Request.HttpMethod.ToString(), CallDescription.Host(call.Request), call.RetryReason, args.AttemptNumber + 1, call.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
            return default;
        },
    };

    /// <summary>Whether the failed attempt number <paramref name="attempt"/> (0 for the first) is retried, and after which wait.</summary>
    /// <param name="call">The call.</param>
    /// <param name="failure">What the attempt threw.</param>
    /// <param name="attempt">The zero-based number of the failed attempt.</param>
    /// <returns><see langword="true"/> to retry after <see cref="CallState.NextDelay"/>.</returns>
    public bool ShouldRetry(CallState call, Exception failure, int attempt)
    {
        if (call.AuthenticationFailed || !TransientFailure.IsTransient(failure, out var reason))
        {
            return false;
        }

        var delay = NextDelay(failure, attempt + 1);
        var why = WhyNotRetry(call, attempt, delay);
        if (why is not null)
        {
            Log.NotRetried(_logger, call.Request.HttpMethod.ToString(), CallDescription.Host(call.Request), reason, why);
            return false;
        }

        call.NextDelay = delay;
        call.RetryReason = reason;
        return true;
    }

    private TimeSpan NextDelay(Exception failure, int retry)
    {
        var backoff = RetryBackoff.Compute(retry, _settings.RetryBaseDelay, _settings.RetryMaxDelay, _random());

        // The server's Retry-After wins when it asks for longer than our backoff.
        var retryAfter = failure is ApiException api ? RetryAfter.Read(api.ResponseHeaders, _time.GetUtcNow()) : null;
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    private string? WhyNotRetry(CallState call, int attempt, TimeSpan delay)
    {
        if (attempt >= call.MaxRetries)
        {
            return call.MaxRetries == 0 ? "retries are off for this request" : "retries spent";
        }

        if (!call.CanReplay)
        {
            return "its body is a one-shot stream";
        }

        if (delay > _settings.RetryMaxDelay)
        {
            return "Retry-After exceeds RetryMaxDelay";
        }

        // Waiting past the deadline would only end in a timeout: give the caller the real failure now.
        if (_settings.RequestTimeout != Timeout.InfiniteTimeSpan && _time.GetElapsedTime(call.Started) + delay >= _settings.RequestTimeout)
        {
            return "the wait would exceed RequestTimeout";
        }

        return null;
    }
}
