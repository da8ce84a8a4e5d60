using System.Linq;
using Prevu3d.Generator.Parsing;

namespace Prevu3d.Generator.Tests.Parsing;

public sealed class SpecLimitsTests
{
    [Fact]
    public void AliasExpansionShouldCountTheNodesAliasesAdd()
    {
        var positions = SpecPositions.Load("/x.yaml", "a: &a [1, 2]\nb: *a\nc: *a\n");

        var (added, depth) = SpecLimits.AliasExpansion(positions.Root!);

        // Each alias repeats the 3-node sequence: 6 nodes more than the text holds.
        Assert.Equal(6, added);
        Assert.Equal(3, depth);
    }

    [Fact]
    public void AliasBombShouldBeMeasuredWithoutExpandingIt()
    {
        var levels = Enumerable.Range(1, 60).Select(i => "l" + i + ": &l" + i + " [" + string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10)) + "]");
        var text = "l0: &l0 [lol]\n" + string.Join("\n", levels) + "\n";

        var (added, _) = SpecLimits.AliasExpansion(SpecPositions.Load("/bomb.yaml", text).Root!);

        // 10^60 nodes saturate instead of overflowing, in microseconds.
        Assert.True(added > long.MaxValue / 2);
    }

    [Fact]
    public void AliasChainShouldReportItsExpandedDepth()
    {
        var levels = Enumerable.Range(1, 100).Select(i => "l" + i + ": &l" + i + " [*l" + (i - 1) + "]");
        var text = "l0: &l0 [x]\n" + string.Join("\n", levels) + "\n";

        var (_, depth) = SpecLimits.AliasExpansion(SpecPositions.Load("/chain.yaml", text).Root!);

        Assert.True(depth > SpecLimits.MaxExpandedDepth);
    }
}
