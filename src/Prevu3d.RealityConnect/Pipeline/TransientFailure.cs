using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>Tells a transient failure of one attempt (worth a retry) from a final one.</summary>
internal static class TransientFailure
{
    /// <summary>Whether <paramref name="statusCode"/> is worth a retry: 408, 429, 500, 502, 503, 504.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <returns><see langword="true"/> for a transient status.</returns>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Classifies the failure of one attempt.</summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="reason">A short description safe to log (a status or an exception type), when transient.</param>
    /// <returns><see langword="true"/> when another attempt may succeed.</returns>
    public static bool IsTransient(Exception exception, out string reason)
    {
        ArgumentNullException.ThrowIfNull(exception);
        reason = exception.GetType().Name;
        switch (exception)
        {
            // Only the attempt timeout reaches the retry strategy: the overall one is outside it.
            case TimeoutRejectedException:
                reason = "attempt timed out";
                return true;

            // Our own typed errors are decisions, not accidents.
            case RealityConnectAuthenticationException or RealityConnectDiscoveryException or RealityConnectResponseException:
                return false;
            case ApiException api when IsTransientStatus(api.ResponseStatusCode):
                reason = "status " + api.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return true;
            case HttpRequestException or IOException:
                // A refused, reset or dropped connection, or a body cut short.
                reason = "connection failure (" + exception.GetType().Name + ")";
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether an unreadable body is the reason of <paramref name="exception"/>.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>
    /// <see langword="true"/> for a JSON reader failure, or Kiota's <see cref="ApiException"/> with a 2xx status
    /// (what it throws when a successful answer's body cannot be parsed).
    /// </returns>
    public static bool IsMalformedBody(Exception exception)
        => exception is JsonException
            || (exception is ApiException { ResponseStatusCode: >= 200 and < 300 }
                and not (RealityConnectAuthenticationException or RealityConnectDiscoveryException or RealityConnectResponseException));
}
