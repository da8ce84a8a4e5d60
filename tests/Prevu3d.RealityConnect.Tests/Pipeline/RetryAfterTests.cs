using System;
using System.Collections.Generic;
using Prevu3d.RealityConnect.Pipeline;

namespace Prevu3d.RealityConnect.Tests.Pipeline;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData(" 120 ", 120)]
    public void RetryAfterShouldReadWholeSeconds(string value, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(value, Now));

    [Fact]
    public void RetryAfterShouldReadAnHttpDateTwoMinutesAheadAsTwoMinutesNotAsItsSecondsComponent()
        => Assert.Equal(TimeSpan.FromSeconds(125), RetryAfter.Parse("Sat, 28 Nov 2026 12:02:05 GMT", Now));

    [Fact]
    public void RetryAfterShouldReadTheDateAsGmtWhateverTheOffsetOfNow()
    {
        var sameInstantElsewhere = Now.ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Parse("Sat, 28 Nov 2026 12:00:30 GMT", sameInstantElsewhere));
    }

    [Theory]
    [InlineData("Saturday, 28-Nov-26 12:01:00 GMT")]
    [InlineData("Sat Nov 28 12:01:00 2026")]
    public void RetryAfterShouldReadTheObsoleteDateForms(string value)
        => Assert.Equal(TimeSpan.FromMinutes(1), RetryAfter.Parse(value, Now));

    [Fact]
    public void RetryAfterShouldReadAPastDateAsNoWait()
        => Assert.Equal(TimeSpan.Zero, RetryAfter.Parse("Sat, 28 Nov 2026 11:00:00 GMT", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("soon")]
    public void RetryAfterShouldIgnoreUnreadableValues(string? value)
        => Assert.Null(RetryAfter.Parse(value, Now));

    [Fact]
    public void RetryAfterShouldCapAHugeNumberInsteadOfOverflowing()
        => Assert.Equal(TimeSpan.FromDays(1), RetryAfter.Parse("99999999999999999", Now));

    [Fact]
    public void RetryAfterShouldFindTheHeaderInKiotasResponseHeadersWhateverItsCase()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["retry-after"] = ["3"] };

        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfter.Read(headers, Now));
        Assert.Null(RetryAfter.Read(new Dictionary<string, IEnumerable<string>>(), Now));
    }
}
