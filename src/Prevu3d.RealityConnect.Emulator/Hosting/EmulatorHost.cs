using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prevu3d.RealityConnect.Emulator.Faults;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>
/// One Kestrel application per listener, on 127.0.0.1 only: each hosts only its own controllers, so a
/// route cannot be reached on the other listener's port, and the regional one answers only under its base path.
/// </summary>
internal static class EmulatorHost
{
    public const string ApiBasePath = "/realityconnect-api";

    public static async Task<(WebApplication App, string Url)> StartAsync(
        EmulatorListener listener,
        int port,
        EmulatorState state,
        CancellationToken cancellationToken = default)
    {
        var app = Build(listener, port, state);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return (app, $"http://127.0.0.1:{new Uri(address).Port}");
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static WebApplication Build(EmulatorListener listener, int port, EmulatorState state)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            // Never the developer exception page, whatever ASPNETCORE_ENVIRONMENT the embedding process has.
            EnvironmentName = Environments.Production,
        });

        // Configured by its options only: no appsettings.json, environment variable or Kestrel section of the
        // embedding process may add endpoints or settings.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (state.LoggerFactory is { } loggerFactory)
        {
            // Registered as an instance: the host does not dispose the caller's factory.
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(state);
        builder.Services
            .AddControllers(mvc => mvc.Filters.Add<NotEmulatedFilter>())
            .ConfigureApplicationPartManager(parts =>
            {
                // Only this listener's controllers, whatever assembly embeds the emulator.
                foreach (var provider in parts.FeatureProviders.OfType<ControllerFeatureProvider>().ToList())
                {
                    parts.FeatureProviders.Remove(provider);
                }

                parts.FeatureProviders.Add(new ListenerControllerProvider(listener));
            })
            .AddJsonOptions(json => EmulatorJson.Configure(json.JsonSerializerOptions));

        var app = builder.Build();
        if (listener == EmulatorListener.Api)
        {
            app.Use(RequireApiBasePath);
        }

        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        app.MapControllers();
        return app;
    }

    // Like the real regional host, everything lives under /realityconnect-api; anything else is 404.
    private static Task RequireApiBasePath(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(ApiBasePath, out var remaining))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Request.PathBase = context.Request.PathBase.Add(ApiBasePath);
        context.Request.Path = remaining;
        return next(context);
    }
}
