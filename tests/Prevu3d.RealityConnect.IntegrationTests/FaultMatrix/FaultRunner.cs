using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

/// <summary>Runs one fault case against a fresh emulator and records what the SDK did.</summary>
internal static class FaultRunner
{
    /// <summary>No row may take longer: proof of no hang, generous for a busy two-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static async Task<(FaultOutcome Outcome, EmulatorSession Session)> RunAsync(FaultCase row, ILoggerFactory? loggerFactory = null)
    {
        var session = await EmulatorSession.StartAsync(configureClient: row.Configure, loggerFactory: loggerFactory);
        row.Arm(session.Emulator);
        var clock = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            await row.Act(session).WaitAsync(Bound);
        }
        catch (TimeoutException e) when (clock.Elapsed >= Bound)
        {
            throw new Xunit.Sdk.XunitException($"'{row.Fault}' did not end within {Bound}: {e.Message}");
        }
        catch (Exception e)
        {
            error = e;
        }

        return (new FaultOutcome(error, session.Emulator.Counters[row.Route], clock.Elapsed), session);
    }
}
