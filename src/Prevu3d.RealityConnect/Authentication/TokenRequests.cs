using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Models;

/// <summary>Ready-made bodies for <c>client.Oauth.Token.PostAsync</c>.</summary>
public static class TokenRequests
{
    /// <summary>The client-credentials grant: <c>grant_type=client_credentials</c>.</summary>
    /// <returns>A new request body.</returns>
    public static TokenRequest ClientCredentials() => new() { GrantType = TokenRequestGrantType.ClientCredentials };
}
