using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator.CommandLine;
using Prevu3d.RealityConnect.Emulator.Tests.Support;

namespace Prevu3d.RealityConnect.Emulator.Tests.CommandLine;

public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task RunShouldPrintUrlsAndCredentialsThenServeUntilCancelled()
    {
        var output = new StringWriter();
        var started = new TaskCompletionSource<RealityConnectEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = EmulatorCommand.RunAsync(
            ["--nodes", "5000", "--seed", "3", "--token-lifetime", "90s", "--fault", "token=503*1", "--fault", "browse=latency:10ms"],
            TextWriter.Synchronized(output),
            TextWriter.Null,
            interactive: false,
            started.SetResult,
            stop.Token);
        var emulator = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var banner = output.ToString();
        Assert.Contains(emulator.AuthorityUrl, banner);
        Assert.Contains(emulator.ApiUrl, banner);
        Assert.Contains(emulator.ClientId, banner);
        Assert.Contains(emulator.ClientSecret, banner);
        Assert.Contains(emulator.OrganizationId.ToString(), banner);
        Assert.Equal(5000, emulator.Hierarchy.Count);
        Assert.Equal(3, emulator.Hierarchy.Seed);

        using var http = EmulatorHttp.NewClient();
        using (var faulted = await http.SendAsync(EmulatorHttp.TokenRequest(emulator)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        }

        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        Assert.Equal(90, Jwt.Claim(token, "exp") - Jwt.Claim(token, "iat"));

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Stopped", output.ToString());
        await Assert.ThrowsAsync<System.Net.Http.HttpRequestException>(() => http.GetAsync(emulator.AuthorityUrl + "/oauth/api-info"));
    }

    [Fact]
    public async Task ForbidFaultFromTheCommandLineShouldRefuseThatNodesBrowse()
    {
        var output = new StringWriter();
        var started = new TaskCompletionSource<RealityConnectEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // The default seed and size give the same ids every run, so a user can name a node before starting.
        var hierarchy = EmulatorHierarchy.Generate(RealityConnectEmulatorOptions.DefaultNodeCount, RealityConnectEmulatorOptions.DefaultSeed);
        var site = hierarchy.Nodes.First(n => n.Type == EmulatorNodeType.Site).Id;
        var run = EmulatorCommand.RunAsync(["--fault", $"browse=forbid:{site}"], TextWriter.Synchronized(output), TextWriter.Null, false, started.SetResult, stop.Token);
        var emulator = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var http = EmulatorHttp.NewClient();
        var token = await EmulatorHttp.GetTokenAsync(http, emulator);
        using (var response = await http.SendAsync(EmulatorHttp.Get(EmulatorHttp.BrowseUrl(emulator, site), token)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Contains($"forbid:{site}", output.ToString());
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Rfc6749FlagShouldChangeTheTokenShape()
    {
        var started = new TaskCompletionSource<RealityConnectEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = EmulatorCommand.RunAsync(["--rfc6749", "--client-id", "cli-id", "--client-secret", "cli-secret"], TextWriter.Null, TextWriter.Null, false, started.SetResult, stop.Token);
        var emulator = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var http = EmulatorHttp.NewClient();
        using var response = await http.SendAsync(EmulatorHttp.TokenRequest(emulator.AuthorityUrl, "cli-id", "cli-secret"));
        using var body = await EmulatorHttp.ReadJsonAsync(response);

        Assert.True(body.RootElement.TryGetProperty("access_token", out _));
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("--fault", "tokens=503")]
    [InlineData("--fault", "browse=has-error")]
    [InlineData("--fault", "browse=forbid:not-a-uuid")]
    [InlineData("--fault", "api-info=hide:3f2b1c0e-9d47-4c1e-9a8d-5e0d7a3c2b6f")]
    [InlineData("--nodes", "0")]
    public async Task InvalidSettingsShouldFailBeforeListening(string option, string value)
    {
        var error = new StringWriter();
        var started = false;

        var exitCode = await EmulatorCommand.RunAsync([option, value], TextWriter.Null, error, false, _ => started = true);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.False(started);
    }

    [Theory]
    [InlineData("--latency", "soon")]
    [InlineData("--nodes", "many")]
    public async Task UnparsableValuesShouldBeReportedByTheParser(string option, string value)
    {
        var error = new StringWriter();
        var started = false;

        var exitCode = await EmulatorCommand.RunAsync([option, value], TextWriter.Null, error, false, _ => started = true);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(value, error.ToString(), StringComparison.Ordinal);
        Assert.False(started);
    }
}
