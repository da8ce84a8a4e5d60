using System;
using Microsoft.Extensions.Logging;

namespace Prevu3d.RealityConnect.Diagnostics;

/// <summary>
/// Every log line of the runtime. None takes a token, a secret, a header or a request body:
/// only hosts, statuses, times and the server's (redacted) messages.
/// </summary>
internal static partial class Log
{
    /// <summary>The logger category of the runtime.</summary>
    public const string Category = "Prevu3d.RealityConnect";

    [LoggerMessage(1001, LogLevel.Debug, "Requesting an access token from {AuthorityHost} for client {ClientId}.")]
    public static partial void RequestingToken(ILogger logger, string authorityHost, string clientId);

    [LoggerMessage(1002, LogLevel.Information, "Access token acquired; expires at {ExpiresAt:O} (from {ExpirySource}), renewed at {RefreshAt:O}.")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresAt, string expirySource, DateTimeOffset refreshAt);

    [LoggerMessage(1003, LogLevel.Warning, "The token request failed (status {StatusCode}): {Reason}")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1004, LogLevel.Information, "{Method} {Host} answered 401: renewing the access token and retrying once.")]
    public static partial void RetryingAfterUnauthorized(ILogger logger, string method, string host);

    [LoggerMessage(1005, LogLevel.Warning, "{Method} {Host} answered 401 but the request cannot be replayed (its body is a one-shot stream): not retried.")]
    public static partial void CannotReplayAfterUnauthorized(ILogger logger, string method, string host);

    [LoggerMessage(1006, LogLevel.Information, "{Method} {Host} failed ({Reason}): retry {Retry} of {MaxRetries} in {DelayMs} ms.")]
    public static partial void Retrying(ILogger logger, string method, string host, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(1007, LogLevel.Warning, "{Method} {Host} failed ({Reason}): not retried ({Why}).")]
    public static partial void NotRetried(ILogger logger, string method, string host, string reason, string why);

    [LoggerMessage(2001, LogLevel.Debug, "Discovering the regional API base URL from {AuthorityHost}/oauth/api-info.")]
    public static partial void Discovering(ILogger logger, string authorityHost);

    [LoggerMessage(2002, LogLevel.Information, "Regional API base URL: {ApiUrl}.")]
    public static partial void Discovered(ILogger logger, string apiUrl);

    [LoggerMessage(2003, LogLevel.Error, "Refused the discovered API base URL: {Reason}")]
    public static partial void DiscoveryRefused(ILogger logger, string reason);

    [LoggerMessage(3001, LogLevel.Error, "Refused to send {Credential} to {Host}: {Reason}")]
    public static partial void CredentialRefused(ILogger logger, string credential, string host, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "No supported security scheme among {Schemes}: the request is sent without credentials.")]
    public static partial void UnsupportedSecurity(ILogger logger, string schemes);
}
