using System;
using System.Net.Http;
using System.Globalization;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Prevu3d.RealityConnect.Hosts;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// Which redirects Kiota's <c>RedirectHandler</c> may follow: only to an allowed host, over https (or loopback
/// http), keeping the scheme. Any other redirect ends the call with an <see cref="ApiException"/> carrying the
/// 3xx status, and nothing is sent to the other host.
/// </summary>
/// <remarks>
/// Declining in <c>ShouldRedirect</c> alone is not enough: Kiota then parses the bodiless 3xx as a success and
/// the call returns <see langword="null"/>. Kiota also throws <see cref="InvalidOperationException"/> on a redirect
/// without <c>Location</c> or one that changes scheme; both are refused here first, as typed errors.
/// </remarks>
internal static class RedirectPolicy
{
    /// <summary>A redirect option for one request, bound to <paramref name="allowedHosts"/>.</summary>
    /// <param name="allowedHosts">The hosts a request may go to.</param>
    /// <returns>The option Kiota copies onto the request message.</returns>
    public static RedirectHandlerOption Create(AllowedHostList allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        return new RedirectHandlerOption { ShouldRedirect = response => IsAllowed(response, allowedHosts) ? true : throw Refused(response) };
    }

    /// <summary>Whether the redirect answered by <paramref name="response"/> may be followed.</summary>
    /// <param name="response">A 3xx answer.</param>
    /// <param name="allowedHosts">The hosts a request may go to.</param>
    /// <returns><see langword="true"/> for a target on an allowed host with the same scheme.</returns>
    public static bool IsAllowed(HttpResponseMessage response, AllowedHostList allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var from = response.RequestMessage?.RequestUri;
        var location = response.Headers.Location;
        if (from is null || location is null)
        {
            // Kiota throws InvalidOperationException on a redirect without Location: leave it unfollowed instead.
            return false;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        return string.Equals(target.Scheme, from.Scheme, StringComparison.OrdinalIgnoreCase)
            && ServiceUrl.TryParse(target.GetLeftPart(UriPartial.Authority), out _, out _)
            && allowedHosts.IsAllowed(target);
    }

    private static ApiException Refused(HttpResponseMessage response)
    {
        var from = response.RequestMessage?.RequestUri;
        var location = response.Headers.Location;
        var target = location is null ? "(no Location)" : from is null && !location.IsAbsoluteUri ? "(relative)" : (location.IsAbsoluteUri ? location : new Uri(from!, location)).GetLeftPart(UriPartial.Authority);
        var status = (int)response.StatusCode;

        // The answer is dropped here: release its connection.
        response.Dispose();
        return new ApiException(string.Create(
            CultureInfo.InvariantCulture,
            $"{from?.GetLeftPart(UriPartial.Authority)} answered {status}, a redirect to {target}, which is not followed: only https (or loopback) hosts in AllowedHosts, with the same scheme, are."))
        {
            ResponseStatusCode = status,
        };
    }
}
