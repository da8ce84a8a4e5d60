using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/union-alternatives.yaml</c> compiles against the
/// generated client and runs over real HTTP (issue 16): a union component the document names only as an alternative of
/// another union is one class of its alternatives' properties (<c>Deleted_source</c>: <c>Currency</c> from one
/// alternative, <c>Object</c> typed by the first, its enum holding the other's value too, which Kiota reads as null),
/// while a union component also referenced directly stays a wrapper; of a builder whose post and delete both answer with
/// an inline union, Kiota's older response name holds the delete's alternatives although the document lists the post
/// first.
/// </summary>
public sealed class UnionAlternativesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasMergedAlternativeClassShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("union-alternatives.yaml", "UnionAlternatives", "UnionAlternativesClient", TestPaths.ReadSpec("union-alternatives-kiota-program.cs.txt"));

        var (output, _) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            deleted s1 eur True Bank_account True
            source visa True
            updated Bank of Tests
            """.Replace("\r\n", "\n"),
            output);
    }

    [Fact]
    public async Task AProgramWrittenAgainstKiotasOlderResponseNameShouldFindTheDeletesAlternativesThere()
    {
        using var client = KiotaProgram.Compile("union-alternatives.yaml", "UnionAlternatives", "UnionAlternativesClient", TestPaths.ReadSpec("older-response-kiota-program.cs.txt"));

        var (output, _) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal("older True True True", output);
    }

    private static void Map(WebApplication app)
    {
        app.MapDelete("/sources/s1", () => Results.Text("""{"id":"s1","deleted":true,"object":"bank_account","currency":"eur"}""", "application/json"));
        app.MapGet("/sources/s1", () => Results.Text("""{"id":"c1","brand":"visa","object":"card"}""", "application/json"));
        app.MapPost("/sources/s1", () => Results.Text("""{"id":"b1","bank_name":"Bank of Tests","object":"bank_account"}""", "application/json"));
    }
}
