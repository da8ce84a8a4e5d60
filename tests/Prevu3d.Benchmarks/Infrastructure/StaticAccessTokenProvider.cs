using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>The Kiota CLI peer's token source: the token fetched once in setup ("token already cached").</summary>
internal sealed class StaticAccessTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        => Task.FromResult(token);
}
