using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Prevu3d.RealityConnect.Emulator.Tests.Support;

/// <summary>spec/realityconnect.yaml read with Microsoft.OpenApi, and the schema of each documented answer.</summary>
internal static class SpecDocument
{
    private static readonly Lazy<OpenApiDocument> Loaded = new(Load);

    public static OpenApiDocument Document => Loaded.Value;

    /// <summary>
    /// The JSON schema the spec documents for <paramref name="status"/> of an operation: the exact code,
    /// else its class (4XX), else default. Fails when the spec documents no such answer.
    /// </summary>
    public static IOpenApiSchema ResponseSchema(string path, HttpMethod method, int status)
    {
        var operation = Document.Paths[path].Operations![method];
        var responses = operation.Responses!;
        var key = new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status / 100}XX", "default" }
            .FirstOrDefault(responses.ContainsKey)
            ?? throw new InvalidOperationException($"{method} {path} documents no {status} answer.");
        var content = responses[key].Content
            ?? throw new InvalidOperationException($"{method} {path} {key} documents no body.");
        return content["application/json"].Schema
            ?? throw new InvalidOperationException($"{method} {path} {key} documents no JSON schema.");
    }

    public static IOpenApiSchema ComponentSchema(string name) => Document.Components!.Schemas![name];

    private static OpenApiDocument Load()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "realityconnect.yaml"));
        var result = OpenApiDocument.Parse(text, "yaml", settings);
        if (result.Diagnostic?.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The spec does not parse: " + string.Join("; ", errors.Select(e => e.Message)));
        }

        return result.Document ?? throw new InvalidOperationException("The spec is empty.");
    }
}
