using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

public sealed class TypeScopesTests
{
    [Fact]
    public void AChildNamespaceShouldNotTakeTheNameOfATypeBesideIt()
    {
        var scopes = new TypeScopes();
        scopes.For("N").TryReserve("Nodes", "Nodes");

        Assert.Equal("NodesEndpoint", scopes.ChildNamespace("N", "Nodes"));
        Assert.Equal("Browse", scopes.ChildNamespace("N", "Browse"));
        Assert.Equal("Nodes", scopes.ChildNamespace("Other", "Nodes"));
    }

    [Fact]
    public void ASpecNameShouldFallBackToItsUnderscoredFormThenANumberedName()
    {
        var scope = new NameScope();

        Assert.Equal("AccessToken", scope.ReserveSpecName("AccessToken", out _));
        Assert.Equal("Access_token", scope.ReserveSpecName("access_token", out var preferred));
        Assert.Equal("AccessToken", preferred);
        Assert.Equal("AccessToken2", scope.ReserveSpecName("Access_token", out _));
        Assert.Equal("access_token", scope.OwnerOf("Access_token"));
    }
}
