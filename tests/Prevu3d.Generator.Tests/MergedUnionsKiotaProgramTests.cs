using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/merged-unions.yaml</c> compiles against the
/// generated client and runs over real HTTP (issue 16): an object whose <c>oneOf</c>/<c>anyOf</c> alternatives say too
/// little of their shape to be told apart (each an <c>allOf</c>, or a bare <c>type: object</c>) is one class with
/// <c>IAdditionalDataHolder</c> and the properties the alternatives list themselves, as Kiota makes it, and keeps
/// every other member in <c>AdditionalData</c>; a union of two referenced objects stays a wrapper; an <c>allOf</c> of
/// inline objects keeps the first definition of a property; an inline composed response is declared under Kiota's older
/// response name too; the inline type of a property a derived schema defines again is declared, the property stays the
/// base's.
/// </summary>
public sealed class MergedUnionsKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasMergedUnionClassesShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("merged-unions.yaml", "MergedUnions", "MergedUnionsClient", TestPaths.ReadSpec("merged-unions-kiota-program.cs.txt"));

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            person  Write True 
            group Group ops 2
            rules True True 1/2
            label bug
            search a/b True
            conflict busy taken 1
            """.Replace("\r\n", "\n"),
            output);
        var put = requests.Single(r => r.Method == "PUT");
        Assert.Equal("""{"access":"read","kind":"group","name":"ops","size":2}""", put.Body);
        var post = requests.Single(r => r.Method == "POST");
        Assert.Equal("""{"label":{"color":"red","name":"bug"}}""", post.Body);
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/members/ann", () => Results.Text("""{"kind":"person","access":"write","login":"ann","id":4}""", "application/json"));
        app.MapGet("/members/ops", () => Results.Text("""{"kind":"group","access":"read","name":"ops","size":2}""", "application/json"));
        app.MapPut("/members/ops", () => Results.NoContent());
        app.MapPost("/labels", () => Results.NoContent());
        app.MapGet("/conflicts", () => Results.Text("""{"message":"busy","context_info":{"message":"taken","conflicts":["a"]}}""", "application/json"));
        app.MapGet("/search", () => Results.Text("""{"names":["a","b"]}""", "application/json"));
        app.MapGet("/rules", () => Results.Text("""{"conditions":{"names":["a"]},"target":{"ids":[1,2]}}""", "application/json"));
    }
}
