using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// Refuses a request whose URL cannot be right before anything is sent or any token fetched: a missing or blank
/// path parameter, a relative raw URL. The caller gets an <see cref="ArgumentException"/> naming the parameter
/// instead of a 404 or a <see cref="UriFormatException"/> from deep inside HTTP.
/// </summary>
/// <remarks>
/// Holds no spec knowledge. What the spec says of a parameter (<c>format: uuid</c>, enum values, required) is checked
/// by the generated request builder when it builds the request (its <c>ParameterValidator</c>), so a malformed id is
/// refused there, with the same exception, before the request reaches this adapter; these checks remain for a
/// request built by hand.
/// </remarks>
internal static partial class RequestValidation
{
    // Kiota's key for the URL given to WithUrl (not public in Kiota.Abstractions 2.1).
    private const string RawUrlKey = "request-raw-url";

    // Bounded in practice by the spec's operations; a WithUrl request has a raw URL and never gets here.
    private static readonly ConcurrentDictionary<string, string[]> NamesByTemplate = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="request"/>'s path parameters (or raw URL).</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <exception cref="ArgumentException">A parameter is missing, blank or malformed, or the raw URL is not absolute.</exception>
    public static void Validate(RequestInformation request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PathParameters.TryGetValue(RawUrlKey, out var raw))
        {
            if (raw is not string url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"The URL given to WithUrl must be an absolute http(s) URL ('{raw}').", "rawUrl");
            }

            return;
        }

        var names = ParameterNames(request.UrlTemplate);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (!request.PathParameters.TryGetValue(name, out var value) || value is null)
            {
                throw new ArgumentException($"The path parameter '{name}' of {request.HttpMethod} {request.UrlTemplate} is missing.", name);
            }

            if (value is string text && string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"The path parameter '{name}' of {request.HttpMethod} {request.UrlTemplate} is empty.", name);
            }
        }
    }

    // The generated builders use a handful of constant templates: each is parsed once, not on every request.
    private static string[] ParameterNames(string? template)
    {
        if (string.IsNullOrEmpty(template))
        {
            return [];
        }

        return NamesByTemplate.TryGetValue(template, out var names)
            ? names
            : NamesByTemplate.GetOrAdd(template, static t => SimpleExpression().Matches(t).Select(m => m.Groups[1].Value).ToArray());
    }

    // A plain {name} expression: reserved ({+name}) and query ({?a,b}) expressions are the server's and Kiota's.
    [GeneratedRegex(@"\{([A-Za-z0-9_%.\-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleExpression();
}
