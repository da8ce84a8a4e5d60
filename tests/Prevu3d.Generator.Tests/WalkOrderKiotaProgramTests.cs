using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/walk-order.yaml</c> compiles and runs against
/// the generated one (issue 16): the inline items of an array component that a model's property refers to are named
/// after the node of the path tree where Kiota first builds that model (github's <c>search-result-text-matches</c> is
/// <c>Models.Code</c> under <c>/search/code</c>, <c>Models.Commits</c> under <c>/search/commits</c>). Where that name is
/// another type's already, Kiota reuses that type; the generator keeps the component's name there instead. In Pascal's
/// style nothing changes.
/// </summary>
public sealed class WalkOrderKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasWalkOrderNamesShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("walk-order.yaml", "WalkOrder", "WalkOrderClient", TestPaths.ReadSpec("walk-order-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            code parse.c main in ma mentioned
            commits abc123 fix the fix Ada
            matches 1 hit
            tagged
            """.Replace("\r\n", "\n"),
            output);
        var patched = requests.Single(r => r.Method == "PATCH");
        Assert.Equal("""{"tags":["green"]}""", patched.Body);
    }

    [Fact]
    public void ANameAnotherTypeHasShouldKeepTheComponentsNameInsteadOfReusingThatType()
    {
        using var client = DynamicClient.Create(TestPaths.ReadSpec("walk-order.yaml"), "WalkOrder", "namespace Probe { }");

        // Kiota: List<Models.Pages> (the component the node /pages is named like) and List<Models.WithRepo> (the enum of
        // the tags beside it), which would read the matches as something they are not.
        Assert.Equal(
            "WalkOrder.Models.TextMatches",
            client.GetType("WalkOrder.Models.Pages").GetProperty("Matches")!.PropertyType.GetGenericArguments().Single().FullName);
        Assert.Equal(
            "WalkOrder.Models.TextMatches",
            client.GetType("WalkOrder.Repos.Item.WithRepoPatchRequestBody").GetProperty("Matches")!.PropertyType.GetGenericArguments().Single().FullName);
    }

    [Fact]
    public void PascalStyleShouldNameTheItemsAfterTheComponentEverywhere()
    {
        var result = GeneratorHarness.Run(
            new Dictionary<string, string> { ["build_property.Prevu3dNaming"] = "Pascal", ["build_property.Prevu3dClientNamespace"] = "WalkOrder" },
            ("/specs/walk-order.yaml", TestPaths.ReadSpec("walk-order.yaml")));

        var (compilation, diagnostics) = GeneratorHarness.Compile(result);

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Null(compilation.GetTypeByMetadataName("WalkOrder.Models.Code"));
        Assert.Null(compilation.GetTypeByMetadataName("WalkOrder.Models.Commits"));
        var codeResult = compilation.GetTypeByMetadataName("WalkOrder.Models.CodeResult");
        var textMatches = codeResult!.GetMembers("TextMatches").OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Single();
        Assert.Equal("System.Collections.Generic.List<WalkOrder.Models.TextMatches>?", textMatches.Type.ToDisplayString());
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/search/code", () => Results.Text(
            """{"items":[{"name":"parse.c","author":{"login":"Ada","mentions":[{"fragment":"mentioned"}]},"text_matches":[{"fragment":"main","matches":[{"text":"in ma"}]}]}]}""",
            "application/json"));
        app.MapGet("/search/commits", () => Results.Text(
            """{"items":[{"sha":"abc123","author":{"login":"Ada"},"text_matches":[{"fragment":"fix the","matches":[{"text":"fix"}]}]}]}""",
            "application/json"));
        app.MapGet("/matches", () => Results.Text("""[{"fragment":"f","matches":[{"text":"hit"}]}]""", "application/json"));
        app.MapMethods("/repos/{repoId}", new[] { "PATCH" }, () => Results.NoContent());
    }
}
