using System;
using System.Diagnostics.CodeAnalysis;

namespace Prevu3d.RealityConnect.Hosts;

/// <summary>The rules every base URL of the service must follow before credentials go to it.</summary>
internal static class ServiceUrl
{
    /// <summary>Parses an absolute https base URL (plain http only for loopback) without user info, query or fragment.</summary>
    /// <param name="value">The URL to check.</param>
    /// <param name="uri">The parsed URL when valid.</param>
    /// <param name="problem">Why the URL is refused, when it is.</param>
    /// <returns><see langword="true"/> when the URL may be used as a base URL.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? uri, [NotNullWhen(false)] out string? problem)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "it is empty";
            return false;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(parsed.Host))
        {
            // Uri accepts "/path" as an absolute file URI on Unix: only http(s) with a host counts.
            problem = $"'{value}' is not an absolute http(s) URL";
            return false;
        }

        if (parsed.Scheme == Uri.UriSchemeHttp && !parsed.IsLoopback)
        {
            problem = $"'{value}' does not use https (plain http is accepted only for loopback hosts)";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            problem = $"'{parsed.GetLeftPart(UriPartial.Scheme)}***@{parsed.Authority}' carries user info";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            problem = $"'{value}' has a query or fragment";
            return false;
        }

        uri = parsed;
        problem = null;
        return true;
    }

    /// <summary>The URL as a base for URL templates: no trailing slash.</summary>
    /// <param name="uri">A URL accepted by <see cref="TryParse"/>.</param>
    /// <returns>The URL text without its trailing slash.</returns>
    public static string ToBaseUrl(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>Whether two URLs share scheme, host and port: the unit a credential is bound to.</summary>
    /// <param name="left">The first URL.</param>
    /// <param name="right">The second URL.</param>
    /// <returns><see langword="true"/> for the same origin.</returns>
    public static bool SameOrigin(Uri left, Uri right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return string.Equals(left.Scheme, right.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(left.IdnHost, right.IdnHost, StringComparison.OrdinalIgnoreCase)
            && left.Port == right.Port;
    }
}
