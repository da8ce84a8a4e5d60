using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Prevu3d.Corpus.Running;

/// <summary>
/// Counts what the document describes, as Microsoft.OpenApi 3.11 reads it (Swagger 2.0, OpenAPI 3.0 and 3.1 into one
/// model): operations under <c>paths</c>, and models (<c>components/schemas</c>, or 2.0's <c>definitions</c>).
/// </summary>
internal static partial class DocumentCounter
{
    private const int ErrorsKept = 3;

    /// <summary>The top-level <c>openapi</c> or <c>swagger</c> field as written, whatever any reader makes of it.</summary>
    public static string? DeclaredVersion(string path, string text)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var match = YamlVersionField().Match(text);
            return match.Success ? Label(match.Groups["field"].Value, match.Groups["version"].Value) : null;
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 4096 });
            foreach (var field in new[] { "openapi", "swagger" })
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(field, out var value))
                {
                    return Label(field, value.ToString());
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the reader's count says so.
        }

        return null;
    }

    private static string Label(string field, string version) => field == "swagger" ? "swagger " + version : version;

    public static DocumentCounts Count(string path, string text)
    {
        var counts = new DocumentCounts();
        try
        {
            var settings = new OpenApiReaderSettings();
            settings.AddYamlReader();
            var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
            var read = OpenApiDocument.Parse(text, format, settings);
            var errors = read.Diagnostic?.Errors ?? [];
            counts.ReaderErrors = errors.Count;
            counts.ReaderWarnings = read.Diagnostic?.Warnings?.Count ?? 0;
            counts.FirstReaderErrors = errors.Take(ErrorsKept).Select(e => $"{e.Pointer}: {e.Message}").ToList();
            var document = read.Document;
            counts.Readable = document is not null;
            if (document is not null)
            {
                counts.Operations = document.Paths?.Values.Sum(p => p.Operations?.Count ?? 0) ?? 0;
                counts.Models = document.Components?.Schemas?.Count ?? 0;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            counts.Failure = ex.GetType().Name + ": " + ex.Message;
        }

        return counts;
    }

    [GeneratedRegex("""^(?<field>openapi|swagger)\s*:\s*["']?(?<version>[0-9][0-9.]*)""", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YamlVersionField();
}
