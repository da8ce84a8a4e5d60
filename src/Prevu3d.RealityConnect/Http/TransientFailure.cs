using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect.Http;

/// <summary>Tells a transient failure of one attempt (worth a retry) from a final one.</summary>
internal static class TransientFailure
{
    // Set on every failure that leaves the retry loop, so a call that waited for a nested request
    // (the shared token fetch) does not retry what that request already retried.
    private const string FinalKey = "Prevu3d.RealityConnect.RetriesDone";

    /// <summary>Whether <paramref name="statusCode"/> is worth a retry: 408, 429, 500, 502, 503, 504.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <returns><see langword="true"/> for a transient status.</returns>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Classifies the failure of one attempt.</summary>
    /// <param name="exception">What the attempt threw (cancellations are handled by the caller).</param>
    /// <param name="reason">A short description safe to log (a status or an exception type), when transient.</param>
    /// <returns><see langword="true"/> when another attempt may succeed.</returns>
    public static bool IsTransient(Exception exception, out string reason)
    {
        ArgumentNullException.ThrowIfNull(exception);
        reason = exception.GetType().Name;
        if (IsFinal(exception))
        {
            return false;
        }

        switch (exception)
        {
            // Our own typed errors are decisions, not accidents (the token request retried on its own).
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

    /// <summary>Marks <paramref name="exception"/> as already retried (see the field's comment).</summary>
    /// <param name="exception">The failure leaving the loop.</param>
    /// <returns>Always <see langword="false"/>, for use in an exception filter.</returns>
    public static bool MarkFinal(Exception exception)
    {
        try
        {
            exception.Data[FinalKey] = true;
        }
        catch (NotSupportedException)
        {
            // A read-only Data dictionary: the mark is an optimisation, not a requirement.
        }

        return false;
    }

    private static bool IsFinal(Exception exception) => exception.Data.Contains(FinalKey);
}
