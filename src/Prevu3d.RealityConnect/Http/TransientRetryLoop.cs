using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// Runs one call: validates it, then sends attempts until one succeeds, a failure is final, the retries are spent,
/// or the overall timeout (the retry budget) would be exceeded. Waits are exponential with jitter; a longer
/// <c>Retry-After</c> wins. A cancelled caller token ends the call at once with its <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TransientRetryLoop
{
    private readonly ConnectionSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<double> _random;

    /// <summary>Creates the loop.</summary>
    /// <param name="settings">Timeouts and retry settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The runtime's logger.</param>
    /// <param name="random">Jitter source in [0, 1).</param>
    public TransientRetryLoop(ConnectionSettings settings, TimeProvider timeProvider, ILogger logger, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(random);
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
        _random = random;
    }

    /// <summary>Sends <paramref name="request"/> through <paramref name="send"/> with timeouts and retries.</summary>
    /// <typeparam name="TState">What <paramref name="send"/> needs, so it can be a static lambda (no closure per call).</typeparam>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="request">The request (validated here, its body rewound before each attempt).</param>
    /// <param name="state">Passed to <paramref name="send"/>.</param>
    /// <param name="send">Sends one attempt under the given token.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The result of the first successful attempt.</returns>
    public async Task<T> RunAsync<TState, T>(
        RequestInformation request, TState state, Func<TState, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(send);
        cancellationToken.ThrowIfCancellationRequested();
        RequestValidation.Validate(request);

        var option = request.GetRequestOption<RealityConnectRetryOption>();
        var maxRetries = IsRepeatable(request, option) ? option?.MaxRetries ?? _settings.MaxRetries : 0;
        var body = request.Content;
        var bodyStart = body is { CanSeek: true } ? body.Position : (long?)null;
        var started = _time.GetTimestamp();
        using var overall = Timer(_settings.RequestTimeout);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overall.Token);
        try
        {
            for (var retry = 0; ; retry++)
            {
                using var attemptTimer = Timer(_settings.AttemptTimeout);
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(call.Token, attemptTimer.Token);
                Exception failure;
                string reason;
                try
                {
                    return await send(state, attempt.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
                {
                    throw CallDescription.CancelledByCaller(exception, cancellationToken);
                }
                catch (OperationCanceledException) when (overall.IsCancellationRequested)
                {
                    throw CallDescription.TimedOut(request, "RequestTimeout", _settings.RequestTimeout);
                }
                catch (OperationCanceledException) when (attemptTimer.IsCancellationRequested)
                {
                    failure = CallDescription.TimedOut(request, "AttemptTimeout", _settings.AttemptTimeout);
                    reason = "attempt timed out";
                }
                catch (Exception exception) when (TransientFailure.IsMalformedBody(exception))
                {
                    throw new RealityConnectResponseException(
                        $"The answer to {request.HttpMethod} {CallDescription.Describe(request)} could not be read: {exception.Message}", exception)
                    {
                        ResponseStatusCode = (exception as ApiException)?.ResponseStatusCode ?? 200,
                    };
                }
                catch (Exception exception) when (TransientFailure.IsTransient(exception, out reason))
                {
                    failure = exception;
                }

                var delay = NextDelay(failure, retry + 1);
                var why = WhyNotRetry(retry, maxRetries, delay, started, body, bodyStart);
                if (why is not null)
                {
                    Log.NotRetried(_logger, request.HttpMethod.ToString(), CallDescription.Host(request), reason, why);
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }

                Log.Retrying(_logger, request.HttpMethod.ToString(), CallDescription.Host(request), reason, retry + 1, maxRetries, (long)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, _time, call.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException exception)
                {
                    throw cancellationToken.IsCancellationRequested
                        ? CallDescription.CancelledByCaller(exception, cancellationToken)
                        : CallDescription.TimedOut(request, "RequestTimeout", _settings.RequestTimeout);
                }

                if (bodyStart is { } position)
                {
                    body!.Position = position;
                }
            }
        }
        catch (Exception exception) when (TransientFailure.MarkFinal(exception))
        {
            throw;
        }
    }

    private static bool IsRepeatable(RequestInformation request, RealityConnectRetryOption? option)
        => request.HttpMethod is Method.GET or Method.HEAD or Method.OPTIONS || option?.SafeToRepeat == true;

    private CancellationTokenSource Timer(TimeSpan timeout)
        => timeout == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(timeout, _time);

    private TimeSpan NextDelay(Exception failure, int retry)
    {
        var backoff = RetryBackoff.Compute(retry, _settings.RetryBaseDelay, _settings.RetryMaxDelay, _random());

        // The server's Retry-After wins when it asks for longer than our backoff.
        var retryAfter = failure is ApiException api ? RetryAfter.Read(api.ResponseHeaders, _time.GetUtcNow()) : null;
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    private string? WhyNotRetry(int retry, int maxRetries, TimeSpan delay, long started, System.IO.Stream? body, long? bodyStart)
    {
        if (retry >= maxRetries)
        {
            return maxRetries == 0 ? "retries are off for this request" : "retries spent";
        }

        if (body is not null && bodyStart is null)
        {
            return "its body is a one-shot stream";
        }

        if (delay > _settings.RetryMaxDelay)
        {
            return "Retry-After exceeds RetryMaxDelay";
        }

        // Waiting past the deadline would only end in a timeout: give the caller the real failure now.
        if (_settings.RequestTimeout != Timeout.InfiniteTimeSpan && _time.GetElapsedTime(started) + delay >= _settings.RequestTimeout)
        {
            return "the wait would exceed RequestTimeout";
        }

        return null;
    }
}
