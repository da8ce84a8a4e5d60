using System;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

/// <summary>
/// One row of the fault matrix: a fault armed in the emulator, and the SDK behaviour it must produce, in the
/// words of the README's table (<see cref="FaultOutcome.Describe"/> builds the same words from what happened).
/// </summary>
/// <param name="Fault">The fault, as the README's first column says it.</param>
/// <param name="Behaviour">The expected behaviour, as the README's second column says it.</param>
/// <param name="Route">The route whose requests are counted.</param>
/// <param name="Arm">Arms the fault.</param>
internal sealed record FaultCase(string Fault, string Behaviour, EmulatorRoute Route, Action<RealityConnectEmulator> Arm)
{
    /// <summary>Client settings of the row (timeouts for the latency rows).</summary>
    public Action<RealityConnectClientOptions>? Configure { get; init; }

    /// <summary>The calls made; the whole workflow (api-info, then browse the organization) by default.</summary>
    public Func<EmulatorSession, Task> Act { get; init; } = WorkflowAsync;

    /// <summary>Whether the behaviour counts the route's requests (not for timing-dependent rows).</summary>
    public bool CountRequests { get; init; } = true;

    /// <summary>The shortest duration the row may take (a Retry-After that must be honoured).</summary>
    public TimeSpan MinElapsed { get; init; }

    /// <summary>The whole workflow: api-info, then browse the organization.</summary>
    public static async Task WorkflowAsync(EmulatorSession session)
    {
        await session.Client.GetApiInfoAsync();
        var divisions = await session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync();
        Assert.NotEmpty(divisions!);
    }

    /// <inheritdoc/>
    public override string ToString() => Fault;
}
