using System.Collections.Generic;
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
        using var client = DynamicClient.Create(
            new[] { ("/specs/kiota-dropin.yaml", TestPaths.ReadSpec("kiota-dropin.yaml")) },
            "DropIn",
            TestPaths.ReadSpec("kiota-dropin-program.cs.txt"),
            new Dictionary<string, string> { ["build_property.Prevu3dClientClassName"] = "ApiClient" });

        var output = await client.InvokeAsync("KiotaShaped.Program", "RunAsync");

        // The lines the same program prints when compiled against Kiota's own client of the document.
        Assert.Equal("animal Dog Rex InCare True red\nlabel 7 - Tom 9 Not_run Acme", output);
    }
}
