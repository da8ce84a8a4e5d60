using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Prevu3d.RealityConnect.Http;
using Prevu3d.RealityConnect.Pipeline;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect;

/// <summary>
/// The RealityConnect client. Built from <see cref="RealityConnectClientOptions"/>, it obtains client-credentials
/// tokens, discovers the regional API base URL from api-info, and authenticates every request as the spec says.
/// </summary>
public partial class RealityConnectClient : IDisposable
{
    private readonly RealityConnectRuntime? _runtime;

    /// <summary>Creates a client with its own HTTP pipeline.</summary>
    /// <param name="options">Credentials and settings; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid (one line per bad setting).</exception>
    public RealityConnectClient(RealityConnectClientOptions options)
        : this(RealityConnectRuntime.Create(options, null, null, ownsHttpClient: true, TimeProvider.System, NullLoggerFactory.Instance))
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, under the SDK's own handlers.</summary>
    /// <param name="options">Credentials and settings; validated here.</param>
    /// <param name="httpClient">
    /// The HTTP client to use; not disposed by this client. The SDK's redirect rule, credential guard and handling of
    /// non-JSON error answers run above it, as on the clients the SDK builds. Build it with <c>AllowAutoRedirect = false</c>
    /// (a redirect it follows by itself to another origin ends the call with an <see cref="Microsoft.Kiota.Abstractions.ApiException"/>),
    /// without Kiota's retry handler (the client retries by itself, see <see cref="RealityConnectClientOptions.MaxRetries"/>),
    /// and with a <see cref="HttpClient.Timeout"/> no shorter than <see cref="RealityConnectClientOptions.RequestTimeout"/>.
    /// </param>
    /// <exception cref="ArgumentException">The options are invalid (one line per bad setting).</exception>
    public RealityConnectClient(RealityConnectClientOptions options, HttpClient httpClient)
        : this(RealityConnectRuntime.Create(options, null, new HttpClientTransport(Required(httpClient)), ownsHttpClient: true, TimeProvider.System, NullLoggerFactory.Instance))
    {
    }

    /// <summary>Creates a client whose HTTP pipeline (Kiota's middleware and the credential guard) ends in <paramref name="primaryHandler"/>.</summary>
    /// <param name="options">Credentials and settings; validated here.</param>
    /// <param name="primaryHandler">The transport (a proxy-configured handler, a test double); not disposed by this client.</param>
    /// <exception cref="ArgumentException">The options are invalid (one line per bad setting).</exception>
    public RealityConnectClient(RealityConnectClientOptions options, HttpMessageHandler primaryHandler)
        : this(RealityConnectRuntime.Create(options, null, Required(primaryHandler), ownsHttpClient: true, TimeProvider.System, NullLoggerFactory.Instance))
    {
    }

    /// <summary>Creates a client with every dependency given (dependency injection and tests).</summary>
    /// <param name="options">Credentials and settings; validated here.</param>
    /// <param name="httpClient">An HTTP client used as it is (owned: disposed with this client), or <see langword="null"/>.</param>
    /// <param name="primaryHandler">The transport under a new pipeline when <paramref name="httpClient"/> is null.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="loggerFactory">The logger source.</param>
    internal RealityConnectClient(
        RealityConnectClientOptions options, HttpClient? httpClient, HttpMessageHandler? primaryHandler, TimeProvider timeProvider, ILoggerFactory loggerFactory)
        : this(RealityConnectRuntime.Create(options, httpClient, primaryHandler, ownsHttpClient: true, timeProvider, loggerFactory))
    {
    }

    private RealityConnectClient(RealityConnectRuntime runtime)
        : this(runtime.Adapter)
    {
        _runtime = runtime;
    }

    /// <summary>
    /// What api-info says about the credentials: user, organization, scopes and regional API URL. Fetched once
    /// (it is the same call discovery makes) and cached; a failure is not cached.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller's wait.</param>
    /// <returns>The api-info answer.</returns>
    /// <exception cref="RealityConnectAuthenticationException">No token could be obtained.</exception>
    /// <exception cref="RealityConnectDiscoveryException">api-info failed, or (without a configured ApiUrl) its apiUrl is refused.</exception>
    /// <exception cref="InvalidOperationException">The client was built from a bare request adapter, not from options.</exception>
    public Task<ApiInfo> GetApiInfoAsync(CancellationToken cancellationToken = default)
    {
        if (_runtime is null)
        {
            throw new InvalidOperationException(
                "GetApiInfoAsync needs a client created from RealityConnectClientOptions; use Oauth.ApiInfo.GetAsync() on an adapter-built client.");
        }

        return _runtime.Discovery.GetApiInfoAsync(cancellationToken);
    }

    /// <summary>Releases the HTTP client this instance created and stops token and discovery requests in flight.</summary>
    public void Dispose()
    {
        _runtime?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static T Required<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }
}
