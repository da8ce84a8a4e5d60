using System;
using System.Text;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Configuration;

/// <summary>An immutable snapshot of validated options: later edits of the options object change nothing.</summary>
internal sealed class ConnectionSettings
{
    private ConnectionSettings(RealityConnectClientOptions options)
    {
        ClientId = options.ClientId!.Trim();
        ClientSecret = options.ClientSecret!;
        ServiceUrl.TryParse(options.AuthorityUrl, out var authority, out _);
        Authority = authority!;
        if (options.ApiUrl is not null && ServiceUrl.TryParse(options.ApiUrl, out var apiUrl, out _))
        {
            ConfiguredApiUrl = ServiceUrl.ToBaseUrl(apiUrl);
        }

        AllowedHosts = AllowedHostList.Create(options.AllowedHosts, Authority, ConfiguredApiUrl is null ? null : new Uri(ConfiguredApiUrl));
        TokenRefreshBeforeExpiry = options.TokenRefreshBeforeExpiry;
        RequestTimeout = options.RequestTimeout;
        AttemptTimeout = options.AttemptTimeout;
        MaxRetries = options.MaxRetries;
        RetryBaseDelay = options.RetryBaseDelay;
        RetryMaxDelay = options.RetryMaxDelay;

        // RFC 2617 style, as the vendor's guide shows: base64 of the raw "id:secret", not form-encoded first.
        BasicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
    }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret (never logged).</summary>
    public string ClientSecret { get; }

    /// <summary>The base64 parameter of the Basic header (as secret as the secret itself).</summary>
    public string BasicCredentials { get; }

    /// <summary>The authority's base URL.</summary>
    public Uri Authority { get; }

    /// <summary>The authority's base URL as URL templates use it (no trailing slash).</summary>
    public string AuthorityBaseUrl => ServiceUrl.ToBaseUrl(Authority);

    /// <summary>The configured regional API base URL, or <see langword="null"/> to discover it.</summary>
    public string? ConfiguredApiUrl { get; }

    /// <summary>The hosts that may receive the access token.</summary>
    public AllowedHostList AllowedHosts { get; }

    /// <summary>How long before expiry a token is renewed (before clamping).</summary>
    public TimeSpan TokenRefreshBeforeExpiry { get; }

    /// <summary>The overall timeout of one call, retries included.</summary>
    public TimeSpan RequestTimeout { get; }

    /// <summary>The timeout of each attempt.</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>The retries of a transient failure.</summary>
    public int MaxRetries { get; }

    /// <summary>The first retry's wait before jitter.</summary>
    public TimeSpan RetryBaseDelay { get; }

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan RetryMaxDelay { get; }

    /// <summary>Validates <paramref name="options"/> and snapshots them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static ConnectionSettings From(RealityConnectClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ConnectionSettings(options);
    }

    /// <summary>Removes the secret and the Basic credentials from a text that came from elsewhere (a server message).</summary>
    /// <param name="text">The text to clean.</param>
    /// <returns>The text with each occurrence replaced by <c>***</c>.</returns>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(ClientSecret, "***", StringComparison.Ordinal).Replace(BasicCredentials, "***", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override string ToString() => $"ConnectionSettings {{ ClientId = {ClientId}, Authority = {Authority} }}";
}
