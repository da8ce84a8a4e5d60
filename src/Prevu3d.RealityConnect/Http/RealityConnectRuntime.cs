using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Form;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;
using Prevu3d.RealityConnect.Authentication;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Diagnostics;
using Prevu3d.RealityConnect.Discovery;

namespace Prevu3d.RealityConnect.Http;

/// <summary>
/// Everything behind a <see cref="RealityConnectClient"/> built from options: one adapter whose base URL is the
/// authority, the authentication provider, the token provider and the discovery, all over one <see cref="HttpClient"/>.
/// </summary>
internal sealed class RealityConnectRuntime : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private ClientCredentialsTokenProvider? _tokens;
    private ApiInfoDiscovery? _discovery;
    private bool _disposed;

    private RealityConnectRuntime(ConnectionSettings settings, HttpClient httpClient, bool ownsHttpClient, TimeProvider timeProvider, ILogger logger)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        var authentication = new RealityConnectAuthenticationProvider(settings, () => Tokens, () => Discovery, logger);
        var kiota = new HttpClientRequestAdapter(authentication, CreateParseNodeFactory(), CreateSerializationWriterFactory(), httpClient)
        {
            BaseUrl = settings.AuthorityBaseUrl,
        };
        Adapter = new TransientRetryRequestAdapter(new TokenRenewingRequestAdapter(kiota, () => Tokens, logger), settings, timeProvider, logger);

        // The token and api-info calls go through the generated client too, on the same adapter.
        var authority = new RealityConnectClient(Adapter);
        _tokens = new ClientCredentialsTokenProvider(authority, settings, timeProvider, logger);
        _discovery = new ApiInfoDiscovery(authority, settings, logger);
    }

    /// <summary>The adapter the client's request builders use.</summary>
    public IRequestAdapter Adapter { get; }

    /// <summary>The token provider.</summary>
    public ClientCredentialsTokenProvider Tokens => _tokens ?? throw new ObjectDisposedException(nameof(RealityConnectClient));

    /// <summary>The discovery.</summary>
    public ApiInfoDiscovery Discovery => _discovery ?? throw new ObjectDisposedException(nameof(RealityConnectClient));

    /// <summary>Validates <paramref name="options"/> and builds the runtime.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="httpClient">The HTTP client to send with; a new one with the full pipeline when <see langword="null"/>.</param>
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

        // Only a client we build gets our pipeline; a given HttpClient is used as it is.
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
        _tokens?.Dispose();
        _discovery?.Dispose();
        (Adapter as IDisposable)?.Dispose();
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
