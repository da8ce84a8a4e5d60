using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Prevu3d.RealityConnect.Emulator.Contract;
using Prevu3d.RealityConnect.Emulator.Faults;
using Prevu3d.RealityConnect.Emulator.Hosting;
using Prevu3d.RealityConnect.Emulator.Routes;
using Prevu3d.RealityConnect.Emulator.Tokens;

namespace Prevu3d.RealityConnect.Emulator.Controllers;

/// <summary>The authority's operations (spec tag <c>oauth</c>): the token and api-info.</summary>
internal sealed class OauthController(EmulatorState state) : OauthControllerBase
{
    private const string GrantType = "client_credentials";

    private static readonly string[] ApiScopes = ["read:basic", "read:hierarchy"];

    /// <summary>
    /// NSwag workaround: the spec's body is <c>application/x-www-form-urlencoded</c>, but NSwag generates the
    /// base method's parameter as <c>[FromBody]</c>, and MVC answers a form post to it with 415. MVC reads the
    /// override's parameter attributes before the inherited ones and binds from the first binding source it
    /// finds, so re-declaring the parameter <c>[FromForm]</c> here binds the form (a test posts one). The raw
    /// field is still checked: an unknown or missing <c>grant_type</c> binds to the enum's default value.
    /// </summary>
    [EmulatedRoute(EmulatorRoute.Token)]
    public override async Task<ActionResult<TokenResponse>> CreateToken([FromForm] TokenRequest body, CancellationToken cancellationToken)
    {
        // Only the url-encoded form the spec names; multipart is a form too, but not this API's.
        if (!Request.HasFormContentType
            || !Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorResponses.Result(400, "The token request must be application/x-www-form-urlencoded");
        }

        var client = state.Clients.Authenticate(Request.Headers.Authorization);
        if (client is null)
        {
            Response.Headers[HeaderNames.WWWAuthenticate] = "Basic realm=\"RealityConnect\"";
            return ErrorResponses.Result(401, "Invalid client credentials");
        }

        var form = await Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var grantType = form["grant_type"].ToString();
        if (!ModelState.IsValid || body.Grant_type != TokenRequestGrant_type.Client_credentials
            || !string.Equals(grantType, GrantType, StringComparison.Ordinal))
        {
            return ErrorResponses.Result(400, $"Unsupported grant_type '{grantType}': use client_credentials");
        }

        var lifetime = HttpContext.Features.Get<TokenLifetimeFeature>()?.Lifetime ?? state.TokenLifetime;
        var token = state.Tokens.Issue(client, lifetime);
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return state.Rfc6749TokenShape
            ? new TokenResponse { Access_token = token.AccessToken, Expires_in = token.ExpiresAt - token.IssuedAt, Token_type = "Bearer" }
            // The documented shape: expiresIn is minus the exp Unix time, as the guide shows.
            : new TokenResponse { HasError = false, ExpiresIn = -token.ExpiresAt, AccessToken = token.AccessToken };
    }

    /// <inheritdoc/>
    [EmulatedRoute(EmulatorRoute.ApiInfo)]
    [BearerToken]
    public override Task<ActionResult<ApiInfo>> GetApiInfo(CancellationToken cancellationToken)
    {
        var claims = HttpContext.Features.GetRequiredFeature<TokenClaims>();
        var organization = state.Hierarchy.Organization;
        return Task.FromResult<ActionResult<ApiInfo>>(new ApiInfo
        {
            User = new ApiInfoUser { Id = claims.UserId, FirstName = claims.FirstName, LastName = claims.LastName, Email = claims.Email },
            Organization = new ApiInfoOrganization { Id = organization.Id, Name = organization.Name },
            Scopes = [.. ApiScopes],
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(claims.IssuedAt),
            ExpiresAt = null,
            ApiUrl = state.AdvertisedApiUrl ?? state.ApiUrl,
        });
    }
}
