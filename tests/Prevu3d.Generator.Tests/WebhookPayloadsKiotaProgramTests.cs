using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A receiver written against the models kiota 1.38 generates for the webhooks of <c>Specs/webhook-payloads.yaml</c>
/// compiles and runs against the generated client (issue 16): an inline webhook request body is
/// <c>Models.{Webhook}{Method}RequestBody</c>, an inline response <c>Models.{Webhook}{Method}{Code}Response</c>.
/// </summary>
public sealed class WebhookPayloadsKiotaProgramTests
{
    [Fact]
    public async Task AReceiverWrittenAgainstKiotasWebhookModelsShouldCompileAndRunAgainstTheGeneratedOnes()
    {
        using var client = KiotaProgram.Compile("webhook-payloads.yaml", "Wh", "WhClient", TestPaths.ReadSpec("webhook-payloads-kiota-program.cs.txt"), expectedDiagnosticId: "P3D0014");

        var output = await KiotaProgram.RunAsync(client, """{"name":"Rex","kind":"dog"}""");

        Assert.Equal("""Rex Dog p-1 {"seen":true}""", output);
    }
}
