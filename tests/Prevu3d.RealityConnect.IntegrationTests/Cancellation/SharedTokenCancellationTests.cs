using System;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Emulator;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.Cancellation;

public sealed class SharedTokenCancellationTests
{
    [Fact]
    public async Task CancelledCallerShouldStopAtOnceWithoutCancellingTheTokenFetchOfOthers()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Faults.Next(EmulatorRoute.Token, EmulatorFault.Latency(TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource();

        var impatient = session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync(cancellationToken: cancel.Token);
        var patient = session.Client.V1.Nodes[session.Emulator.OrganizationId].Browse.GetAsync();
        await cancel.CancelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.WaitAsync(TimeSpan.FromSeconds(10)));

        // The impatient caller is out while the shared token request is still being answered.
        Assert.False(patient.IsCompleted);
        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.NotEmpty((await patient.WaitAsync(TimeSpan.FromSeconds(20)))!);
        Assert.Equal(1, session.Emulator.Counters.Token);
    }
}
