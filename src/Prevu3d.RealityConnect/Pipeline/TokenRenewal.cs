using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Polly;
using Polly.Retry;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Http;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// The 401 strategy: when a request sent with a bearer token answers 401, that token is dropped and the request is
/// sent once more, which authenticates it again with a new token. A second 401 surfaces as the API's error.
/// </summary>
internal sealed class TokenRenewal
{
    private const int Unauthorized = 401;
    private readonly ClientCredentialsTokenProvider _tokens;
    private readonly ILogger _logger;

    /// <summary>Creates the strategy's logic.</summary>
    /// <param name="tokens">The token source whose cached token is dropped on a 401.</param>
    /// <param name="logger">The runtime's logger.</param>
    public TokenRenewal(ClientCredentialsTokenProvider tokens, ILogger logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    /// <summary>The options of Polly's retry strategy: one immediate retry.</summary>
    /// <returns>New options.</returns>
    public RetryStrategyOptions CreateOptions() => new()
    {
        MaxRetryAttempts = 1,
        BackoffType = DelayBackoffType.Constant,
        Delay = TimeSpan.Zero,
        UseJitter = false,
        ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is ApiException failure && ShouldRenew(CallState.Of(args.Context), failure)),
        OnRetry = args =>
        {
            var call = CallState.Of(args.Context);
            _tokens.Invalidate(call.RejectedToken!);
            return default;
        },
    };

    /// <summary>Whether <paramref name="failure"/> is a 401 to a bearer token that a new token may fix.</summary>
    /// <param name="call">The call.</param>
    /// <param name="failure">What the attempt threw.</param>
    /// <returns><see langword="true"/> to renew the token and send again.</returns>
    public bool ShouldRenew(CallState call, ApiException failure)
    {
        // Only a 401 from the API to a request we put a bearer token on; our own typed errors are final.
        if (failure.ResponseStatusCode != Unauthorized
            || call.AuthenticationFailed
            || failure is RealityConnectAuthenticationException or RealityConnectDiscoveryException
            || call.Request.GetRequestOption<AppliedCredentialOption>() is not { Kind: CredentialKind.Bearer, AccessToken: { } token } applied)
        {
            return false;
        }

        if (!call.CanReplay)
        {
            // A one-shot stream was consumed by the first attempt: resending would send an empty body.
            Log.CannotReplayAfterUnauthorized(_logger, call.Request.HttpMethod.ToString(), applied.Origin.IdnHost);
            return false;
        }

        Log.RetryingAfterUnauthorized(_logger, call.Request.HttpMethod.ToString(), applied.Origin.IdnHost);
        call.RejectedToken = token;
        return true;
    }
}
