using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Prevu3d.RealityConnect.Hosts;

/// <summary>The hosts that may receive the access token: exact names and <c>*.domain</c> wildcards.</summary>
internal sealed class AllowedHostList
{
    private readonly HashSet<string> _exact;
    private readonly string[] _suffixes;

    private AllowedHostList(HashSet<string> exact, string[] suffixes)
    {
        _exact = exact;
        _suffixes = suffixes;
    }

    /// <summary>Builds the list from validated patterns plus the hosts of <paramref name="alwaysAllowed"/>.</summary>
    /// <param name="patterns">Patterns accepted by <see cref="TryNormalize"/>.</param>
    /// <param name="alwaysAllowed">URLs whose hosts are allowed whatever the patterns say (the authority).</param>
    /// <returns>The list.</returns>
    public static AllowedHostList Create(IEnumerable<string> patterns, params Uri?[] alwaysAllowed)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(alwaysAllowed);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new List<string>();
        foreach (var pattern in patterns)
        {
            if (!TryNormalize(pattern, out var normalized, out var problem))
            {
                throw new ArgumentException(problem, nameof(patterns));
            }

            if (normalized.StartsWith("*.", StringComparison.Ordinal))
            {
                suffixes.Add(normalized[1..]);
            }
            else
            {
                exact.Add(normalized);
            }
        }

        foreach (var uri in alwaysAllowed.Where(u => u is not null))
        {
            exact.Add(NormalizeHost(uri!.IdnHost));
        }

        return new AllowedHostList(exact, suffixes.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Checks one pattern: a host name, an IP literal, or <c>*.</c> followed by a domain.</summary>
    /// <param name="pattern">The pattern from the options.</param>
    /// <param name="normalized">The lower-case pattern when valid.</param>
    /// <param name="problem">Why the pattern is refused, when it is.</param>
    /// <returns><see langword="true"/> when the pattern is usable.</returns>
    public static bool TryNormalize(string? pattern, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = null;
        var text = pattern?.Trim() ?? string.Empty;
        var host = text.StartsWith("*.", StringComparison.Ordinal) ? text[2..] : text;

        // A bare "*" would send the token anywhere, which is what the list exists to prevent.
        if (host.Length == 0 || host.Contains('*', StringComparison.Ordinal))
        {
            problem = $"AllowedHosts entry '{pattern}' must be a host name or '*.' followed by a domain (a bare '*' is refused)";
            return false;
        }

        if (Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            problem = $"AllowedHosts entry '{pattern}' is not a host name (no scheme, port or path)";
            return false;
        }

        normalized = (text.Length == host.Length ? string.Empty : "*.") + NormalizeHost(host);
        problem = null;
        return true;
    }

    /// <summary>Whether the token may go to <paramref name="host"/>.</summary>
    /// <param name="host">A host name as <see cref="Uri.IdnHost"/> gives it.</param>
    /// <returns><see langword="true"/> when an exact entry or a wildcard matches.</returns>
    public bool IsAllowed(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var normalized = NormalizeHost(host);
        if (_exact.Contains(normalized))
        {
            return true;
        }

        // "*.prevu3d.com" matches any subdomain, never prevu3d.com itself nor "evilprevu3d.com".
        foreach (var suffix in _suffixes)
        {
            if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token may go to <paramref name="uri"/>'s host.</summary>
    /// <param name="uri">The request URL.</param>
    /// <returns><see langword="true"/> when its host is allowed.</returns>
    public bool IsAllowed(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return IsAllowed(uri.IdnHost);
    }

    private static string NormalizeHost(string host) => host.Trim().TrimEnd('.').Trim('[', ']').ToLowerInvariant();
}
