using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Prevu3d.RealityConnect.Emulator.Contract;
using Prevu3d.RealityConnect.Emulator.Hosting;
using Prevu3d.RealityConnect.Emulator.Routes;

namespace Prevu3d.RealityConnect.Emulator.Faults;

/// <summary>
/// Runs after routing and before the controllers: counts the request of an emulated route, then applies
/// the latency and the faults armed for it. Requests to no route (404) are neither counted nor faulted.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, EmulatorState state)
{
    // Each starts like the route's real answer and stops mid-value, so no JSON parser accepts it.
    private static readonly Dictionary<EmulatorRoute, string> MalformedBodies = new()
    {
        [EmulatorRoute.Token] = """{"hasError":false,"expiresIn":-17""",
        [EmulatorRoute.ApiInfo] = """{"user":{"id":"0e35db64-eee1-4dc3""",
        [EmulatorRoute.Browse] = """[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":"North""",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<EmulatedRouteAttribute>() is not { } emulated)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var route = emulated.Route;
        state.Counters.Increment(route);
        var faults = state.Faults.Take(route, NodeIdOf(context));

        var delay = state.Latency;
        EmulatorFault? terminal = null;
        foreach (var fault in faults)
        {
            switch (fault.Kind)
            {
                case EmulatorFaultKind.Latency:
                    delay += fault.Duration;
                    break;
                case EmulatorFaultKind.TokenLifetime:
                    context.Features.Set(new TokenLifetimeFeature(fault.Duration));
                    break;
                default:
                    terminal ??= fault;
                    break;
            }
        }

        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, state.TimeProvider, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up during the latency: nobody is left to answer.
                return;
            }
        }

        if (terminal is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await ApplyAsync(context, route, terminal).ConfigureAwait(false);
    }

    private static Task ApplyAsync(HttpContext context, EmulatorRoute route, EmulatorFault fault)
    {
        var response = context.Response;
        switch (fault.Kind)
        {
            case EmulatorFaultKind.DropConnection:
                context.Abort();
                return Task.CompletedTask;
            case EmulatorFaultKind.TooManyRequests:
                response.Headers[HeaderNames.RetryAfter] =
                    ((long)Math.Ceiling(fault.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return WriteAsync(response, 429, ErrorResponses.Create(429, "Too many requests, retry later"));
            case EmulatorFaultKind.ServerError:
                return WriteAsync(response, fault.StatusCode, ErrorResponses.Create(fault.StatusCode, ReasonPhrases.GetReasonPhrase(fault.StatusCode)));
            case EmulatorFaultKind.HasError:
                return WriteAsync(response, 200, new TokenResponse { HasError = true, Message = fault.Message });
            case EmulatorFaultKind.Redirect:
                response.StatusCode = fault.StatusCode;
                response.Headers[HeaderNames.Location] = fault.Message;
                return Task.CompletedTask;
            case EmulatorFaultKind.Forbidden:
                return WriteAsync(response, 403, ErrorResponses.Create(403, $"The service user may not browse node '{NodeIdOf(context)}' (injected fault)"));
            case EmulatorFaultKind.NotFound:
                return WriteAsync(response, 404, ErrorResponses.Create(404, $"Node '{NodeIdOf(context)}' not found (injected fault)"));
            case EmulatorFaultKind.GatewayPage:
                response.StatusCode = fault.StatusCode;
                response.ContentType = fault.Message + "; charset=utf-8";
                var reason = ReasonPhrases.GetReasonPhrase(fault.StatusCode);
                return response.WriteAsync(
                    fault.Message == "text/html"
                        ? $"<html><head><title>{fault.StatusCode} {reason}</title></head><body><h1>{fault.StatusCode} {reason}</h1><hr>gateway (injected fault)</body></html>"
                        : $"{fault.StatusCode} {reason} (injected fault)",
                    context.RequestAborted);
            case EmulatorFaultKind.MalformedJson:
                response.StatusCode = 200;
                response.ContentType = "application/json; charset=utf-8";
                return response.WriteAsync(MalformedBodies[route], context.RequestAborted);
            default:
                throw new InvalidOperationException($"The fault '{fault}' does not answer by itself.");
        }
    }

    // The node a request is about (browse's {nodeId}); null on the other routes and for an id that is no UUID.
    private static Guid? NodeIdOf(HttpContext context)
        => context.Request.RouteValues.TryGetValue("nodeId", out var value) && Guid.TryParse(value as string, out var id) ? id : null;

    private static Task WriteAsync<T>(HttpResponse response, int statusCode, T body)
    {
        response.StatusCode = statusCode;
        return response.WriteAsJsonAsync(body, EmulatorJson.Options, response.HttpContext.RequestAborted);
    }
}
