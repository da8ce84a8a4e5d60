using System.Globalization;
using System.Linq;

namespace Prevu3d.Corpus.Running;

/// <summary>The one-phrase verdicts the log and the report share.</summary>
internal static class Outcome
{
    public static bool OursCompiles(DocumentResult result) => result.Ours is { Generated: true, Compile.Compiles: true };

    public static bool KiotaCompiles(DocumentResult result) => result.Kiota is { Generated: true, Compile.Compiles: true };

    public static bool KiotaGenerates(DocumentResult result) => result.Kiota is { Generated: true };

    public static string Ours(DocumentResult result) => result.Ours switch
    {
        null => result.WorkerFailure is null ? "not run" : "not measured",
        { Failure: { } failure } when result.Ours.Compile is null => "failed: " + failure,
        { Generated: true, Compile: { } compile } => Compile(compile),
        { Generated: false, ErrorIds.Count: > 0 } ours => "refused: " + string.Join(", ", ours.ErrorIds),
        _ => "no output",
    };

    public static string Kiota(DocumentResult result) => result.Kiota switch
    {
        null => result.WorkerFailure is null ? "not run" : "not measured",
        { Failure: { } failure } => "failed: " + failure,
        { Generated: false, ExitCode: var code } => string.Create(CultureInfo.InvariantCulture, $"does not generate (exit {code})"),
        { Compile: { } compile } => Compile(compile),
        _ => "generated, not compiled",
    };

    public static string Describe(DocumentResult result) =>
        result.WorkerFailure is { } failure
            ? $"worker failed: {failure}; ours {Ours(result)}; kiota {Kiota(result)}"
            : $"ours {Ours(result)}; kiota {Kiota(result)}";

    private static string Compile(CompileResult compile) => compile switch
    {
        { Failure: { } failure } => "failed: " + failure,
        { Compiles: true } => "compiles",
        _ => string.Create(CultureInfo.InvariantCulture, $"does not compile ({compile.Errors} errors)"),
    };
}
