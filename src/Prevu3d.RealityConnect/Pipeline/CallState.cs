using System;
using System.IO;
using Microsoft.Kiota.Abstractions;
using Polly;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// What the strategies of one call share, carried in its <see cref="ResilienceContext"/>: the request, its retry
/// allowance, its body's start, and the decisions taken so far. One per call, never shared between calls.
/// </summary>
internal sealed class CallState
{
    /// <summary>The key of the state in <see cref="ResilienceContext.Properties"/>.</summary>
    public static readonly ResiliencePropertyKey<CallState> Key = new("Prevu3d.RealityConnect.Call");

    /// <summary>Creates the state of a call.</summary>
    /// <param name="request">The request (its body is rewound before each attempt).</param>
    /// <param name="maxRetries">The transient retries this request may have.</param>
    /// <param name="started">The call's start, as a <see cref="TimeProvider"/> timestamp.</param>
    public CallState(RequestInformation request, int maxRetries, long started)
    {
        Request = request;
        MaxRetries = maxRetries;
        Started = started;
        Body = request.Content;
        BodyStart = Body is { CanSeek: true } ? Body.Position : null;
    }

    /// <summary>The request.</summary>
    public RequestInformation Request { get; }

    /// <summary>The transient retries this request may have (0 when it is not safe to repeat).</summary>
    public int MaxRetries { get; }

    /// <summary>The call's start, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long Started { get; }

    /// <summary>Whether the body can be sent again: none, or a seekable stream.</summary>
    public bool CanReplay => Body is null || BodyStart is not null;

    /// <summary>
    /// Set when authenticating an attempt failed: the token or api-info request behind it ran its own pipeline,
    /// so its failure is final here (retrying it would multiply its retries).
    /// </summary>
    public bool AuthenticationFailed { get; set; }

    /// <summary>Set when the overall timeout fired, so the timeout is reported under the right setting.</summary>
    public bool RequestTimedOut { get; set; }

    /// <summary>The wait before the next retry, decided with the retry itself.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Why the last attempt is retried, for the log line.</summary>
    public string RetryReason { get; set; } = string.Empty;

    /// <summary>The token a 401 refused, dropped before the request is sent again.</summary>
    public string? RejectedToken { get; set; }

    private Stream? Body { get; }

    private long? BodyStart { get; }

    /// <summary>The state of the call running in <paramref name="context"/>.</summary>
    /// <param name="context">The call's context.</param>
    /// <returns>The state.</returns>
    public static CallState Of(ResilienceContext context) => context.Properties.GetValue(Key, null!);

    /// <summary>Rewinds a seekable body and sends it through a view the HTTP stack may dispose without closing it.</summary>
    public void PrepareBody()
    {
        if (Body is not null && BodyStart is { } position)
        {
            Body.Position = position;
            Request.Content = new NonClosingStream(Body);
        }
    }

    /// <summary>Puts the caller's body back on the request.</summary>
    public void RestoreBody()
    {
        if (Body is not null)
        {
            Request.Content = Body;
        }
    }
}
