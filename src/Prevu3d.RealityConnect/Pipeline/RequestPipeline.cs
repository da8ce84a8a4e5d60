using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Polly;
using Polly.Timeout;
using Prevu3d.RealityConnect.Configuration;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// Runs every call of an adapter: validates the request, then one Polly <see cref="ResiliencePipeline"/> composes the
/// overall timeout, the transient retries, the 401 renewal and the attempt timeout around each attempt, which
/// authenticates the request and sends it. Failures leave in the shapes the README promises.
/// </summary>
/// <remarks>
/// Strategies, outermost first: <c>RequestTimeout</c> (every attempt, wait and token renewal), <see cref="TransientRetry"/>,
/// <see cref="TokenRenewal"/> (when the adapter sends bearer tokens), <c>AttemptTimeout</c> (authenticating, sending,
/// reading the body). All run on the client's <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class RequestPipeline
{
    private readonly ConnectionSettings _settings;
    private readonly TimeProvider _time;
    private readonly IAuthenticationProvider _authentication;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Builds the pipeline.</summary>
    /// <param name="settings">Timeouts and retry settings.</param>
    /// <param name="timeProvider">The clock of timeouts and waits.</param>
    /// <param name="authentication">Authenticates each attempt.</param>
    /// <param name="retry">The transient retry strategy.</param>
    /// <param name="renewal">The 401 strategy; <see langword="null"/> on a path that sends no bearer token.</param>
    public RequestPipeline(
        ConnectionSettings settings, TimeProvider timeProvider, IAuthenticationProvider authentication, TransientRetry retry, TokenRenewal? renewal)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(retry);
        _settings = settings;
        _time = timeProvider;
        _authentication = authentication;

        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        AddTimeout(builder, settings.RequestTimeout, static args => CallState.Of(args.Context).RequestTimedOut = true);
        builder.AddRetry(retry.CreateOptions());
        if (renewal is not null)
        {
            builder.AddRetry(renewal.CreateOptions());
        }

        AddTimeout(builder, settings.AttemptTimeout, null);
        _pipeline = builder.Build();
    }

    /// <summary>Sends <paramref name="request"/> through <paramref name="send"/>, authenticated, with timeouts and retries.</summary>
    /// <typeparam name="TState">What <paramref name="send"/> needs, so it can be a static lambda (no closure per call).</typeparam>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="state">Passed to <paramref name="send"/>.</param>
    /// <param name="send">Sends one authenticated attempt under the given token.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The result of the first successful attempt.</returns>
    public async Task<T> RunAsync<TState, T>(
        RequestInformation request, TState state, Func<TState, CancellationToken, Task<T>> send, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(send);
        cancellationToken.ThrowIfCancellationRequested();
        RequestValidation.Validate(request);

        var call = new CallState(request, MaxRetries(request), _time.GetTimestamp());
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallState.Key, call);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, s) => new ValueTask<T>(s.This.AttemptAsync(s.call, s.state, s.send, context.CancellationToken)),
                context,
                (This: this, call, state, send)).ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception, call, cancellationToken) is { } translated)
        {
            throw translated;
        }
        finally
        {
            call.RestoreBody();
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Authenticates <paramref name="request"/> as an attempt would, without sending it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>A task that completes once the request carries its credential.</returns>
    public Task AuthenticateAsync(RequestInformation request, CancellationToken cancellationToken = default)
    {
        RequestValidation.Validate(request);
        return _authentication.AuthenticateRequestAsync(request, cancellationToken: cancellationToken);
    }

    private static void AddTimeout(ResiliencePipelineBuilder builder, TimeSpan timeout, Action<OnTimeoutArguments>? onTimeout)
    {
        // No strategy at all for an infinite timeout. The generator lifts Polly's 1-day limit on Timeout,
        // which options validation allows up to int.MaxValue milliseconds.
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = _ => new ValueTask<TimeSpan>(timeout),
            OnTimeout = onTimeout is null ? null : args =>
            {
                onTimeout(args);
                return default;
            },
        });
    }

    private int MaxRetries(RequestInformation request)
    {
        var option = request.GetRequestOption<RealityConnectRetryOption>();
        var repeatable = request.HttpMethod is Method.GET or Method.HEAD or Method.OPTIONS || option?.SafeToRepeat == true;
        return repeatable ? option?.MaxRetries ?? _settings.MaxRetries : 0;
    }

    private async Task<T> AttemptAsync<TState, T>(CallState call, TState state, Func<TState, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        call.PrepareBody();
        try
        {
            await _authentication.AuthenticateRequestAsync(call.Request, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The token or api-info request behind it ran its own pipeline: no strategy here retries it again.
            call.AuthenticationFailed = true;
            throw;
        }

        return await send(state, cancellationToken).ConfigureAwait(false);
    }

    // The shapes the README promises: the caller's token on a cancellation, HttpClient's shape for a timeout,
    // a typed error for an answer that cannot be read. Anything else leaves as it is.
    private Exception? Translate(Exception exception, CallState call, CancellationToken cancellationToken)
    {
        var request = call.Request;
        return exception switch
        {
            OperationCanceledException cancelled when cancellationToken.IsCancellationRequested => CallDescription.CancelledByCaller(cancelled, cancellationToken),
            TimeoutRejectedException when call.RequestTimedOut => CallDescription.TimedOut(request, "RequestTimeout", _settings.RequestTimeout),
            TimeoutRejectedException => CallDescription.TimedOut(request, "AttemptTimeout", _settings.AttemptTimeout),
            _ when TransientFailure.IsMalformedBody(exception) => new RealityConnectResponseException(
                $"The answer to {request.HttpMethod} {CallDescription.Describe(request)} could not be read: {exception.Message}", exception)
            {
                ResponseStatusCode = (exception as ApiException)?.ResponseStatusCode ?? 200,
            },
            _ => null,
        };
    }
}
