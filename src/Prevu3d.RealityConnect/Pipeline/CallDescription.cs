using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>How a call is named in messages and log lines, and the exceptions that end it without an answer.</summary>
internal static class CallDescription
{
    /// <summary>The request's URL without query, for messages.</summary>
    public static string Describe(RequestInformation request)
    {
        try
        {
            return request.URI.GetLeftPart(UriPartial.Path);
        }
        catch (Exception exception) when (exception is UriFormatException or InvalidOperationException or ArgumentException)
        {
            return request.UrlTemplate ?? "(no URL)";
        }
    }

    /// <summary>The request's host, for log lines.</summary>
    public static string Host(RequestInformation request)
    {
        try
        {
            return request.URI.IdnHost;
        }
        catch (Exception exception) when (exception is UriFormatException or InvalidOperationException or ArgumentException)
        {
            return "(unknown host)";
        }
    }

    /// <summary>The caller's cancellation, carrying the caller's token whichever linked token tripped first.</summary>
    public static OperationCanceledException CancelledByCaller(OperationCanceledException exception, CancellationToken cancellationToken)
        => exception.CancellationToken == cancellationToken ? exception : new TaskCanceledException(exception.Message, exception, cancellationToken);

    /// <summary>A timeout in the shape HttpClient gives its own.</summary>
    public static TaskCanceledException TimedOut(RequestInformation request, string setting, TimeSpan timeout)
    {
        // The shape HttpClient gives its own timeout: a cancellation the caller did not ask for, caused by a TimeoutException.
        var message = string.Create(CultureInfo.InvariantCulture, $"{request.HttpMethod} {Describe(request)} did not complete within the {setting} of {timeout}.");
        return new TaskCanceledException(message, new TimeoutException(message));
    }
}
