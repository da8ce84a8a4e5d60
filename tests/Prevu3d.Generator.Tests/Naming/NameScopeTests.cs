using System.Linq;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

public sealed class NameScopeTests
{
    [Fact]
    public void SpecNamesThatCleanUpAlikeShouldGetDistinctNamesInsteadOfAnError()
    {
        var scope = new NameScope();

        var plus = scope.ReserveSpecName("+1", out _);
        var minus = scope.ReserveSpecName("-1", out _);

        Assert.Equal("_1", plus);
        Assert.Equal("Minus1", minus);
    }

    [Fact]
    public void EachFallbackShouldBeTriedInOrderThenANumberedSuffix()
    {
        var scope = new NameScope();

        var names = new[] { "foo_bar", "foo-bar", "foo.bar", "foo..bar", "fooBar" }
            .Select(raw => scope.ReserveSpecName(raw, out _))
            .ToArray();

        Assert.Equal(new[] { "FooBar", "Foo_bar", "FooDotBar", "Foo__bar", "FooBar2" }, names);
    }

    [Fact]
    public void NamesTakenByTheTypeShouldNeverBeHandedOut()
    {
        var scope = new NameScope("Value", "Value_");

        Assert.Equal("Value2", scope.ReserveSpecName("value", "Value"));
    }
}
