using Prevu3d.Generator.Templates;

namespace Prevu3d.Generator.Tests.Templates;

/// <summary>The compiled templates of the request options (<c>SecurityRequirementOption</c>, <c>SecuritySchemeInfo</c>, <c>ServerOption</c>).</summary>
public sealed class SecurityRequirementOptionTests
{
    [Fact]
    public void NoAlternativeShouldMeanAnonymousAndAcceptNoScheme()
    {
        var option = new SecurityRequirementOption([]);

        Assert.True(option.IsAnonymous);
        Assert.False(option.Accepts("bearerAuth"));
    }

    [Fact]
    public void ASchemeShouldBeAcceptedWhenAnyAlternativeNamesItExactly()
    {
        var option = new SecurityRequirementOption(
        [
            [new SecuritySchemeInfo("basicAuth", "http", "basic", null, null!)],
            [new SecuritySchemeInfo("bearerAuth", "http", "bearer", "JWT", ["read"]), new SecuritySchemeInfo("apiKey", "apiKey", null, null, [])],
        ]);

        Assert.False(option.IsAnonymous);
        Assert.True(option.Accepts("apiKey"));
        Assert.True(option.Accepts("basicAuth"));
        Assert.False(option.Accepts("BasicAuth"));
        Assert.Empty(option.Requirements[0][0].Scopes);
    }

    [Fact]
    public void AServerWithoutVariablesShouldHaveAnEmptyList()
    {
        var server = new ServerOption("{apiUrl}", isDefault: false, variableNames: null!);

        Assert.Equal("{apiUrl}", server.Url);
        Assert.Empty(server.VariableNames);
    }
}
