using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator;
using static Prevu3d.RealityConnect.Emulator.EmulatorRoute;

namespace Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

/// <summary>Every fault mode of the emulator and the behaviour the SDK must show; the README's table is built from it.</summary>
internal static class FaultCases
{
    // Nothing listens on port 1: were a request sent there, it would fail, and RequestsOutsideTheEmulator would list it.
    private const string ForeignApiUrl = "http://localhost:1/realityconnect-api";
    private static readonly Uri ForeignTarget = new("http://localhost:1/elsewhere");

    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(6);

    public static IReadOnlyList<FaultCase> All { get; } =
    [
        new("browse: latency past `AttemptTimeout`, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.Latency(Slow)))
        {
            // Generous: the retried attempt must not time out too on a busy machine.
            Configure = o => o.AttemptTimeout = TimeSpan.FromSeconds(2),
        },
        new("browse: latency past `AttemptTimeout`, every time", "`TaskCanceledException` (timeout)", Browse, e => e.Faults.Always(Browse, EmulatorFault.Latency(Slow)))
        {
            Configure = o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.RequestTimeout = TimeSpan.FromSeconds(2.5);
            },
            CountRequests = false,
        },
        new("token: 429 + `Retry-After: 1`, once", "succeeds; 2 token requests", Token, e => e.Faults.Next(Token, EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(1))))
        {
            MinElapsed = TimeSpan.FromSeconds(1),
        },
        new("browse: 429 + `Retry-After: 1`, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(1))))
        {
            MinElapsed = TimeSpan.FromSeconds(1),
        },
        new("browse: 429 + `Retry-After` beyond `RetryMaxDelay`", "`ApiException` 429; 1 browse request", Browse, e => e.Faults.Always(Browse, EmulatorFault.TooManyRequests(TimeSpan.FromMinutes(2)))),
        new("browse: 500, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.ServerError(500))),
        new("browse: 502, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.ServerError(502))),
        new("browse: 503, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.ServerError(503))),
        new("browse: 504, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.ServerError(504))),
        new("browse: 503, every time", "`ApiException` 503; 4 browse requests", Browse, e => e.Faults.Always(Browse, EmulatorFault.ServerError(503))),
        new("token: 500, every time", "`RealityConnectAuthenticationException` 500; 4 token requests", Token, e => e.Faults.Always(Token, EmulatorFault.ServerError(500))),
        new("api-info: 502, every time", "`RealityConnectDiscoveryException` 502; 4 api-info requests", ApiInfo, e => e.Faults.Always(ApiInfo, EmulatorFault.ServerError(502))),
        new("browse: dropped connection, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.DropConnection())),
        new("browse: dropped connection, every time", "`HttpRequestException`", Browse, e => e.Faults.Always(Browse, EmulatorFault.DropConnection()))
        {
            // SocketsHttpHandler may resend a request dropped on a reused connection by itself.
            CountRequests = false,
        },
        new("token: dropped connection, every time", "`HttpRequestException`", Token, e => e.Faults.Always(Token, EmulatorFault.DropConnection()))
        {
            CountRequests = false,
        },
        new("browse: 502 HTML page from a gateway, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.GatewayPage(502, "text/html"))),
        new("browse: 401 HTML page, once", "succeeds; 2 browse requests", Browse, e => e.Faults.Next(Browse, EmulatorFault.GatewayPage(401, "text/html"))),
        new("browse: 404 plain text", "`ApiException` 404; 1 browse request", Browse, e => e.Faults.Next(Browse, EmulatorFault.GatewayPage(404, "text/plain"))),
        // A node the service user may not browse, or one deleted since it was listed: not transient, never retried.
        new("browse: 403 for the node browsed (`forbid:ID`)", "`ErrorResponse` 403; 1 browse request", Browse, e => e.Faults.Always(Browse, EmulatorFault.Forbidden(e.OrganizationId))),
        new("browse: 404 for the node browsed (`hide:ID`)", "`ErrorResponse` 404; 1 browse request", Browse, e => e.Faults.Always(Browse, EmulatorFault.NotFound(e.OrganizationId))),
        new("token: 503 plain text, every time", "`RealityConnectAuthenticationException` 503; 4 token requests", Token, e => e.Faults.Always(Token, EmulatorFault.GatewayPage(503, "text/plain"))),
        new("token: malformed JSON", "`RealityConnectAuthenticationException` 200; 1 token request", Token, e => e.Faults.Next(Token, EmulatorFault.MalformedJson())),
        new("api-info: malformed JSON", "`RealityConnectDiscoveryException` 200; 1 api-info request", ApiInfo, e => e.Faults.Next(ApiInfo, EmulatorFault.MalformedJson())),
        new("browse: malformed JSON", "`RealityConnectResponseException` 200; 1 browse request", Browse, e => e.Faults.Next(Browse, EmulatorFault.MalformedJson())),
        new("token: `hasError: true`", "`RealityConnectAuthenticationException` 200; 1 token request", Token, e => e.Faults.Next(Token, EmulatorFault.HasError())),
        new("token: issued already expired, once", "succeeds; 2 token requests", Token, e => e.Faults.Next(Token, EmulatorFault.TokenLifetime(TimeSpan.Zero))),
        new("token: short-lived (2 s), two calls 2.5 s apart", "succeeds", Token, e => e.Faults.Always(Token, EmulatorFault.TokenLifetime(TimeSpan.FromSeconds(2))))
        {
            // The first token is dead by the second call; how many renewals happen depends on the machine's speed.
            Act = async s =>
            {
                await FaultCase.WorkflowAsync(s);
                await Task.Delay(TimeSpan.FromSeconds(2.5));
                await FaultCase.WorkflowAsync(s);
            },
            CountRequests = false,
        },
        new("all tokens revoked between two calls", "succeeds; 2 token requests", Token, _ => { })
        {
            Act = async s =>
            {
                await FaultCase.WorkflowAsync(s);
                s.Emulator.RevokeAllTokens();
                await FaultCase.WorkflowAsync(s);
            },
        },
        new("api-info: `apiUrl` on a foreign host", "`RealityConnectDiscoveryException`; 0 browse requests", Browse, e => e.AdvertisedApiUrl = ForeignApiUrl),
        new("api-info: `apiUrl` over plain http", "`RealityConnectDiscoveryException`; 0 browse requests", Browse, e => e.AdvertisedApiUrl = "http://api-ue1.prevu3d.com/realityconnect-api"),
        new("api-info: relative `apiUrl`", "`RealityConnectDiscoveryException`; 0 browse requests", Browse, e => e.AdvertisedApiUrl = "/realityconnect-api"),
        new("browse: 307 redirect to another host", "`ApiException` 307; 1 browse request", Browse, e => e.Faults.Next(Browse, EmulatorFault.Redirect(ForeignTarget))),
        new("token: 307 redirect to another host", "`RealityConnectAuthenticationException` 307; 1 token request", Token, e => e.Faults.Next(Token, EmulatorFault.Redirect(ForeignTarget))),
    ];
}
