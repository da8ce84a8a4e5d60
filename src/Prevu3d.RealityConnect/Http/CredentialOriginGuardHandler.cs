using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// The last handler before the network: removes <c>Authorization</c> from any request whose scheme, host or
/// port differs from the origin the credential was attached for, i.e. a redirect hop to somewhere else.
/// </summary>
/// <remarks>
/// Kiota's <c>RedirectHandler</c> 2.1.6 already strips the header when scheme, host or port change (older
/// releases ignored the port). This handler binds the credential to its origin whatever follows the redirects
/// (another Kiota release, a handler a user adds above it), so the rule does not rest on one component.
/// Per request it allocates nothing: an option lookup, an origin comparison and a header presence test.
/// </remarks>
internal sealed class CredentialOriginGuardHandler : DelegatingHandler
{
    private const string AuthorizationHeader = "Authorization";

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Contains, not the typed Authorization getter: that one parses the raw header Kiota added on every request.
        if (request.GetRequestOption<AppliedCredentialOption>() is { } applied
            && !applied.IsValidFor(request.RequestUri)
            && request.Headers.Contains(AuthorizationHeader))
        {
            request.Headers.Remove(AuthorizationHeader);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
