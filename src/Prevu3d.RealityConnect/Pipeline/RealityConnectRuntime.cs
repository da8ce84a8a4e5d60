using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Form;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Discovery;
using Prevu3d.RealityConnect.Http;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// Everything behind a <see cref="RealityConnectClient"/> built from options, over one <see cref="HttpClient"/>: three
/// adapters on the same pipeline, each authenticating only with what is built before it, so no request can recurse
/// into the authentication that waits for it.
/// </summary>
/// <remarks>
/// The token request goes through an adapter that knows only the client credentials; api-info through one that also
/// has the token provider; the client's own requests through one that also has the discovery (for <c>apiUrl</c>).
/// </remarks>
internal sealed class RealityConnectRuntime : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly RealityConnectRequestAdapter _tokenAdapter;
    private readonly RealityConnectRequestAdapter _discoveryAdapter;
    private readonly ClientCredentialsTokenProvider _tokens;
    private readonly ApiInfoDiscovery _discovery;
    private bool _disposed;

    private RealityConnectRuntime(ConnectionSettings settings, HttpClient httpClient, bool ownsHttpClient, TimeProvider timeProvider, ILogger logger)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        var retry = new TransientRetry(settings, timeProvider, logger, Random.Shared.NextDouble);
        var parseNodes = CreateParseNodeFactory();
        var writers = CreateSerializationWriterFactory();
        // Parsed answers are read from the connection once (see HeadersReadHttpClient); the wrapper owns no resource.
        var headersRead = new HeadersReadHttpClient(httpClient);
        RealityConnectRequestAdapter CreateAdapter(ClientCredentialsTokenProvider? tokens, ApiInfoDiscovery? discovery)
        {
            var kiota = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), parseNodes, writers, httpClient) { BaseUrl = settings.AuthorityBaseUrl };
            var parsing = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), parseNodes, writers, headersRead) { BaseUrl = settings.AuthorityBaseUrl };
            var authentication = new RealityConnectAuthenticationProvider(settings, tokens, discovery, logger);
            var renewal = tokens is null ? null : new TokenRenewal(tokens, logger);
            return new RealityConnectRequestAdapter(kiota, new RequestPipeline(settings, timeProvider, authentication, retry, renewal), parsing);
        }

        _tokenAdapter = CreateAdapter(null, null);
        _tokens = new ClientCredentialsTokenProvider(new RealityConnectClient(_tokenAdapter).Oauth, settings, timeProvider, logger);
        _discoveryAdapter = CreateAdapter(_tokens, null);
        _discovery = new ApiInfoDiscovery(new RealityConnectClient(_discoveryAdapter).Oauth, settings, logger);
        Adapter = CreateAdapter(_tokens, _discovery);
    }

    /// <summary>The adapter the client's request builders use.</summary>
    public IRequestAdapter Adapter { get; }

    /// <summary>The token provider.</summary>
    public ClientCredentialsTokenProvider Tokens => _tokens;

    /// <summary>The discovery.</summary>
    public ApiInfoDiscovery Discovery => _discovery;

    /// <summary>Validates <paramref name="options"/> and builds the runtime.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="httpClient">An HTTP client that already holds the SDK's handlers (IHttpClientFactory's); a new one with the full pipeline when <see langword="null"/>.</param>
    /// <param name="primaryHandler">The transport under a new pipeline when <paramref name="httpClient"/> is null (not disposed here).</param>
    /// <param name="ownsHttpClient">Whether disposing the runtime disposes a given <paramref name="httpClient"/>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="loggerFactory">The source of the runtime's logger.</param>
    /// <returns>The runtime.</returns>
    public static RealityConnectRuntime Create(
        RealityConnectClientOptions options,
        HttpClient? httpClient,
        HttpMessageHandler? primaryHandler,
        bool ownsHttpClient,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var settings = ConnectionSettings.From(options);
        var logger = loggerFactory.CreateLogger(Log.Category);

        // A client given here is IHttpClientFactory's, which AddRealityConnectClient builds with the SDK's handlers;
        // a user's HttpClient arrives as the transport under a new pipeline (HttpClientTransport).
        var client = httpClient ?? RealityConnectHttp.CreateHttpClient(primaryHandler);
        return new RealityConnectRuntime(settings, client, httpClient is null || ownsHttpClient, timeProvider, logger);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _tokens.Dispose();
        _discovery.Dispose();
        (Adapter as IDisposable)?.Dispose();
        _discoveryAdapter.Dispose();
        _tokenAdapter.Dispose();
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private static ParseNodeFactoryRegistry CreateParseNodeFactory()
    {
        var registry = new ParseNodeFactoryRegistry();
        // The generated fast path: reads answers straight into the models, by Kiota's JsonParseNode rules.
        registry.ContentTypeAssociatedFactories["application/json"] = new GeneratedJsonParseNodeFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextParseNodeFactory();
        registry.ContentTypeAssociatedFactories["application/x-www-form-urlencoded"] = new FormParseNodeFactory();
        return registry;
    }

    private static SerializationWriterFactoryRegistry CreateSerializationWriterFactory()
    {
        var registry = new SerializationWriterFactoryRegistry();
        registry.ContentTypeAssociatedFactories["application/json"] = new JsonSerializationWriterFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextSerializationWriterFactory();
        registry.ContentTypeAssociatedFactories["application/x-www-form-urlencoded"] = new FormSerializationWriterFactory();
        return registry;
    }
}
