using System;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Prevu3d.RealityConnect.Emulator.Hosting;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>
/// The spec's <c>bearerAuth</c> on an action: the request needs a token this emulator issued, signed with its
/// key, unexpired on its clock and not revoked; otherwise 401 with an <c>ErrorResponse</c>. On success the
/// token's claims are available to the action as a <see cref="TokenClaims"/> request feature.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
internal sealed class BearerTokenAttribute : Attribute, IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var state = http.RequestServices.GetRequiredService<EmulatorState>();
        var validation = state.Tokens.Validate(http.Request.Headers.Authorization);
        if (validation.Claims is { } claims)
        {
            http.Features.Set(claims);
            return;
        }

        // RFC 6750 §3: tell the client the token (not the request) is the problem.
        http.Response.Headers[HeaderNames.WWWAuthenticate] =
            $"Bearer error=\"invalid_token\", error_description=\"{validation.Failure}\"";
        context.Result = ErrorResponses.Result(401, validation.Failure!);
    }
}
