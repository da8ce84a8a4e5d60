using System.Collections.Generic;
using System.Text.Json.Serialization;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Running;

/// <summary>Everything measured on one document; written to results.json as it fills, so a killed worker leaves its steps so far.</summary>
internal sealed class DocumentResult
{
    public required string Name { get; init; }

    public required string Package { get; init; }

    public required string Version { get; init; }

    public required string Path { get; init; }

    /// <summary>The document's own <c>openapi</c>/<c>swagger</c> field, read from its text.</summary>
    public string? OpenApiVersion { get; set; }

    public long Bytes { get; set; }

    public DocumentCounts? Counts { get; set; }

    public OursResult? Ours { get; set; }

    public KiotaResult? Kiota { get; set; }

    /// <summary>Kiota's public surface against ours, when both were compiled (Kiota's with or without errors).</summary>
    public SurfaceComparison? Surface { get; set; }

    /// <summary>Set when the worker died or ran out of time: what was not measured stays null.</summary>
    public string? WorkerFailure { get; set; }

    public double WorkerSeconds { get; set; }
}

/// <summary>What Microsoft.OpenApi reads from the document.</summary>
internal sealed class DocumentCounts
{
    public bool Readable { get; set; }

    public int Operations { get; set; }

    public int Models { get; set; }

    public int ReaderErrors { get; set; }

    public int ReaderWarnings { get; set; }

    public List<string> FirstReaderErrors { get; set; } = [];

    public string? Failure { get; set; }
}

/// <summary>One output (ours or Kiota's) compiled with Roslyn.</summary>
internal sealed class CompileResult
{
    public bool Compiles { get; set; }

    public int Files { get; set; }

    public int Errors { get; set; }

    /// <summary>Errors per id (CS0246 …), most frequent first in the report.</summary>
    public Dictionary<string, int> ErrorsById { get; set; } = [];

    public List<string> FirstErrors { get; set; } = [];

    public double Milliseconds { get; set; }

    public string? Failure { get; set; }
}

/// <summary>The generator run in a <c>CSharpGeneratorDriver</c>, in this process.</summary>
internal sealed class OursResult
{
    /// <summary>Sources came out and no P3D error was reported.</summary>
    public bool Generated { get; set; }

    public int Files { get; set; }

    /// <summary>The second run on a new driver (the code paths warm).</summary>
    public double GenerationMilliseconds { get; set; }

    /// <summary>The first run, which JIT-compiles what the document needs.</summary>
    public double FirstGenerationMilliseconds { get; set; }

    public Dictionary<string, int> DiagnosticsById { get; set; } = [];

    /// <summary>The ids of the diagnostics of error severity: the ones that suppress the output.</summary>
    public List<string> ErrorIds { get; set; } = [];

    /// <summary>The first diagnostics, errors first, each with its spec position.</summary>
    public List<string> FirstDiagnostics { get; set; } = [];

    public CompileResult? Compile { get; set; }

    public string? Failure { get; set; }

    /// <summary>The public symbols of the compiled output; compared in the worker, never written.</summary>
    [JsonIgnore]
    public List<SurfaceSymbol>? Surface { get; set; }
}

/// <summary><c>dotnet kiota generate -l CSharp</c>, as a process.</summary>
internal sealed class KiotaResult
{
    public bool Generated { get; set; }

    public int? ExitCode { get; set; }

    public double GenerationMilliseconds { get; set; }

    /// <summary>The end of what Kiota printed when it failed.</summary>
    public string? Output { get; set; }

    public CompileResult? Compile { get; set; }

    public string? Failure { get; set; }

    /// <summary>The public symbols of the compiled output; compared in the worker, never written.</summary>
    [JsonIgnore]
    public List<SurfaceSymbol>? Surface { get; set; }

    /// <summary>The first compile errors with the declaration each sits in (a member's or a type's id), when it does not compile.</summary>
    public List<ErrorSite> ErrorSites { get; set; } = [];
}
