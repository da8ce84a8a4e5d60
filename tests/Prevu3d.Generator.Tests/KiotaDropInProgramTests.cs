using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Issue 16's drop-in promise on one document with every polymorphic shape (<c>Specs/kiota-dropin.yaml</c>: allOf
/// inheritance with a discriminator mapping, a discriminated oneOf body, undiscriminated anyOfs of primitives and of
/// objects, inline enums and objects): a program written against the client kiota 1.38 generates from it compiles
/// against ours, with the default naming, and does what it does against Kiota's.
/// </summary>
public sealed class KiotaDropInProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasClientShouldCompileAndBehaveTheSameAgainstOurs()
    {
        using var client = KiotaProgram.Compile("kiota-dropin.yaml", "DropIn", "ApiClient", TestPaths.ReadSpec("kiota-dropin-program.cs.txt"));

        var output = await KiotaProgram.RunAsync(client);

        // The lines the same program prints when compiled against Kiota's own client of the document.
        Assert.Equal("animal Dog Rex InCare True red\nlabel 7 - Tom 9 Not_run Acme", output);
    }
}
