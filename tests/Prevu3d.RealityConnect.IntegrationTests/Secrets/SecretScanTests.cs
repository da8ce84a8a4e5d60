using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.Secrets;

public sealed class SecretScanTests
{
    [Fact]
    public async Task NoLogLineExceptionOptionsOrResponseShouldHoldTheSecretTheBasicValueOrAnyToken()
    {
        var collector = new FakeLogCollector();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var texts = new List<string>();
        var secrets = new HashSet<string>(StringComparer.Ordinal);

        var workflow = new FaultCase("no fault", "succeeds", Emulator.EmulatorRoute.Browse, _ => { });
        foreach (var row in FaultCases.All.Prepend(workflow))
        {
            var (outcome, session) = await FaultRunner.RunAsync(row, loggers);
            await using (session)
            {
                texts.Add(outcome.Error?.ToString() ?? string.Empty);
                texts.Add(session.Options.ToString());
                texts.Add(session.Client.ToString()!);
                if (outcome.Error is null)
                {
                    var info = await session.Client.GetApiInfoAsync();
                    texts.Add(info.ToString()!);
                    texts.Add(info.User?.ToString() ?? string.Empty);
                    texts.AddRange((await session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync())!.Select(n => n.ToString()!));
                }

                secrets.Add(session.Options.ClientSecret!);
                secrets.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(session.Options.ClientId + ":" + session.Options.ClientSecret)));
                secrets.UnionWith(session.Transport.Secrets);
            }
        }

        texts.AddRange(collector.GetSnapshot().Select(Describe));
        var leaks = secrets.SelectMany(secret => texts.Where(t => t.Contains(secret, StringComparison.Ordinal)).Select(t => t[..Math.Min(200, t.Length)])).ToList();

        // The scan must have had something to find: tokens were issued and the runtime logged at every level it uses.
        Assert.True(secrets.Count > 10, $"only {secrets.Count} secrets collected");
        Assert.Contains(collector.GetSnapshot(), r => r.Level == LogLevel.Debug);
        Assert.Contains(collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Empty(leaks);
    }

    [Fact]
    public void ScanShouldFindASecretInAStructuredLogValue()
    {
        var record = new FakeLogCollector();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(record)));
        loggers.CreateLogger("t").LogInformation("value {Value}", "rc-emulator-demo-secret");

        Assert.Contains("rc-emulator-demo-secret", Describe(record.GetSnapshot().Single()), StringComparison.Ordinal);
    }

    // Message, every structured value and the exception: whatever a logging provider could write.
    private static string Describe(FakeLogRecord record)
        => string.Join(" | ", new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
            .Concat(record.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? []));
}
