using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Property names made of symbols (<c>+1</c> → <c>Plus1</c>, <c>-1</c> → <c>Minus1</c>) or named like a model's own members
/// (<c>additionalData</c> → <c>AdditionalDataProperty</c>), and <c>oneOf</c> alternatives that are arrays without a schema
/// name (a list of <c>{Wrapper}Member1</c>), from <c>Specs/names.yaml</c>: a program written against the client kiota 1.38
/// generates compiles against ours and prints what it printed against Kiota's (issue 16).
/// </summary>
public sealed class NamesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasNamesShouldCompileAndPrintWhatItPrintedAgainstKiota()
    {
        using var client = KiotaProgram.Compile("names.yaml", "Names", "ApiClient", TestPaths.ReadSpec("names-kiota-program.cs.txt"));

        var output = await KiotaProgram.RunAsync(client);

        // The lines the same program printed against Kiota's own client.
        Assert.Equal(
            """
            {"additionalData":{"note":"n"},"-1":1,"\u002B1":3,"serialize":true,"total_count":4}
            3 1 n True 4 0
            2 True /contents/docs
            {"prompt":[1,2]} hello True 2
            """.ReplaceLineEndings("\n"),
            output);
    }
}
