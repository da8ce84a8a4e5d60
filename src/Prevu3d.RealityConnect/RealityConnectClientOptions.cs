using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Prevu3d.RealityConnect.Configuration;

namespace Prevu3d.RealityConnect;

/// <summary>Settings of a <see cref="RealityConnectClient"/>: credentials, hosts, token renewal and timeouts.</summary>
/// <remarks>
/// Bind it from configuration (<c>services.AddRealityConnectClient(configuration)</c>), read it from the
/// environment with <see cref="FromEnvironment()"/>, or set it in code. <see cref="Validate"/> runs before
/// a client uses it.
/// </remarks>
public sealed class RealityConnectClientOptions
{
    /// <summary>The default <see cref="AuthorityUrl"/>: the service that issues tokens and API information.</summary>
    public const string DefaultAuthorityUrl = "https://cloud-api.prevu3d.com";

    /// <summary>The default entry of <see cref="AllowedHosts"/>: every subdomain of prevu3d.com.</summary>
    public const string DefaultAllowedHost = "*.prevu3d.com";

    /// <summary>The environment variable read into <see cref="ClientId"/>.</summary>
    public const string ClientIdVariable = "PREVU3D_CLIENT_ID";

    /// <summary>The environment variable read into <see cref="ClientSecret"/>.</summary>
    public const string ClientSecretVariable = "PREVU3D_CLIENT_SECRET";

    /// <summary>The environment variable read into <see cref="AuthorityUrl"/>.</summary>
    public const string AuthorityUrlVariable = "PREVU3D_AUTHORITY_URL";

    /// <summary>The environment variable read into <see cref="ApiUrl"/>.</summary>
    public const string ApiUrlVariable = "PREVU3D_API_URL";

    /// <summary>The default <see cref="TokenRefreshBeforeExpiry"/>: five minutes.</summary>
    public static readonly TimeSpan DefaultTokenRefreshBeforeExpiry = TimeSpan.FromMinutes(5);

    /// <summary>The default <see cref="RequestTimeout"/>: one hundred seconds, as <see cref="System.Net.Http.HttpClient"/>.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

    /// <summary>The default <see cref="AttemptTimeout"/>: thirty seconds.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="RetryBaseDelay"/>: 0.8 seconds.</summary>
    public static readonly TimeSpan DefaultRetryBaseDelay = TimeSpan.FromMilliseconds(800);

    /// <summary>The default <see cref="RetryMaxDelay"/>: sixty seconds.</summary>
    public static readonly TimeSpan DefaultRetryMaxDelay = TimeSpan.FromSeconds(60);

    /// <summary>The default <see cref="MaxRetries"/>: three.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>The OAuth client id of the application (Settings &gt; OAuth in Prevu3D).</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret of the application. Never logged nor shown by <see cref="ToString"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The base URL of the authority that serves <c>/oauth/token</c> and <c>/oauth/api-info</c>.</summary>
    public string AuthorityUrl { get; set; } = DefaultAuthorityUrl;

    /// <summary>
    /// The regional API base URL (e.g. <c>https://api-ue1.prevu3d.com/realityconnect-api</c>);
    /// <see langword="null"/> discovers it from <c>/oauth/api-info</c>, which is the recommended setting.
    /// </summary>
    public string? ApiUrl { get; set; }

    /// <summary>
    /// The hosts that may receive the access token: exact names or <c>*.domain</c> wildcards. The hosts of
    /// <see cref="AuthorityUrl"/> and of a configured <see cref="ApiUrl"/> are always allowed besides these.
    /// </summary>
    /// <remarks>Configuration binding adds to the default entry rather than replacing it.</remarks>
    public IList<string> AllowedHosts { get; set; } = new List<string> { DefaultAllowedHost };

    /// <summary>
    /// How long before its expiry a token is renewed (default five minutes). For a token whose lifetime is
    /// shorter than twice this margin, the margin is clamped to half the lifetime.
    /// </summary>
    public TimeSpan TokenRefreshBeforeExpiry { get; set; } = DefaultTokenRefreshBeforeExpiry;

    /// <summary>
    /// The overall timeout of one call (default 100 seconds): every attempt, retry wait and token renewal
    /// included; also the total time budget of retries. <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>The timeout of each attempt of a call (default 30 seconds); <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>
    /// How many times a transient failure (408, 429, 500, 502, 503, 504, a connection failure, an attempt timeout) of a
    /// request that is safe to repeat (GET, the token request) is retried (default 3; 0 disables retries). A request
    /// can override it with <see cref="RealityConnectRetryOption"/>.
    /// </summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>The first retry's wait before jitter (default 0.8 s); it doubles on each retry, capped at <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = DefaultRetryBaseDelay;

    /// <summary>
    /// The longest wait between two attempts (default 60 s). A <c>Retry-After</c> longer than this, or longer than
    /// what is left of <see cref="RequestTimeout"/>, ends the retries at once with the server's answer.
    /// </summary>
    public TimeSpan RetryMaxDelay { get; set; } = DefaultRetryMaxDelay;

    /// <summary>Reads <c>PREVU3D_CLIENT_ID</c>, <c>PREVU3D_CLIENT_SECRET</c>, <c>PREVU3D_AUTHORITY_URL</c> and <c>PREVU3D_API_URL</c>.</summary>
    /// <returns>Options holding the variables that are set, and the defaults for the others.</returns>
    public static RealityConnectClientOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Reads the <c>PREVU3D_*</c> variables through <paramref name="getVariable"/> (a test seam).</summary>
    /// <param name="getVariable">Returns the value of the named variable, or <see langword="null"/>.</param>
    /// <returns>Options holding the variables that are set, and the defaults for the others.</returns>
    public static RealityConnectClientOptions FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var options = new RealityConnectClientOptions
        {
            ClientId = Read(getVariable, ClientIdVariable),
            ClientSecret = Read(getVariable, ClientSecretVariable),
            ApiUrl = Read(getVariable, ApiUrlVariable),
        };

        // An unset authority keeps the production default rather than becoming null.
        if (Read(getVariable, AuthorityUrlVariable) is { } authority)
        {
            options.AuthorityUrl = authority;
        }

        return options;
    }

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One line per bad setting.</exception>
    public void Validate()
    {
        var errors = GetValidationErrors();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                "Invalid RealityConnect client options:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", errors));
        }
    }

    /// <summary>Describes the options with the secret redacted.</summary>
    /// <returns>A one-line description safe to log.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"RealityConnectClientOptions {{ ClientId = {ClientId ?? "(not set)"}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "***")}, AuthorityUrl = {AuthorityUrl}, ApiUrl = {ApiUrl ?? "(discovered)"}, AllowedHosts = [{string.Join(", ", AllowedHosts ?? Array.Empty<string>())}], TokenRefreshBeforeExpiry = {TokenRefreshBeforeExpiry}, RequestTimeout = {RequestTimeout}, AttemptTimeout = {AttemptTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}, RetryMaxDelay = {RetryMaxDelay} }}");

    /// <summary>Lists the problems of these options, one clear message each (empty when valid).</summary>
    internal IReadOnlyList<string> GetValidationErrors() => OptionsValidation.GetErrors(this);

    private static string? Read(Func<string, string?> getVariable, string name)
        => getVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
