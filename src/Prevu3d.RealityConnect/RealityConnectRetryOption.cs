using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect;

/// <summary>
/// A per-request override of the client's retry settings, added through the request configuration:
/// <c>GetAsync(c => c.Options.Add(RealityConnectRetryOption.Disabled))</c>.
/// </summary>
public sealed class RealityConnectRetryOption : IRequestOption
{
    /// <summary>An option that switches retries off for one request.</summary>
    public static RealityConnectRetryOption Disabled => new() { MaxRetries = 0 };

    /// <summary>The retries allowed for this request; <see langword="null"/> keeps <see cref="RealityConnectClientOptions.MaxRetries"/>.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>
    /// Declares the request safe to repeat although its method is not idempotent (the token request is one);
    /// without it only GET, HEAD and OPTIONS requests are retried.
    /// </summary>
    public bool SafeToRepeat { get; init; }
}
