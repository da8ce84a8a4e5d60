using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Prevu3d.RealityConnect.Emulator.Hosting;

namespace Prevu3d.RealityConnect.Emulator;

/// <summary>
/// A local RealityConnect service: an authority listener (<c>/oauth/token</c>, <c>/oauth/api-info</c>) and a
/// regional API listener (<c>/realityconnect-api/v1/nodes/{nodeId}/browse</c>) on 127.0.0.1, whose server
/// contract is generated from the spec. Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 500 });
/// emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.ServerError(503));
/// </code>
/// </example>
public sealed class RealityConnectEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly EmulatorState state;
    private readonly WebApplication authority;
    private readonly WebApplication api;
    private int disposed;

    private RealityConnectEmulator(EmulatorState state, WebApplication authority, string authorityUrl, WebApplication api)
    {
        this.state = state;
        this.authority = authority;
        this.api = api;
        AuthorityUrl = authorityUrl;
    }

    /// <summary>The authority's base URL, e.g. <c>http://127.0.0.1:5123</c> (no trailing slash).</summary>
    public string AuthorityUrl { get; }

    /// <summary>The regional API's base URL that api-info answers, e.g. <c>http://127.0.0.1:5124/realityconnect-api</c>.</summary>
    public string ApiUrl => state.ApiUrl;

    /// <summary>
    /// When set, api-info answers this <c>apiUrl</c> instead of <see cref="ApiUrl"/>: a foreign host, plain http
    /// or a relative URL, to check that a client refuses to send its token there. Null restores the real one.
    /// </summary>
    public string? AdvertisedApiUrl
    {
        get => state.AdvertisedApiUrl;
        set => state.AdvertisedApiUrl = value;
    }

    /// <summary>The organization's id (browsing it lists the divisions).</summary>
    public Guid OrganizationId => state.Hierarchy.OrganizationId;

    /// <summary>The demo client's id.</summary>
    public string ClientId => state.Clients.Demo.ClientId;

    /// <summary>The demo client's secret.</summary>
    public string ClientSecret => state.Clients.Demo.ClientSecret;

    /// <summary>Requests received per route.</summary>
    public EmulatorCounters Counters => state.Counters;

    /// <summary>The faults armed per route.</summary>
    public EmulatorFaults Faults => state.Faults;

    /// <summary>The hierarchy browse serves.</summary>
    public EmulatorHierarchy Hierarchy => state.Hierarchy;

    /// <summary>The PEM <c>PUBLIC KEY</c> (P-521) that verifies the ES512 signature of the tokens.</summary>
    public string SigningPublicKeyPem => state.Tokens.PublicKeyPem;

    /// <summary>Starts both listeners.</summary>
    /// <param name="options">Settings; null uses the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static async Task<RealityConnectEmulator> StartAsync(RealityConnectEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RealityConnectEmulatorOptions();
        options.Validate();
        var state = new EmulatorState(options);
        WebApplication? api = null;
        try
        {
            // The regional listener first: the authority's api-info needs its URL.
            (api, var apiUrl) = await EmulatorHost.StartAsync(EmulatorListener.Api, options.ApiPort, state, cancellationToken).ConfigureAwait(false);
            state.ApiUrl = apiUrl + EmulatorHost.ApiBasePath;
            var (authority, authorityUrl) = await EmulatorHost.StartAsync(EmulatorListener.Authority, options.AuthorityPort, state, cancellationToken).ConfigureAwait(false);
            return new RealityConnectEmulator(state, authority, authorityUrl, api);
        }
        catch
        {
            if (api is not null)
            {
                await StopAsync(api).ConfigureAwait(false);
            }

            state.Dispose();
            throw;
        }
    }

    /// <summary>Revokes every token issued so far: they get 401 from now on; tokens issued afterwards work.</summary>
    public void RevokeAllTokens() => state.Tokens.RevokeAll();

    /// <summary>Issues a token for the demo client without an HTTP request (not counted, no fault applies).</summary>
    /// <param name="lifetime">The token's lifetime; null uses the configured one; zero or less is already expired.</param>
    /// <returns>The compact JWT.</returns>
    public string CreateAccessToken(TimeSpan? lifetime = null) =>
        state.Tokens.Issue(state.Clients.Demo, lifetime ?? state.TokenLifetime).AccessToken;

    /// <summary>Stops both listeners (open requests get a few seconds) and releases the signing key.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await StopAsync(authority).ConfigureAwait(false);
        await StopAsync(api).ConfigureAwait(false);
        state.Dispose();
    }

    private static async Task StopAsync(WebApplication app)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
