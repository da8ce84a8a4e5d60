using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

public sealed class TypeScopesTests
{
    [Fact]
    public void AChildNamespaceShouldNotTakeTheNameOfATypeBesideIt()
    {
        var scopes = new TypeScopes();
        scopes.For("N").TryReserve("Nodes", "Nodes");

        Assert.Equal("NodesRequests", scopes.ChildNamespace("N", "Nodes"));
        Assert.Equal("Browse", scopes.ChildNamespace("N", "Browse"));
        Assert.Equal("Nodes", scopes.ChildNamespace("Other", "Nodes"));
    }

    [Fact]
    public void InPascalStyleAChildNamespaceBesideATypeOfItsNameShouldEndInEndpoint()
    {
        var scopes = new TypeScopes(NamingStyle.Pascal);
        scopes.For("N").TryReserve("Nodes", "Nodes");

        Assert.Equal("NodesEndpoint", scopes.ChildNamespace("N", "Nodes"));
        Assert.Equal("Math", scopes.ChildNamespace("N", "Math"));
    }

    [Theory]
    [InlineData("Math", "MathNamespace")]
    [InlineData("path", "pathNamespace")]
    [InlineData("Version", "VersionNamespace")]
    [InlineData("Maths", "Maths")]
    public void InKiotaStyleASegmentNamedLikeASystemTypeShouldEndInNamespace(string segment, string expected)
    {
        var scopes = new TypeScopes(NamingStyle.Kiota);

        Assert.Equal(expected, scopes.ChildNamespace("N", segment));
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
