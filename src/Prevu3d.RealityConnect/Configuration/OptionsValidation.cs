using System;
using System.Collections.Generic;
using System.Threading;
using Prevu3d.RealityConnect.Discovery;

namespace Prevu3d.RealityConnect.Configuration;

/// <summary>The checks behind <see cref="RealityConnectClientOptions.Validate"/>: one clear message per bad setting.</summary>
internal static class OptionsValidation
{
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

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

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"RequestTimeout must be positive or Timeout.InfiniteTimeSpan ({options.RequestTimeout}).");
        }
        else if (options.RequestTimeout > MaxRequestTimeout)
        {
            // HttpClient.Timeout refuses anything above int.MaxValue milliseconds.
            errors.Add($"RequestTimeout exceeds {MaxRequestTimeout} ({options.RequestTimeout}).");
        }

        return errors;
    }
}
