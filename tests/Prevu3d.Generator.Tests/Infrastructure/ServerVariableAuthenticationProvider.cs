using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Prevu3d.Generator.Tests.Generated;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>
/// Does what the SDK runtime does with the generated request options: fills server variables
/// (the discovered <c>apiUrl</c>) and picks the credential from the security requirement.
/// </summary>
internal sealed class ServerVariableAuthenticationProvider(string apiUrl) : IAuthenticationProvider
{
    public List<(SecurityRequirementOption Security, ServerOption Server)> Seen { get; } = new();

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        var server = request.RequestOptions.OfType<ServerOption>().Single();
        var security = request.RequestOptions.OfType<SecurityRequirementOption>().Single();
        Seen.Add((security, server));
        foreach (var name in server.VariableNames)
        {
            request.PathParameters[name] = apiUrl;
        }

        if (security.Accepts("basicAuth"))
        {
            request.Headers.Add("Authorization", "Basic aWQ6c2VjcmV0");
        }
        else if (security.Accepts("bearerAuth"))
        {
            request.Headers.Add("Authorization", "Bearer the-token");
        }

        return Task.CompletedTask;
    }
}
