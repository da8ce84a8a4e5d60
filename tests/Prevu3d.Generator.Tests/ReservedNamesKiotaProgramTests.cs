using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// Components named like <c>System</c> types (<c>Specs/reserved-names.yaml</c>): a program written against the client
/// kiota 1.38 generates from it compiles against ours, with the default naming, and reads back what it wrote (issue 16).
/// </summary>
public sealed class ReservedNamesKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasReservedNamesShouldCompileAndRoundTripAgainstOurs()
    {
        using var client = KiotaProgram.Compile("reserved-names.yaml", "Reserved", "ApiClient", TestPaths.ReadSpec("reserved-names-program.cs.txt"));

        var output = await KiotaProgram.RunAsync(client);

        Assert.Equal("f1 File Identity_document List /v1/files n\nEn s True\nf1 s x", output);
    }
}
