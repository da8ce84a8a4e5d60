using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Prevu3d.RealityConnect.Emulator.CommandLine;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// One injected misbehaviour, created by the factory methods and armed with <see cref="EmulatorFaults"/>.
/// Its text form (<see cref="ToString"/>, <see cref="Parse"/>) is the command line's:
/// <c>latency:250ms</c>, <c>429</c>, <c>429:5s</c>, <c>500</c>, <c>502</c>, <c>503</c>, <c>504</c>,
/// <c>drop</c>, <c>malformed</c>, <c>has-error</c>, <c>has-error:message</c>, <c>lifetime:5s</c>, <c>redirect:URL</c>,
/// <c>html:502</c>, <c>text:503</c>, <c>forbid:ID[,ID…]</c>, <c>hide:ID[,ID…]</c>.
/// </summary>
public sealed class EmulatorFault
{
    /// <summary>The default <c>Retry-After</c> of <see cref="TooManyRequests"/>.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The default message of <see cref="HasError"/>.</summary>
    public const string DefaultHasErrorMessage = "The authority refused the request (injected fault)";

    private EmulatorFault(EmulatorFaultKind kind, TimeSpan duration = default, int statusCode = 0, string? message = null, IReadOnlyList<Guid>? nodeIds = null)
    {
        Kind = kind;
        Duration = duration;
        StatusCode = statusCode;
        Message = message;
        NodeIds = nodeIds ?? [];
    }

    /// <summary>What the fault does.</summary>
    public EmulatorFaultKind Kind { get; }

    /// <summary>The latency, the <c>Retry-After</c> delay or the token lifetime, depending on <see cref="Kind"/>.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The HTTP status the fault answers with, or 0 when it does not answer by itself.</summary>
    public int StatusCode { get; }

    /// <summary>The message of a <see cref="EmulatorFaultKind.HasError"/> answer.</summary>
    public string? Message { get; }

    /// <summary>
    /// The nodes a <see cref="EmulatorFaultKind.Forbidden"/> or <see cref="EmulatorFaultKind.NotFound"/> fault applies to;
    /// empty for the other faults, which apply to every request of their route.
    /// </summary>
    public IReadOnlyList<Guid> NodeIds { get; }

    /// <summary>Whether the fault answers (or drops) the request instead of letting the route handle it.</summary>
    public bool IsTerminal => Kind is not (EmulatorFaultKind.Latency or EmulatorFaultKind.TokenLifetime);

    /// <summary>Delays the answer by <paramref name="delay"/>.</summary>
    /// <param name="delay">A positive delay, measured with the emulator's <see cref="TimeProvider"/>.</param>
    public static EmulatorFault Latency(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(delay, TimeSpan.Zero);
        return new EmulatorFault(EmulatorFaultKind.Latency, delay);
    }

