using System;
using System.Collections.Generic;
using System.Threading;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Configuration;

/// <summary>The checks behind <see cref="RealityConnectClientOptions.Validate"/>: one clear message per bad setting.</summary>
internal static class OptionsValidation
{
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    // A margin longer than the longest trusted token lifetime can only be a unit mistake.
    private static readonly TimeSpan MaxTokenRefreshBeforeExpiry = TimeSpan.FromDays(1);
    private const int MaxMaxRetries = 10;

    /// <summary>Lists every problem of <paramref name="options"/>; empty when they are usable.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per bad setting.</returns>
    public static IReadOnlyList<string> GetErrors(RealityConnectClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"ClientId is missing: set it, or the {RealityConnectClientOptions.ClientIdVariable} environment variable.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"ClientSecret is missing: set it, or the {RealityConnectClientOptions.ClientSecretVariable} environment variable.");
        }

        if (!ServiceUrl.TryParse(options.AuthorityUrl, out _, out var authorityProblem))
        {
            errors.Add($"AuthorityUrl is invalid: {authorityProblem}.");
        }

        // Null means "discover it", the recommended setting.
        if (options.ApiUrl is not null && !ServiceUrl.TryParse(options.ApiUrl, out _, out var apiProblem))
        {
            errors.Add($"ApiUrl is invalid: {apiProblem}.");
        }

        if (options.AllowedHosts is null)
        {
            errors.Add("AllowedHosts is null: leave the default or list host names.");
        }
        else
        {
            foreach (var pattern in options.AllowedHosts)
            {
                if (!AllowedHostList.TryNormalize(pattern, out _, out var hostProblem))
                {
                    errors.Add(hostProblem + ".");
                }
            }
        }

        if (options.TokenRefreshBeforeExpiry < TimeSpan.Zero)
        {
            errors.Add($"TokenRefreshBeforeExpiry is negative ({options.TokenRefreshBeforeExpiry}).");
        }
        else if (options.TokenRefreshBeforeExpiry > MaxTokenRefreshBeforeExpiry)
        {
            errors.Add($"TokenRefreshBeforeExpiry exceeds {MaxTokenRefreshBeforeExpiry} ({options.TokenRefreshBeforeExpiry}).");
        }

        CheckTimeout(errors, nameof(options.RequestTimeout), options.RequestTimeout);
        CheckTimeout(errors, nameof(options.AttemptTimeout), options.AttemptTimeout);
        if (options.MaxRetries is < 0 or > MaxMaxRetries)
        {
            errors.Add($"MaxRetries must be between 0 and {MaxMaxRetries} ({options.MaxRetries}).");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > options.RetryMaxDelay)
        {
            errors.Add($"RetryBaseDelay must be between zero and RetryMaxDelay ({options.RetryBaseDelay}).");
        }

        if (options.RetryMaxDelay < TimeSpan.Zero || options.RetryMaxDelay > MaxRequestTimeout)
        {
            errors.Add($"RetryMaxDelay must be between zero and {MaxRequestTimeout} ({options.RetryMaxDelay}).");
        }

        return errors;
    }

    private static void CheckTimeout(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"{name} must be positive or Timeout.InfiniteTimeSpan ({value}).");
        }
        else if (value > MaxRequestTimeout)
        {
            // Timers refuse anything above int.MaxValue milliseconds.
            errors.Add($"{name} exceeds {MaxRequestTimeout} ({value}).");
        }
    }
}
