using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Prevu3d.Corpus.Surface;

/// <summary>
/// Issue 16.3's list, read by the comparison: places where Kiota 1.38's declaration loses or cannot send a value, so
/// ours is deliberately declared otherwise. Each fault gives the cause, what Kiota's declaration fails at, and per
/// document the Kiota symbols it covers, as patterns over <see cref="SurfaceSymbol.Describe"/> in which <c>*</c> stands
/// for any text and every other character for itself (the whole declaration must match). A miss matching a pattern is
/// counted as "Kiota wrong" under that cause instead of as a difference; a pattern that matches no miss of its document
/// is reported as stale, so the list cannot silently outlive what it excuses.
/// </summary>
internal sealed class KiotaFault
{
    public required string Cause { get; init; }

    public required string Failure { get; init; }

    /// <summary>Document name → patterns of Kiota's symbols there.</summary>
    public required Dictionary<string, List<string>> Symbols { get; init; }
}

/// <summary>One fault's patterns for one document, compiled.</summary>
internal sealed class DocumentFault
{
    public DocumentFault(KiotaFault fault, IReadOnlyList<string> patterns)
    {
        Fault = fault;
        Patterns = patterns;
        Expressions = patterns
            .Select(p => new Regex("^" + string.Join(".*", p.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))
            .ToArray();
    }

    public KiotaFault Fault { get; }

    public string Cause => Fault.Cause;

    public IReadOnlyList<string> Patterns { get; }

    public IReadOnlyList<Regex> Expressions { get; }
}

/// <summary>The faults of <c>tests/Prevu3d.Corpus/kiota-faults.json</c>, and those that concern one document.</summary>
internal sealed class KiotaFaults
{
    /// <summary>A pattern with fewer literal characters than this could excuse any miss.</summary>
    private const int ShortestPattern = 20;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public List<KiotaFault> Faults { get; init; } = [];

    public static KiotaFaults Load(string path)
    {
        var faults = JsonSerializer.Deserialize<KiotaFaults>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        foreach (var fault in faults.Faults)
        {
            if (fault.Symbols.Count == 0 || fault.Symbols.Values.Any(s => s.Count == 0) || string.IsNullOrWhiteSpace(fault.Failure))
            {
                throw new InvalidDataException($"{path}: the fault \"{fault.Cause}\" needs Kiota's failure and, per document, the symbols it covers.");
            }

            if (fault.Symbols.Values.SelectMany(s => s).FirstOrDefault(p => p.Replace("*", string.Empty, StringComparison.Ordinal).Length < ShortestPattern) is { } vague)
            {
                throw new InvalidDataException($"{path}: the pattern \"{vague}\" of \"{fault.Cause}\" names too little.");
            }
        }

        return faults;
    }

    public IReadOnlyList<DocumentFault> For(string document) =>
        Faults.Where(f => f.Symbols.ContainsKey(document)).Select(f => new DocumentFault(f, f.Symbols[document])).ToList();
}
