using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Prevu3d.RealityConnect.DependencyInjection;
using Prevu3d.RealityConnect.Tests.TestSupport;

namespace Prevu3d.RealityConnect.Tests.DependencyInjection;

public sealed class RealityConnectServiceCollectionExtensionsTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestClients.NewClock();
    private readonly FakeRealityConnect _server;

    public RealityConnectServiceCollectionExtensionsTests() => _server = new FakeRealityConnect(_time);

    [Fact]
    public async Task RegistrationShouldBindConfigurationAndResolveAWorkingClient()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RealityConnect:ClientId"] = FakeRealityConnect.ClientId,
            ["RealityConnect:ClientSecret"] = FakeRealityConnect.ClientSecret,
            ["RealityConnect:TokenRefreshBeforeExpiry"] = "00:10:00",
            ["RealityConnect:RequestTimeout"] = "00:00:30",
        }).Build();
        await using var provider = BuildProvider(services => services.AddRealityConnectClient(configuration.GetSection("RealityConnect")));

        var options = provider.GetRequiredService<IOptions<RealityConnectClientOptions>>().Value;
        var client = provider.GetRequiredService<RealityConnectClient>();
        var nodes = await client.V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Equal(TimeSpan.FromMinutes(10), options.TokenRefreshBeforeExpiry);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Same(client, provider.GetRequiredService<RealityConnectClient>());
        Assert.Single(nodes!);
        Assert.Equal(FakeRealityConnect.BasicCredentials, _server.Requests[0].Authorization);
    }

    [Fact]
    public void RegistrationShouldFailValidationAtStartWithOneMessagePerBadSetting()
    {
        using var provider = BuildProvider(services => services.AddRealityConnectClient(o => o.AuthorityUrl = "http://cloud-api.prevu3d.com"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(3, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.Contains("ClientId is missing", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ClientSecret is missing", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("does not use https", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RealityConnectClient>());
    }

    [Fact]
    public async Task RegistrationShouldStripAuthorizationOnARedirectToAnotherAllowedHostThroughTheHttpClientFactory()
    {
        _server.Intercept = request => request.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://api-ec1.prevu3d.com/moved") } }
            : request.RequestUri.Host == "api-ec1.prevu3d.com" ? FakeRealityConnect.Json(HttpStatusCode.OK, "[]") : null;
        await using var provider = BuildProvider(services => services.AddRealityConnectClient(Configure));

        await provider.GetRequiredService<RealityConnectClient>().V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        Assert.Null(_server.Requests.Single(r => r.Uri.Host == "api-ec1.prevu3d.com").Authorization);
    }

    [Fact]
    public async Task RegistrationShouldNotFollowARedirectToAHostOutsideAllowedHosts()
    {
        _server.Intercept = request => request.RequestUri!.AbsolutePath.EndsWith("/browse", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://cdn.example.net/moved") } }
            : null;
        await using var provider = BuildProvider(services => services.AddRealityConnectClient(Configure));

        var error = await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(
            () => provider.GetRequiredService<RealityConnectClient>().V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync());

        Assert.Equal(302, error.ResponseStatusCode);
        Assert.Equal(0, _server.RequestsToHost("cdn.example.net"));
    }

    [Fact]
    public async Task RegistrationShouldLogThroughILoggerWithoutSecretsOrTokens()
    {
        var collector = new FakeLogCollector();
        await using var provider = BuildProvider(services =>
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
            services.AddRealityConnectClient(Configure);
        });

        await provider.GetRequiredService<RealityConnectClient>().V1.Nodes[FakeRealityConnect.OrganizationId].Browse.GetAsync();

        var records = collector.GetSnapshot();
        var text = string.Join("\n", records.Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(s => s.Value) ?? [])));
        Assert.Contains(records, r => r.Category == "Prevu3d.RealityConnect" && r.Id.Id == 1002);
        Assert.DoesNotContain(records, r => r.Category!.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(FakeRealityConnect.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeRealityConnect.BasicCredentials["Basic ".Length..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.IssuedTokens.Single(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistrationShouldAddConfiguredAllowedHostsToTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ClientId"] = "id",
            ["ClientSecret"] = "secret",
            ["AllowedHosts:0"] = "api.partner.example.org",
        }).Build();
        using var provider = BuildProvider(services => services.AddRealityConnectClient(configuration));

        var options = provider.GetRequiredService<IOptions<RealityConnectClientOptions>>().Value;

        Assert.Equal(["*.prevu3d.com", "api.partner.example.org"], options.AllowedHosts);
    }

    [Fact]
    public void RegistrationShouldRefuseNullArguments()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>(() => services.AddRealityConnectClient((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddRealityConnectClient((Action<RealityConnectClientOptions>)null!));
    }

    private static void Configure(RealityConnectClientOptions options)
    {
        options.ClientId = FakeRealityConnect.ClientId;
        options.ClientSecret = FakeRealityConnect.ClientSecret;
    }

    private ServiceProvider BuildProvider(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        services.AddSingleton<TimeProvider>(_time);

        // The fake replaces only the transport: Kiota's middleware and the guard stay in the factory's pipeline.
        services.AddHttpClient(RealityConnectClientOptionsValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(_server));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    // The factory disposes primary handlers it rotates out; the shared fake must survive that.
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
