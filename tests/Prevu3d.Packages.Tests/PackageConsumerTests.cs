using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prevu3d.Packages.Tests.Support;
using Prevu3d.RealityConnect.Emulator;
using Xunit.Abstractions;

namespace Prevu3d.Packages.Tests;

/// <summary>
/// Fresh projects outside the repository that know the three packages only by PackageReference
/// (or <c>dotnet tool install</c>) from a local folder feed.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<LocalFeed>
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);
    private readonly LocalFeed _feed;
    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(LocalFeed feed, ITestOutputHelper log)
    {
        _feed = feed;
        _log = log;
        _log.WriteLine($"packed {feed.Version} in {feed.PackTime.TotalSeconds:F0} s");
    }

    [Fact]
    public async Task SdkPackageShouldRunTheReadmeWorkflowAgainstTheEmulator()
    {
        await using var emulator = await RealityConnectEmulator.StartAsync(new RealityConnectEmulatorOptions { NodeCount = 60 });
        var app = _feed.AddConsumer("SdkApp");
        Report((await _feed.DotNetAsync(app, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false")).EnsureSuccess());

        var environment = new Dictionary<string, string?>(_feed.Environment)
        {
            ["PREVU3D_CLIENT_ID"] = emulator.ClientId,
            ["PREVU3D_CLIENT_SECRET"] = emulator.ClientSecret,
            ["PREVU3D_AUTHORITY_URL"] = emulator.AuthorityUrl,
        };
        var run = Report((await ProcessRun.RunAsync("dotnet", [Path.Combine(app, "bin", "Release", "net10.0", "SdkApp.dll")], app, environment, RunTimeout)).EnsureSuccess());

        var expected = new[] { "organization: " + emulator.Hierarchy.Organization.Name }
            .Concat(emulator.Hierarchy.GetChildren(emulator.OrganizationId).Select(d => "division: " + d.Name));
        Assert.Equal(expected, Lines(run.Output));
        Assert.Equal(1, emulator.Counters.Token);
        Assert.Equal(1, emulator.Counters.Browse);
    }

    [Fact]
    public async Task GeneratorPackageShouldTurnALibrarysOwnSpecIntoAClientThatSendsTheRightRequest()
    {
        var requests = new List<string>();
        await using var server = await StartWidgetServerAsync(requests);
        var baseUrl = server.Urls.Single() + "/api";
        _feed.AddConsumer("WidgetsLib");
        var app = _feed.AddConsumer("WidgetsApp");
        Report((await _feed.DotNetAsync(app, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false")).EnsureSuccess());

        var run = Report((await ProcessRun.RunAsync("dotnet", [Path.Combine(app, "bin", "Release", "net10.0", "WidgetsApp.dll"), baseUrl], app, _feed.Environment, RunTimeout)).EnsureSuccess());

        Assert.Equal(["GET /api/widgets/w-1?verbose=true"], requests);
        Assert.Equal(["widget: Sprocket", "gadgets: WidgetsLib.ApiClient {+baseurl}/gadgets"], Lines(run.Output));
    }

    [Fact]
    public async Task CliPackageShouldInstallAsAToolThatDrawsTheEmbeddedEmulatorsTree()
    {
        var tools = Path.Combine(_feed.Root, "tools");
        Report((await _feed.DotNetAsync(_feed.Root, BuildTimeout, "tool", "install", "Prevu3d.Cli", "--version", _feed.Version, "--tool-path", tools)).EnsureSuccess());

        var run = Report((await ProcessRun.RunAsync(Path.Combine(tools, "prevu3d"), ["tree", "--depth", "2"], _feed.Root, _feed.Environment, RunTimeout)).EnsureSuccess());

        Assert.Contains("embedded RealityConnect emulator", run.Error, StringComparison.Ordinal);
        Assert.Contains("(organization)", Lines(run.Output)[0], StringComparison.Ordinal);
        Assert.Contains(Lines(run.Output), line => line.Contains("(division)", StringComparison.Ordinal));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private ProcessRun Report(ProcessRun run)
    {
        _log.WriteLine($"{run.Command}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");
        return run;
    }

    /// <summary>A one-route server for the generated widgets client: records each request, answers one widget.</summary>
    private static async Task<WidgetServer> StartWidgetServerAsync(List<string> requests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(async context =>
        {
            lock (requests)
            {
                requests.Add($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"w-1","name":"Sprocket"}""");
        });
        await app.StartAsync();
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
        return new WidgetServer(app, urls);
    }

    private sealed record WidgetServer(WebApplication App, IReadOnlyList<string> Urls) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
