using System;
using Prevu3d.RealityConnect.Emulator.CommandLine;

namespace Prevu3d.RealityConnect.Emulator.Tests.CommandLine;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("250ms", 250)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("00:00:05", 5_000)]
    [InlineData(" 10S ", 10_000)]
    public void TryParseShouldReadCommonForms(string text, int milliseconds)
    {
        Assert.True(DurationParser.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5 parsecs")]
    [InlineData("1e300h")]
    public void TryParseShouldRejectOtherText(string text) => Assert.False(DurationParser.TryParse(text, out _));

    [Theory]
    [InlineData(3_600_000, "1h")]
    [InlineData(300_000, "5m")]
    [InlineData(90_000, "90s")]
    [InlineData(250, "250ms")]
    [InlineData(0, "0s")]
    public void FormatShouldUseTheLargestExactUnit(int milliseconds, string expected) =>
        Assert.Equal(expected, DurationParser.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
