using System;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Discovery;

/// <summary>Decides whether the <c>apiUrl</c> api-info returned may receive the access token.</summary>
internal static class ApiUrlValidator
{
    /// <summary>Accepts an absolute https URL (http only for loopback) on an allowed host.</summary>
    /// <param name="apiUrl">The discovered value.</param>
    /// <param name="settings">The allowed hosts.</param>
    /// <param name="baseUrl">The URL without trailing slash, when accepted.</param>
    /// <param name="problem">Why it is refused, when it is.</param>
    /// <returns><see langword="true"/> when the URL may be used.</returns>
    public static bool TryValidate(string? apiUrl, ConnectionSettings settings, out string baseUrl, out string problem)
    {
        ArgumentNullException.ThrowIfNull(settings);
        baseUrl = string.Empty;
        if (apiUrl is null)
        {
            problem = "api-info returned no apiUrl";
            return false;
        }

        if (!ServiceUrl.TryParse(apiUrl, out var uri, out var urlProblem))
        {
            problem = $"the apiUrl returned by api-info is refused: {urlProblem}";
            return false;
        }

        if (!settings.AllowedHosts.IsAllowed(uri))
        {
            problem = $"the apiUrl returned by api-info is on host '{uri.IdnHost}', which is not in AllowedHosts";
            return false;
        }

        baseUrl = ServiceUrl.ToBaseUrl(uri);
        problem = string.Empty;
        return true;
    }
}
