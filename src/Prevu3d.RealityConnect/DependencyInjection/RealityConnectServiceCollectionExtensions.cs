using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prevu3d.RealityConnect;
using Prevu3d.RealityConnect.DependencyInjection;
using Prevu3d.RealityConnect.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="RealityConnectClient"/> with IHttpClientFactory, validated options and logging.</summary>
public static class RealityConnectServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="RealityConnectClient"/> bound to <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>ClientId</c>, <c>ClientSecret</c>, <c>AuthorityUrl</c>, ... (e.g. <c>configuration.GetSection("RealityConnect")</c>).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRealityConnectClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RealityConnectClientOptions>().Bind(configuration);
        return services.AddRealityConnectClientCore();
    }

    /// <summary>Registers a singleton <see cref="RealityConnectClient"/> configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRealityConnectClient(this IServiceCollection services, Action<RealityConnectClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RealityConnectClientOptions>().Configure(configure);
        return services.AddRealityConnectClientCore();
    }

    private static IServiceCollection AddRealityConnectClientCore(this IServiceCollection services)
    {
        // Bad options fail the host's start rather than the first request.
        services.AddOptions<RealityConnectClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RealityConnectClientOptions>, RealityConnectClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(RealityConnectClientOptionsValidator.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(RealityConnectHttp.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var handler in RealityConnectHttp.CreateDelegatingHandlers())
                {
                    handlers.Add(handler);
                }
            })
            // The client's adapter enforces RequestTimeout and AttemptTimeout around all attempts.
            .ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)

            // The factory's request logging redacts header values in its message but not in its structured
            // state, where a structured logging provider would record the Basic header and the token.
            .RemoveAllLoggers();

        services.TryAddSingleton(provider => new RealityConnectClient(
            provider.GetRequiredService<IOptions<RealityConnectClientOptions>>().Value,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(RealityConnectClientOptionsValidator.HttpClientName),
            primaryHandler: null,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
