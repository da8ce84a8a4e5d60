namespace Prevu3d.RealityConnect.Emulator;

/// <summary>What an <see cref="EmulatorFault"/> does to a request.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Waits <see cref="EmulatorFault.Duration"/> before answering; the request then proceeds.</summary>
    Latency,

    /// <summary>Answers 429 with a <c>Retry-After</c> of <see cref="EmulatorFault.Duration"/> (whole seconds).</summary>
    TooManyRequests,

    /// <summary>Answers <see cref="EmulatorFault.StatusCode"/> (500, 502, 503 or 504) with an error body.</summary>
    ServerError,

    /// <summary>Aborts the connection without an answer.</summary>
    DropConnection,

    /// <summary>Answers 200 with a truncated JSON body that no parser accepts.</summary>
    MalformedJson,

    /// <summary>Token route only: answers 200 with <c>{"hasError": true, "message": ...}</c>.</summary>
    HasError,

    /// <summary>Token route only: the issued token lives <see cref="EmulatorFault.Duration"/> (zero or less: already expired).</summary>
    TokenLifetime,

    /// <summary>Answers 307 Temporary Redirect to <see cref="EmulatorFault.Message"/> (an absolute URL, possibly another host).</summary>
    Redirect,

    /// <summary>
    /// Answers <see cref="EmulatorFault.StatusCode"/> (400 to 599) with a body that is not JSON, of media type
    /// <see cref="EmulatorFault.Message"/> (<c>text/html</c> or <c>text/plain</c>), as a proxy or gateway in front of the service does.
    /// </summary>
    GatewayPage,

    /// <summary>
    /// Browse route only: answers 403 with an error body when the node browsed is one of <see cref="EmulatorFault.NodeIds"/>,
    /// as the service does for a node its service user may not browse. The parent's listing still shows the node.
    /// </summary>
    Forbidden,

    /// <summary>
    /// Browse route only: answers 404 with an error body when the node browsed is one of <see cref="EmulatorFault.NodeIds"/>,
    /// as for a node deleted after its parent was listed. The parent's listing still shows the node.
    /// </summary>
    NotFound,
}
