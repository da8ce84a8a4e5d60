using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/value-shapes.yaml</c> compiles against the
/// generated client and runs over real HTTP (issue 16): <c>type: object</c> beside an <c>allOf</c> of one component is an
/// inline class deriving from it (spotify's <c>AudiobookObject_chapters</c>), an array of references to any JSON value is
/// a <c>List&lt;UntypedNode&gt;</c> (slack's <c>channels</c>), and an enum of <c>""</c> alone is a <c>string</c>.
/// </summary>
public sealed class ValueShapesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasValueShapesShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("value-shapes.yaml", "ValueShapes", "ValueShapesClient", TestPaths.ReadSpec("value-shapes-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            book Kiota 3 ada
            channels 2 UntypedArray,UntypedObject notes UntypedArray grid UntypedArray
            labelled
            """.Replace("\r\n", "\n"),
            output);
        Assert.Equal("""{"blank":"","color":"red"}""", requests.Single(r => r.Method == "POST").Body);
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/audiobooks/{id}", () => Results.Text("""{"name":"Kiota","chapters":{"total":3,"href":"h"},"narrator":{"login":"ada"}}""", "application/json"));
        app.MapGet("/conversations", () => Results.Text("""{"channels":[[{"id":"c1"}],{"name":"general"}],"notes":[1,2],"grid":[[["a"]]]}""", "application/json"));
        app.MapPost("/labels", () => Results.NoContent());
    }
}
