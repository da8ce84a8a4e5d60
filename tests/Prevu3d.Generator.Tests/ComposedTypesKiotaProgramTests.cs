using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against the client kiota 1.38 generates from <c>Specs/composed.yaml</c> (the wrapper classes, their
/// namespaces and property names as Kiota writes them) compiles against the generated client and runs over real HTTP.
/// </summary>
public sealed class ComposedTypesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasClientShouldCompileAndRunAgainstTheGeneratedOne()
    {
        using var client = KiotaProgram.Compile("composed.yaml", "Composed", clientClassName: null, TestPaths.ReadSpec("composed-kiota-program.cs.txt"));

        var (output, _) = await KiotaProgram.RunOverHttpAsync(client, ComposedTypesClientTests.Map);

        Assert.Equal(
            """
            cat Tom 9,dog Rex True,none
            stored Rex True
            animal Tom 9
            owner Ann 4 30
            value text
            value 5
            value 0.5
            value True
            value a+b
            value Kit
            tag 7 answer 42

            """.Replace("\r\n", "\n") + "shelter Tom Rex/Kit/-/- Acme 40 7  Solo Maybe ",
            output);
    }
}
