using System.Collections.Immutable;
using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Tests.Helpers;

public sealed class EquatableArrayTests
{
    [Fact]
    public void ArraysWithEqualElementsShouldBeEqualWithEqualHashes()
    {
        var left = new[] { "a", "b" }.ToEquatableArray();
        var right = ImmutableArray.Create("a", "b").ToEquatableArray();

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void ArraysWithDifferentElementsOrOrderShouldDiffer()
    {
        var ab = new[] { "a", "b" }.ToEquatableArray();

        Assert.NotEqual(ab, new[] { "b", "a" }.ToEquatableArray());
        Assert.NotEqual(ab, new[] { "a" }.ToEquatableArray());
        Assert.True(ab != new[] { "a", "c" }.ToEquatableArray());
    }

    [Fact]
    public void DefaultShouldEqualEmpty()
    {
        EquatableArray<string> none = default;

        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.True(none.IsEmpty);
        Assert.Empty(none);
    }

    [Fact]
    public void RecordsHoldingArraysShouldCompareByValue()
    {
        var first = new Holder("x", new[] { 1, 2 }.ToEquatableArray());
        var second = new Holder("x", new[] { 1, 2 }.ToEquatableArray());

        Assert.Equal(first, second);
        Assert.NotEqual(first, second with { Items = new[] { 1 }.ToEquatableArray() });
    }

    private sealed record Holder(string Name, EquatableArray<int> Items);
}
