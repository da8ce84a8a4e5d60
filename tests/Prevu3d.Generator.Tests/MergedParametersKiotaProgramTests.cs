using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// A program written against Kiota 1.38's names for <c>Specs/merged-parameters.yaml</c> compiles against the generated
/// client and runs over real HTTP (issue 16): sibling paths that name the parameter at one segment differently share
/// one builder named as Kiota names it, and every path still sends its own URL.
/// </summary>
public sealed class MergedParametersKiotaProgramTests
{
    [Fact]
    public async Task AProgramWrittenAgainstKiotasMergedBuildersShouldCompileAndSendEachPathsOwnUrl()
    {
        using var client = KiotaProgram.Compile("merged-parameters.yaml", "MergedParameters", "MergedParametersClient", TestPaths.ReadSpec("merged-parameters-kiota-program.cs.txt"), expectedDiagnosticId: "P3D0013");

        var (output, requests) = await KiotaProgram.RunOverHttpAsync(client, Map);

        Assert.Equal(
            """
            flag f1
            status on
            attestations 2
            fee 5 True 1
            team m1 t2
            user x1 x2
            """.Replace("\r\n", "\n"),
            output);
        Assert.Equal(
            [
                "GET /flags/p1/f1",
                "POST /flags/p1/f1/copy",
                "GET /flags/p1/e1/f2",
                "GET /attestations/sha256:abc",
                "DELETE /attestations/42",
                "GET /fees/fe_1",
                "POST /fees/fe_1/refund",
                "GET /fees/fe_1/refunds",
                "GET /teams/t1/members/m1",
                "GET /teams/t2/owner",
                "GET /users/by-external/x1.json",
                "GET /users/by-external/github/x2.json",
            ],
            requests.Select(r => r.Method + " " + r.PathAndQuery));
    }

    [Fact]
    public void MergedSiblingsShouldReportNothingButTheSharedPathSignature()
    {
        var result = GeneratorHarness.Run(("/specs/merged-parameters.yaml", TestPaths.ReadSpec("merged-parameters.yaml")));

        // Microsoft.OpenApi's own rule about `/attestations/{subject_digest}` beside `/attestations/{attestation_id}`.
        Assert.Equal("P3D0013", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void APathWhoseParameterNameAnotherPathGivesAnotherSegmentShouldBeSkippedWithP3D0004()
    {
        // `{y}` is the second segment's name here and the fourth's in the other path: that indexer would overwrite it.
        var result = GeneratorHarness.Run(("/specs/clash.yaml", Spec("/a/{y}/b/{x}", "get", "/a/{z}/b/{y}", "get")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "P3D0004");
        Assert.Contains("'#/paths/~1a~1{y}~1b~1{x}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("the path parameter '{y}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameMethodOfTwoMergedPathsShouldKeepTheFirstAndReportTheOther()
    {
        // `{a}` sorts first, so `/d/{a}` keeps its GET, as Kiota keeps it; `/d/{b}`'s DELETE still comes along.
        var result = GeneratorHarness.Run(("/specs/dup.yaml", Spec("/d/{b}", "get\n    delete", "/d/{a}", "get")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "P3D0004");
        Assert.Contains("'#/paths/~1d~1{b}/get'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var source = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("class AItemRequestBuilder", source, System.StringComparison.Ordinal);
        Assert.Contains("DeleteAsync", source, System.StringComparison.Ordinal);
    }

    /// <summary>A document of two paths, each with the given methods, every operation answering 204.</summary>
    private static string Spec(string first, string firstMethods, string second, string secondMethods)
    {
        static string Path(string path, string methods) =>
            "  " + path + ":\n" + string.Concat(methods.Split("\n").Select(m => "    " + m.Trim() + ":\n      responses:\n        '204':\n          description: ok\n"));
        return "openapi: 3.0.3\ninfo:\n  title: Clash\n  version: '1'\npaths:\n" + Path(first, firstMethods) + Path(second, secondMethods);
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/flags/{project}/{flag}", (string flag) => Results.Text("{\"key\":\"" + flag + "\"}", "application/json"));
        app.MapPost("/flags/{project}/{flag}/copy", () => Results.NoContent());
        app.MapGet("/flags/{project}/{environment}/{flag}", () => Results.Text("""{"status":"on"}""", "application/json"));
        app.MapGet("/attestations/{digest}", () => Results.Text("""{"count":2}""", "application/json"));
        app.MapDelete("/attestations/{id}", () => Results.NoContent());
        app.MapGet("/fees/{id}", () => Results.Text("""{"amount":5}""", "application/json"));
        app.MapPost("/fees/{id}/refund", () => Results.Text("""{"refunded":true}""", "application/json"));
        app.MapGet("/fees/{id}/refunds", () => Results.Text("""{"count":1}""", "application/json"));
        app.MapGet("/teams/{team}/members/{member}", (string member) => Results.Text(member, "text/plain"));
        app.MapGet("/teams/{member}/owner", (string member) => Results.Text(member, "text/plain"));
        app.MapGet("/users/by-external/{file}", (string file) => Results.Text("{\"name\":\"" + file.Replace(".json", string.Empty, System.StringComparison.Ordinal) + "\"}", "application/json"));
        app.MapGet("/users/by-external/{provider}/{file}", (string file) => Results.Text("{\"name\":\"" + file.Replace(".json", string.Empty, System.StringComparison.Ordinal) + "\"}", "application/json"));
    }
}
