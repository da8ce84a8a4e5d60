using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Property names made of symbols (<c>+1</c> → <c>Plus1</c>, <c>-1</c> → <c>Minus1</c>) or named like a model's own members
/// (<c>additionalData</c> → <c>AdditionalDataProperty</c>), and a <c>oneOf</c> alternative that is a reference to an array of
/// inline objects (a list of <c>{Wrapper}Member1</c>), from <c>Specs/names.yaml</c>: a program written against the client kiota 1.38
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
            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public async Task AnArrayOfArraysAlternativeShouldKeepItsNumbersWhereKiotasEmptyMemberClassDropsThem()
    {
        // Kiota 1.38 makes openai's prompt a wrapper whose array-of-arrays member is a list of an empty class: [[1,2],[3]]
        // reads as two objects without data. Ours makes the value an UntypedNode and reads and writes it whole.
        const string Probe = """
            using System.IO;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions.Serialization;
            using Microsoft.Kiota.Serialization.Json;

            /// <summary>Reads a prompt of token arrays and writes it back.</summary>
            public static class Probe
            {
                /// <summary>The prompt's type and the JSON written back.</summary>
                /// <returns>Both, one line.</returns>
                public static Task<string> RunAsync()
                {
                    var node = new JsonParseNode(JsonDocument.Parse("{\"prompt\":[[1,2],[3]]}").RootElement);
                    var completion = node.GetObjectValue(Names.Models.Completion.CreateFromDiscriminatorValue)!;
                    UntypedNode? prompt = completion.Prompt;
                    using var writer = new JsonSerializationWriter();
                    writer.WriteObjectValue(null, completion);
                    using var reader = new StreamReader(writer.GetSerializedContent());
                    return Task.FromResult(prompt!.GetType().Name + " " + reader.ReadToEnd());
                }
            }
            """;
        using var client = KiotaProgram.Compile("names.yaml", "Names", "ApiClient", Probe);

        var output = await client.InvokeAsync("Probe", "RunAsync");

        Assert.Equal("""UntypedArray {"prompt":[[1,2],[3]]}""", output);
    }
}
