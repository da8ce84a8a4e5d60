using System;
using System.Linq;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.IntegrationTests.Support;

namespace Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

/// <summary>Each emulator fault mode over real HTTP: the SDK's behaviour, and the README's table of it.</summary>
public sealed class FaultMatrixTests
{
    public static TheoryData<string> Faults => new(FaultCases.All.Select(c => c.Fault));

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task SdkShouldBehaveAsTheFaultMatrixSaysWithoutHangingOrLeavingTheEmulator(string fault)
    {
        var row = FaultCases.All.Single(c => c.Fault == fault);

        var (outcome, session) = await FaultRunner.RunAsync(row);
        await using (session)
        {
            Assert.True(outcome.IsExpectedType, $"unexpected exception type: {outcome.Error}");
            Assert.Equal(row.Behaviour, outcome.Describe(row.Route, row.CountRequests));
            Assert.Empty(session.RequestsOutsideTheEmulator());
            Assert.True(outcome.Elapsed >= row.MinElapsed, $"took {outcome.Elapsed}, less than the {row.MinElapsed} the server asked to wait");
        }
    }

    [Fact]
    public void ReadmeShouldHoldTheFaultMatrixTable()
    {
        var expected = ReadmeSection.FaultTable(FaultCases.All);

        var actual = ReadmeSection.ReadOrUpdate("fault-matrix", expected);

        Assert.Equal(expected, actual);
    }
}
