using System;
using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// The URL a request is sent to: expanded from its template once, checked by the authentication, and kept on the
/// request, so Kiota's adapter sends that very <see cref="Uri"/> instead of expanding the template a second time.
/// </summary>
/// <remarks>
/// Kiota's <see cref="RequestInformation.URI"/> expands the template on every read (a dictionary of values, the
/// expansion, a parsed <see cref="Uri"/>: about 3.5 KB a call), and its adapter reads it again to build the
/// <c>HttpRequestMessage</c>. Its setter keeps a given URI instead, but clears the path and query parameters first:
/// dictionaries a generated request builder shares with every request it builds, so they are swapped out while the
/// setter runs and put back. A request authenticated again (a retry, or one built by hand and sent twice, perhaps with
/// other parameters) is expanded afresh from its current parameters; between two sends it reads as the URL last sent.
/// </remarks>
internal static class SentRequestUri
{
    // Kiota's key for the URL given to WithUrl (not public in Kiota.Abstractions 2.1).
    private const string RawUrlKey = "request-raw-url";

    // Clearing an empty dictionary changes nothing: one instance stands in for every request's parameters.
    private static readonly Dictionary<string, object> NoParameters = new(StringComparer.OrdinalIgnoreCase);

    private static readonly IRequestOption[] Kept = [KeptUriOption.Instance];

    /// <summary>Expands <paramref name="request"/>'s URL from its current parameters and keeps it on the request.</summary>
    /// <param name="request">The request about to be authenticated and sent.</param>
    /// <returns>The URL Kiota's adapter will send the request to.</returns>
    public static Uri Expand(RequestInformation request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A raw URL (WithUrl) is parsed once and kept by Kiota itself; without a template there is nothing to expand.
        if (request.UrlTemplate is not { } template || request.PathParameters.ContainsKey(RawUrlKey))
        {
            return request.URI;
        }

        var path = request.PathParameters;
        var query = request.QueryParameters;
        var keptBefore = request.GetRequestOption<KeptUriOption>() is not null;

        // Once kept, URI returns the kept value: a request sent again is expanded through a view of its parameters.
        var uri = keptBefore ? new RequestInformation(request.HttpMethod, template, path) { QueryParameters = query }.URI : request.URI;
        request.PathParameters = NoParameters;
        request.QueryParameters = NoParameters;
        try
        {
            request.URI = uri;
        }
        finally
        {
            request.PathParameters = path;
            request.QueryParameters = query;
        }

        if (!keptBefore)
        {
            request.AddRequestOptions(Kept);
        }

        return uri;
    }

    /// <summary>Marks a request whose URL was kept by <see cref="Expand"/>.</summary>
    private sealed class KeptUriOption : IRequestOption
    {
        public static readonly KeptUriOption Instance = new();
    }
}
