using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/inline-places.yaml</c> compiles and runs
/// against the generated one (issue 16): a schema defined inline in an operation and reached by a <c>$ref</c> into the
/// paths from elsewhere keeps the name of the place it is defined at, and an <c>allOf</c> of one component and two
/// inline objects is one class, not a class deriving from the component. In Pascal's style neither changes.
/// </summary>
public sealed class InlinePlacesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasInlinePlacesShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("inline-places.yaml", "InlinePlaces", "InlinePlacesClient", TestPaths.ReadSpec("inline-places-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            survey sig-1 MODERATE ICE
            cooldown 42 Hermes
            extracted True
            bookings 1 b-1 /bookings?page=1 7
            created b-2
            """.Replace("\r\n", "\n"),
            output);
        var created = requests.Single(r => r.Method == "POST" && r.PathAndQuery == "/bookings");
        // The base's properties first, as Kiota's derived class writes them (base.Serialize, then its own).
        Assert.Equal("""{"passenger":"Ada","note":"window"}""", created.Body);
    }

    [Fact]
    public void APlaceReachedByAReferenceIntoThePathsShouldShareTheTypeOfThePlaceItIsDefinedAt()
    {
        using var client = DynamicClient.Create(TestPaths.ReadSpec("inline-places.yaml"), "InlinePlaces", "namespace Probe { }");

        // Kiota types these UntypedNode (it does not follow a $ref into the paths); the schema's own type is kept here.
        Assert.Equal(
            "InlinePlaces.Ships.Item.Refine.RefinePostResponse_data_cooldown",
            client.GetType("InlinePlaces.Ships.Item.Survey.SurveyPostResponse_data").GetProperty("Cooldown")!.PropertyType.FullName);
        Assert.Equal(
            "InlinePlaces.Ships.Item.Survey.SurveyPostResponse_data_surveys",
            client.GetType("InlinePlaces.Ships.Item.Extract.ExtractPostRequestBody").GetProperty("Survey")!.PropertyType.FullName);
        Assert.Equal(
            "InlinePlaces.Ships.Item.Refine.RefinePostResponse_data_cooldown_ship",
            client.GetType("InlinePlaces.Ships.Item.Extract.ExtractPostResponse").GetProperty("Ship")!.PropertyType.FullName);
    }

    [Fact]
    public void PascalStyleShouldKeepMovedSchemasAsComponentsAndDeriveFromTheReferencedOne()
    {
        var result = GeneratorHarness.Run(
            new Dictionary<string, string> { ["build_property.Prevu3dNaming"] = "Pascal", ["build_property.Prevu3dClientNamespace"] = "InlinePlaces" },
            ("/specs/inline-places.yaml", TestPaths.ReadSpec("inline-places.yaml")));

        var (compilation, diagnostics) = GeneratorHarness.Compile(result);

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.NotNull(compilation.GetTypeByMetadataName("InlinePlaces.Models.Cooldown"));
        Assert.Null(compilation.GetTypeByMetadataName("InlinePlaces.Ships.Item.Refine.RefinePostResponseDataCooldown"));
        var page = compilation.GetTypeByMetadataName("InlinePlaces.Bookings.BookingsGetResponse");
        Assert.Equal("InlinePlaces.Models.Wrapper", page!.BaseType!.ToDisplayString());
    }

    private static void Map(WebApplication app)
    {
        app.MapPost("/ships/{shipSymbol}/survey", () => Results.Text(
            """{"data":{"cooldown":{"remainingSeconds":5},"surveys":[{"signature":"sig-1","size":"MODERATE","deposits":[{"symbol":"ICE"}]}]}}""",
            "application/json",
            statusCode: 201));
        app.MapPost("/ships/{shipSymbol}/refine", () => Results.Text("""{"data":{"cooldown":{"remainingSeconds":42,"ship":{"name":"Hermes"}}}}""", "application/json"));
        app.MapPost("/ships/{shipSymbol}/extract", () => Results.Text("""{"ship":{"name":"Hermes"}}""", "application/json"));
        app.MapGet("/bookings", () => Results.Text("""{"data":[{"id":"b-1","passenger":"Ada"}],"links":{"self":"/bookings?page=1"},"total":7}""", "application/json"));
        app.MapPost("/bookings", () => Results.Text("""{"id":"b-2","passenger":"Ada"}""", "application/json", statusCode: 201));
    }
}
