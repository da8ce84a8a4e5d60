using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect;

namespace Prevu3d.Cli;

/// <summary>Maps an exception to the one-line message and exit code the user sees.</summary>
internal static class ErrorReport
{
    public static (int Code, string Message) Describe(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled."),
            RealityConnectAuthenticationException e => (ExitCodes.Authentication, $"authentication failed{Status(e)}: {e.Message}"),
            RealityConnectDiscoveryException e => (ExitCodes.Discovery, $"API discovery failed: {e.Message}"),
            ApiException { ResponseStatusCode: 404 } e => (ExitCodes.NotFound, $"not found (404): {ServerMessage(e)}"),
            ApiException { ResponseStatusCode: 401 or 403 } e => (ExitCodes.Authentication, $"access denied ({e.ResponseStatusCode}): {ServerMessage(e)}"),
            ApiException e => (ExitCodes.Api, $"the API answered {e.ResponseStatusCode}: {ServerMessage(e)}"),
            HttpRequestException e => (ExitCodes.Network, $"network failure: {e.Message}"),
            // HttpClient reports its own timeout as a cancellation the caller did not ask for.
            OperationCanceledException => (ExitCodes.Network, "the request timed out."),
            ArgumentException or InvalidOperationException or FormatException => (ExitCodes.Usage, exception.Message),
            _ => (ExitCodes.Unexpected, $"unexpected error ({exception.GetType().Name}): {exception.Message}"),
        };
    }

    private static string Status(ApiException exception)
        => exception.ResponseStatusCode > 0 ? $" ({exception.ResponseStatusCode})" : string.Empty;

    private static string ServerMessage(ApiException exception)
        => string.IsNullOrWhiteSpace(exception.Message) ? exception.GetType().Name : exception.Message;
}
