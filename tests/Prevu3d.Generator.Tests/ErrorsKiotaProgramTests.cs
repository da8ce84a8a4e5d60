using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the error classes kiota 1.38 generates from <c>Specs/errors.yaml</c> (their names,
/// namespaces and the <c>Message</c> each declares) compiles against the generated client and reads the same errors
/// over real HTTP (issue 16).
/// </summary>
public sealed class ErrorsKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasErrorClassesShouldCompileAndReadTheSameMessages()
    {
        using var client = KiotaProgram.Compile("errors.yaml", "Errors", "ErrorsClient", TestPaths.ReadSpec("errors-kiota-program.cs.txt"));

        var (output, _) = await KiotaProgram.RunOverHttpAsync(client, Map);

        // Message: the property marked x-ms-primary-error-message, else "message", else the exception's own.
        Assert.Equal(
            """
            Thing400Error True 400 the detail
            Thing404Error True 404 Exception of type 'Errors.Things.Item.Thing404Error' was thrown.
            Thing500Error True 500 the message
            Models.Thing401Error 1 expired
            Models.Things401Error 2 expired
            Models.Things401Error 3 expired
            d r n
            """.Replace("\r\n", "\n"),
            output);
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/things/{id}", (int id) => id switch
        {
            401 => Results.Text("""{"message":"expired","code":1}""", "application/json", statusCode: 401),
            400 => Results.Text("""{"message":"not this one","detail":"the detail"}""", "application/json", statusCode: 400),
            404 => Results.Text("""{"reason":"gone"}""", "application/json", statusCode: 404),
            _ => Results.Text("""{"message":"the message"}""", "application/json", statusCode: 500),
        });
        app.MapGet("/things", () => Results.Text("""{"message":"expired","code":2}""", "application/json", statusCode: 401));
        app.MapGet("/me/things", () => Results.Text("""{"message":"expired","code":3}""", "application/json", statusCode: 401));
    }
}
