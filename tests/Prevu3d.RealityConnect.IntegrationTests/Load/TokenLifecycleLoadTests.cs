using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Prevu3d.RealityConnect.IntegrationTests.Load;

/// <summary>Many concurrent browse requests while short-lived tokens expire and all tokens are revoked once.</summary>
public sealed class TokenLifecycleLoadTests(ITestOutputHelper output)
{
    /// <summary>Requests of the run; <c>PREVU3D_LOAD_REQUESTS</c> overrides it (e.g. 100000 locally).</summary>
    public const int DefaultRequests = 10_000;

    private const int Concurrency = 64;
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task BrowseRunShouldSurviveShortTokensAndARevocationWithoutFailuresOrATokenStampede()
    {
        var total = Requests();
        await using var session = await EmulatorSession.StartAsync(
            e => e.TokenLifetime = TokenLifetime,
            o => o.TokenRefreshBeforeExpiry = RefreshMargin);
        var divisions = (await session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync())!.Select(n => n.Id!.Value).ToArray();
        var tokensBefore = session.Emulator.Counters.Token;
        var done = 0;
        var failures = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, cancellationToken) =>
        {
            try
            {
                var nodes = await session.Client.V1.Nodes[divisions[i % divisions.Length]].Browse.GetAsync(cancellationToken: cancellationToken);
                Assert.NotNull(nodes);
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref failures);
                output.WriteLine($"request {i} failed: {e.GetType().Name}: {e.Message}");
            }

            // Halfway through, every token in circulation stops working.
            if (Interlocked.Increment(ref done) == total / 2)
            {
                session.Emulator.RevokeAllTokens();
            }
        });
        clock.Stop();

        var tokens = session.Emulator.Counters.Token - tokensBefore;
        var expected = clock.Elapsed / TokenLifetime;

        // exp has whole seconds, so a token can live up to a second less than its lifetime, minus the margin.
        var most = Math.Ceiling(clock.Elapsed / (TokenLifetime - TimeSpan.FromSeconds(1) - RefreshMargin)) + 2;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} requests at concurrency {Concurrency} in {clock.Elapsed.TotalSeconds:F1} s: {failures} failed, {tokens} token requests (run time / lifetime = {expected:F1}, bound {most}), {session.Emulator.Counters.Browse} browse requests received."));
        Assert.Equal(0, failures);
        Assert.InRange(tokens, Math.Floor(expected), most);
    }

    private static int Requests()
        => int.TryParse(Environment.GetEnvironmentVariable("PREVU3D_LOAD_REQUESTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultRequests;
}