    /// <summary>Answers 429 Too Many Requests with a <c>Retry-After</c> header.</summary>
    /// <param name="retryAfter">The delay advertised in <c>Retry-After</c>, rounded up to whole seconds; default one second.</param>
    public static EmulatorFault TooManyRequests(TimeSpan? retryAfter = null)
    {
        var delay = retryAfter ?? DefaultRetryAfter;
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero, nameof(retryAfter));
        return new EmulatorFault(EmulatorFaultKind.TooManyRequests, delay, 429);
    }

    /// <summary>Answers a server error.</summary>
    /// <param name="statusCode">500, 502, 503 or 504.</param>
    public static EmulatorFault ServerError(int statusCode = 500) => statusCode is 500 or 502 or 503 or 504
        ? new EmulatorFault(EmulatorFaultKind.ServerError, statusCode: statusCode)
        : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error fault is 500, 502, 503 or 504.");

    /// <summary>Aborts the connection (<c>HttpContext.Abort()</c>): the client sees a transport error, no status.</summary>
    public static EmulatorFault DropConnection() => new(EmulatorFaultKind.DropConnection);

    /// <summary>Answers 200 <c>application/json</c> with a truncated body.</summary>
    public static EmulatorFault MalformedJson() => new(EmulatorFaultKind.MalformedJson, statusCode: 200);

    /// <summary>Token route only: answers 200 with <c>hasError: true</c> and <paramref name="message"/>.</summary>
    /// <param name="message">The server's message.</param>
    public static EmulatorFault HasError(string message = DefaultHasErrorMessage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new EmulatorFault(EmulatorFaultKind.HasError, statusCode: 200, message: message);
    }

    /// <summary>Token route only: the token issued lives <paramref name="lifetime"/> instead of the configured lifetime.</summary>
    /// <param name="lifetime">Whole seconds count; zero or negative issues a token that is already expired.</param>
    public static EmulatorFault TokenLifetime(TimeSpan lifetime) => new(EmulatorFaultKind.TokenLifetime, lifetime);

    /// <summary>Answers 307 Temporary Redirect with <c>Location: <paramref name="location"/></c>.</summary>
    /// <param name="location">An absolute URL, for example on another host, to check what a client sends there.</param>
    public static EmulatorFault Redirect(Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.IsAbsoluteUri
            ? new EmulatorFault(EmulatorFaultKind.Redirect, statusCode: 307, message: location.AbsoluteUri)
            : throw new ArgumentException("A redirect fault needs an absolute URL.", nameof(location));
    }

    /// <summary>Answers <paramref name="statusCode"/> with an HTML page or a line of text instead of the API's JSON error body.</summary>
    /// <param name="statusCode">400 to 599.</param>
    /// <param name="mediaType"><c>text/html</c> (the default) or <c>text/plain</c>.</param>
    public static EmulatorFault GatewayPage(int statusCode = 502, string mediaType = "text/html")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return mediaType is "text/html" or "text/plain"
            ? new EmulatorFault(EmulatorFaultKind.GatewayPage, statusCode: statusCode, message: mediaType)
            : throw new ArgumentException("A gateway page is text/html or text/plain.", nameof(mediaType));
    }

    /// <summary>Browse route only: answers 403 to the browse of any of <paramref name="nodeIds"/>, as for a node the service user may not browse.</summary>
    /// <param name="nodeIds">At least one node id; other nodes are served normally.</param>
    public static EmulatorFault Forbidden(params IEnumerable<Guid> nodeIds) => new(EmulatorFaultKind.Forbidden, statusCode: 403, nodeIds: CheckNodeIds(nodeIds));

    /// <summary>Browse route only: answers 404 to the browse of any of <paramref name="nodeIds"/>, as for a node deleted after its parent was listed.</summary>
    /// <param name="nodeIds">At least one node id; other nodes are served normally.</param>
    public static EmulatorFault NotFound(params IEnumerable<Guid> nodeIds) => new(EmulatorFaultKind.NotFound, statusCode: 404, nodeIds: CheckNodeIds(nodeIds));

    /// <summary>Whether the fault makes sense on <paramref name="route"/> (token-only faults do not on the API routes, node faults only on browse).</summary>
    /// <param name="route">The route.</param>
    public bool AppliesTo(EmulatorRoute route) => Kind switch
    {
        EmulatorFaultKind.HasError or EmulatorFaultKind.TokenLifetime => route == EmulatorRoute.Token,
        EmulatorFaultKind.Forbidden or EmulatorFaultKind.NotFound => route == EmulatorRoute.Browse,
        _ => true,
    };

    /// <summary>Whether the fault applies to a request about <paramref name="nodeId"/> (faults without <see cref="NodeIds"/> apply to every request).</summary>
    /// <param name="nodeId">The node the request names, or <see langword="null"/> when it names none.</param>
    public bool Matches(Guid? nodeId) => NodeIds.Count == 0 || (nodeId is { } id && NodeIds.Contains(id));

    /// <summary>Reads the command-line form of a fault (see the class remarks).</summary>
    /// <param name="text">For example <c>503</c>, <c>429:5s</c> or <c>latency:250ms</c>.</param>
    /// <exception cref="FormatException">The text names no fault.</exception>
    public static EmulatorFault Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        var name = (separator < 0 ? text : text[..separator]).Trim().ToLowerInvariant();
        var argument = separator < 0 ? null : text[(separator + 1)..].Trim();
        try
        {
            return name switch
            {
                "latency" or "delay" => Latency(DurationParser.Parse(argument)),
                "429" => TooManyRequests(argument is null ? null : DurationParser.Parse(argument)),
                "500" or "502" or "503" or "504" when argument is null => ServerError(int.Parse(name, CultureInfo.InvariantCulture)),
                "drop" when argument is null => DropConnection(),
                "malformed" when argument is null => MalformedJson(),
                "has-error" => argument is null ? HasError() : HasError(argument),
                "lifetime" => TokenLifetime(DurationParser.Parse(argument)),
                "redirect" when argument is not null => Redirect(new Uri(argument, UriKind.Absolute)),
                "forbid" => Forbidden(ParseNodeIds(argument)),
                "hide" => NotFound(ParseNodeIds(argument)),
                "html" or "text" => GatewayPage(
                    argument is null ? 502 : ParseStatus(argument),
                    name == "html" ? "text/html" : "text/plain"),
                _ => throw new FormatException($"'{text}' is not a fault."),
            };
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new FormatException($"'{text}' is not a valid fault: {e.Message}", e);
        }
    }

    private static Guid[] CheckNodeIds(IEnumerable<Guid> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var ids = nodeIds.Distinct().ToArray();
        return ids.Length > 0 ? ids : throw new ArgumentException("A node fault needs at least one node id.", nameof(nodeIds));
    }

    private static Guid[] ParseNodeIds(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0
            ? throw new ArgumentException("A node fault needs at least one node id, e.g. forbid:3f2b1c0e-9d47-4c1e-9a8d-5e0d7a3c2b6f.", nameof(text))
            : Array.ConvertAll(parts, part => Guid.TryParse(part, out var id)
                ? id
                : throw new ArgumentException($"'{part}' is not a node id (a UUID is expected).", nameof(text)));
    }

    private static int ParseStatus(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
        ? status
        : throw new ArgumentException($"'{text}' is not an HTTP status.", nameof(text));

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        EmulatorFaultKind.Latency => "latency:" + DurationParser.Format(Duration),
        EmulatorFaultKind.TooManyRequests => "429:" + DurationParser.Format(Duration),
        EmulatorFaultKind.ServerError => StatusCode.ToString(CultureInfo.InvariantCulture),
        EmulatorFaultKind.DropConnection => "drop",
        EmulatorFaultKind.MalformedJson => "malformed",
        EmulatorFaultKind.HasError => "has-error:" + Message,
        EmulatorFaultKind.TokenLifetime => "lifetime:" + DurationParser.Format(Duration),
        EmulatorFaultKind.Redirect => "redirect:" + Message,
        EmulatorFaultKind.Forbidden => "forbid:" + string.Join(',', NodeIds),
        EmulatorFaultKind.NotFound => "hide:" + string.Join(',', NodeIds),
        EmulatorFaultKind.GatewayPage => (Message == "text/html" ? "html:" : "text:") + StatusCode.ToString(CultureInfo.InvariantCulture),
        _ => Kind.ToString(),
    };
}
