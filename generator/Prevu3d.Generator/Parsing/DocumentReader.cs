using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using SharpYaml;
using SharpYaml.Serialization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The first stage: the spec text as YAML (positions, safety limits), its version, the client
    /// options, then the <see cref="OpenApiDocument"/> read by Microsoft.OpenApi with its findings.
    /// </summary>
    internal static class DocumentReader
    {
        /// <summary>
        /// Loads the YAML tree of the text and checks that it is an OpenAPI document of a supported version (<see cref="IsSupportedVersion"/>) a client can be
        /// named for; null (with the reason reported, or quietly for a file that is no spec) otherwise.
        /// </summary>
        public static SpecPositions? ReadSyntax(SpecInput input, List<DiagnosticInfo> diagnostics)
        {
            var positions = LoadPositions(input, diagnostics);
            if (positions is null || !CheckVersion(input, positions, diagnostics))
            {
                return null;
            }

            // Every option is checked, so a project with two bad properties learns of both at once.
            var namespaceOk = CheckOption(Names.IsValidNamespace(input.ClientNamespace), input, OpenApiClientGenerator.NamespaceProperty, input.ClientNamespace, "namespace", diagnostics);
            var classOk = CheckOption(Names.IsValidIdentifier(input.ClientClassName), input, OpenApiClientGenerator.ClassNameProperty, input.ClientClassName, "class name", diagnostics);
            var namingOk = CheckOption(Names.TryParseStyle(input.Naming, out _), input, OpenApiClientGenerator.NamingProperty, input.Naming, "naming style (Kiota or Pascal)", diagnostics);
            return namespaceOk && classOk && namingOk ? positions : null;
        }

        /// <summary>Reads the document; reader errors and warnings become located diagnostics. Null when it cannot be used.</summary>
        public static OpenApiDocument? ReadDocument(SpecInput input, BundledSpec spec, DiagnosticSink sink)
        {
            var settings = new OpenApiReaderSettings();
            settings.AddYamlReader();
            // A bundled spec is written as YAML, whatever the format of its files.
            var format = !spec.Rewritten && input.FilePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
            ReadResult result;
            try
            {
                result = OpenApiDocument.Parse(spec.Text, format, settings);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                sink.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, LocationInfo.FileStart(input.FilePath), "#", ex.Message));
                return null;
            }

            var ok = true;
            foreach (var error in result.Diagnostic?.Errors ?? new List<OpenApiError>())
            {
                var pointer = PointerOf(error);
                if (StopsACorrectClient(error))
                {
                    sink.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, sink.Locate(pointer), pointer, error.Message));
                    ok = false;
                }
                else
                {
                    sink.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LenientFinding, sink.Locate(pointer), pointer, LenientMessage(error)));
                }
            }

            foreach (var warning in result.Diagnostic?.Warnings ?? new List<OpenApiError>())
            {
                var diagnostic = FromReaderWarning(warning, sink.Locate);
                if (diagnostic.Id == DiagnosticDescriptors.DanglingReference.Id)
                {
                    ok = false;
                    if (!sink.FirstDangling(diagnostic.Arguments[0], warning.Pointer))
                    {
                        continue;
                    }
                }

                sink.Add(diagnostic);
            }

            if (result.Document is null)
            {
                if (ok)
                {
                    sink.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, LocationInfo.FileStart(input.FilePath), "#", "the OpenAPI reader returned no document"));
                }

                return null;
            }

            if (!ok)
            {
                return null;
            }

            ReportWebhooks(result.Document, input.FilePath, sink);
            ReportExternalPathItems(result.Document, sink);
            if (sink.Positions.RootMapping is { } root && Child(root, "swagger") is not null)
            {
                KeepSwaggerCsvArrays(result.Document, root);
            }

            return result.Document;
        }

        /// <summary>P3D0004 for a path item in a file that is not an <c>AdditionalFiles</c> item (or a URL): it has no operations here.</summary>
        private static void ReportExternalPathItems(OpenApiDocument document, DiagnosticSink sink)
        {
            foreach (var pair in document.Paths ?? new OpenApiPaths())
            {
                if (pair.Value is OpenApiPathItemReference { Reference: { IsExternal: true } reference })
                {
                    sink.Unsupported(SpecPointer.Append(SpecPointer.Append("#/paths", pair.Key), "$ref"), "the external reference '" + reference.ReferenceV3 + "' (not a file of the project's AdditionalFiles; the path has no operations)");
                }
            }
        }

        /// <summary>
        /// Swagger 2.0's query arrays are comma-separated unless <c>collectionFormat: multi</c> (<c>tags=a,b</c>); the
        /// reader makes them style form without <c>explode: false</c>, which 3.0 reads as <c>tags=a&amp;tags=b</c>.
        /// </summary>
        private static void KeepSwaggerCsvArrays(OpenApiDocument document, YamlMappingNode root)
        {
            if (Child(root, "paths") is YamlMappingNode paths && document.Paths is { } documentPaths)
            {
                foreach (var path in paths.Children)
                {
                    if (path.Key is not YamlScalarNode { Value: { } pathKey } || path.Value is not YamlMappingNode item || !documentPaths.TryGetValue(pathKey, out var pathItem))
                    {
                        continue;
                    }

                    KeepCsv(Child(item, "parameters"), pathItem.Parameters);
                    foreach (var operation in pathItem.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
                    {
                        KeepCsv(Child(item, operation.Key.Method.ToLowerInvariant()) is YamlMappingNode op ? Child(op, "parameters") : null, operation.Value.Parameters);
                    }
                }
            }

            if (Child(root, "parameters") is YamlMappingNode shared && document.Components?.Parameters is { } components)
            {
                foreach (var entry in shared.Children)
                {
                    if (entry.Key is YamlScalarNode { Value: { } name } && IsCsvQueryArray(entry.Value) && components.TryGetValue(name, out var parameter) && parameter is OpenApiParameter concrete)
                    {
                        concrete.Explode = false;
                    }
                }
            }
        }

        private static void KeepCsv(YamlNode? declared, IList<IOpenApiParameter>? parameters)
        {
            if (declared is not YamlSequenceNode list || parameters is null)
            {
                return;
            }

            foreach (var node in list.Children.Where(IsCsvQueryArray).OfType<YamlMappingNode>())
            {
                var name = (Child(node, "name") as YamlScalarNode)?.Value;
                if (parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name && p.In == ParameterLocation.Query) is { } parameter)
                {
                    parameter.Explode = false;
                }
            }
        }

        private static bool IsCsvQueryArray(YamlNode node) =>
            node is YamlMappingNode mapping
            && (Child(mapping, "in") as YamlScalarNode)?.Value == "query"
            && (Child(mapping, "type") as YamlScalarNode)?.Value == "array"
            && (Child(mapping, "collectionFormat") as YamlScalarNode)?.Value is null or "csv";

        private static YamlNode? Child(YamlMappingNode mapping, string key) =>
            mapping.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == key).Value;

        /// <summary>P3D0014: 3.1 webhooks are requests the API sends (a server handles them), so the client has no builder for them.</summary>
        private static void ReportWebhooks(OpenApiDocument document, string filePath, DiagnosticSink sink)
        {
            if (document.Webhooks is not { Count: > 0 } webhooks)
            {
                return;
            }

            const int Shown = 5;
            var names = string.Join(", ", webhooks.Keys.Take(Shown)) + (webhooks.Count > Shown ? ", …" : string.Empty);
            sink.Report(DiagnosticDescriptors.WebhooksNotGenerated, "#/webhooks", filePath, webhooks.Count.ToString(CultureInfo.InvariantCulture), names);
        }

        /// <summary>
        /// The validation rules whose finding means the client would be wrong: a parameter without a name or a place,
        /// a path parameter its path cannot carry, a path that is no path, a response key that is no status code.
        /// </summary>
        private static readonly HashSet<string> BlockingRules = new HashSet<string>(StringComparer.Ordinal)
        {
            "ParameterRequiredFields",
            "PathParameterShouldBeInThePath",
            "RequiredMustBeTrueWhenInIsPath",
            "PathNameMustBeginWithSlash",
            "ResponsesMustBeIdentifiedByDefaultOrStatusCode",
        };

        /// <summary>
        /// True for a reader error (the document cannot be read as OpenAPI) and a blocking rule; false for what real tools
        /// let pass: the other validation rules (non-unique path signatures, a discriminator property not required, a
        /// missing title…) and an unknown keyword (<c>patternProperties</c> in 3.0), which the reader skips.
        /// </summary>
        private static bool StopsACorrectClient(OpenApiError error) => error switch
        {
            OpenApiValidatorError validation => BlockingRules.Contains(validation.RuleName),
            _ => error.Message?.IndexOf("is not a valid property", StringComparison.Ordinal) < 0,
        };

        private static string LenientMessage(OpenApiError error) =>
            error is OpenApiValidatorError validation
                ? (error.Message ?? string.Empty).Trim().TrimEnd('.') + " (Microsoft.OpenApi rule " + validation.RuleName + ")"
                : (error.Message ?? string.Empty).Trim().TrimEnd('.') + "; the reader skips it";

        /// <summary>A reader warning as a diagnostic: a dangling reference is P3D0003, anything else P3D0008.</summary>
        internal static DiagnosticInfo FromReaderWarning(OpenApiError warning, SpecPositions positions) => FromReaderWarning(warning, positions.Locate);

        private static DiagnosticInfo FromReaderWarning(OpenApiError warning, Func<string?, LocationInfo> locate)
        {
            var pointer = PointerOf(warning);
            var reference = DanglingReferenceIn(warning.Message);
            return reference is not null
                ? DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, locate(pointer), reference)
                : DiagnosticInfo.Create(DiagnosticDescriptors.ReaderWarning, locate(pointer), pointer, warning.Message);
        }

        private static SpecPositions? LoadPositions(SpecInput input, List<DiagnosticInfo> diagnostics)
        {
            var filePath = input.FilePath;
            var text = input.Text ?? throw new InvalidOperationException("the spec text is null");
            if (string.IsNullOrWhiteSpace(text))
            {
                // An empty AdditionalFiles item is almost certainly a spec not written yet: say so.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, LocationInfo.FileStart(filePath), filePath, "the file is empty"));
                return null;
            }

            SpecPositions positions;
            try
            {
                positions = SpecPositions.Load(filePath, text);
            }
            catch (YamlException ex) when (ex.Message.IndexOf("maximum nesting depth", StringComparison.Ordinal) >= 0)
            {
                // SharpYaml stops at its depth limit before any recursive reader could overflow the stack.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecTooComplex, SpecPositions.FromMarks(filePath, ex.Start, ex.End), filePath, CleanYamlMessage(ex.Message)));
                return null;
            }
            catch (YamlException ex)
            {
                // Any YAML/JSON file is offered to the generator; only report it when it looks like a spec.
                if (LooksLikeOpenApi(text))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, SpecPositions.FromMarks(filePath, ex.Start, ex.End), filePath, CleanYamlMessage(ex.Message)));
                }

                return null;
            }

            // Microsoft.OpenApi expands aliases into a JSON tree: refuse a "billion laughs" before it does.
            if (positions.Root is { } root && SpecLimits.MayHoldAliases(text))
            {
                var (added, expandedDepth) = SpecLimits.AliasExpansion(root);
                if (added > SpecLimits.MaxAliasExpansion || expandedDepth > SpecLimits.MaxExpandedDepth)
                {
                    var what = added > SpecLimits.MaxAliasExpansion
                        ? "its YAML aliases expand to more than " + SpecLimits.MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture) + " extra nodes"
                        : "its YAML aliases nest deeper than " + SpecLimits.MaxExpandedDepth.ToString(CultureInfo.InvariantCulture) + " levels once expanded";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecTooComplex, FirstAlias(filePath, text), filePath, what));
                    return null;
                }
            }

            return positions;
        }

        private static bool CheckVersion(SpecInput input, SpecPositions positions, List<DiagnosticInfo> diagnostics)
        {
            var root = positions.RootMapping;
            if (root is null)
            {
                NotADocument(input, positions.Root is null ? "the file holds no YAML document" : "its root is not a mapping", diagnostics);
                return false;
            }

            foreach (var entry in root.Children)
            {
                if (entry.Key is not YamlScalarNode key)
                {
                    continue;
                }

                if (key.Value != "openapi" && key.Value != "swagger")
                {
                    continue;
                }

                var value = (entry.Value as YamlScalarNode)?.Value ?? "(not a version string)";
                if (IsSupportedVersion(key.Value, value))
                {
                    return true;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedVersion, SpecPositions.FromMarks(input.FilePath, key.Start, entry.Value.End), input.FilePath, key.Value + " " + value));
                return false;
            }

            NotADocument(input, "it has no top-level 'openapi' field", diagnostics);
            return false;
        }

        /// <summary>
        /// The versions Microsoft.OpenApi reads into its one document model: Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2
        /// (any patch release: <c>3.1.1</c>, <c>3.0.4</c>).
        /// </summary>
        private static bool IsSupportedVersion(string key, string value) =>
            key == "swagger"
                ? value == "2.0"
                : value.StartsWith("3.0.", StringComparison.Ordinal) || value.StartsWith("3.1.", StringComparison.Ordinal) || value.StartsWith("3.2.", StringComparison.Ordinal)
                    || value == "3.0" || value == "3.1" || value == "3.2";

        /// <summary>Another YAML/JSON file is ignored quietly, unless it mentions OpenAPI (then it is probably a broken spec).</summary>
        private static void NotADocument(SpecInput input, string why, List<DiagnosticInfo> diagnostics)
        {
            if (LooksLikeOpenApi(input.Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, LocationInfo.FileStart(input.FilePath), input.FilePath, why));
            }
        }

        private static bool CheckOption(bool valid, SpecInput input, string property, string value, string what, List<DiagnosticInfo> diagnostics)
        {
            if (!valid)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, LocationInfo.FileStart(input.FilePath), property, value, what));
            }

            return valid;
        }

        /// <summary>The position of the first alias, found by text (the alias check above runs only on a rare spec).</summary>
        private static LocationInfo FirstAlias(string filePath, string text)
        {
            var index = text.IndexOf(" *", StringComparison.Ordinal);
            var flow = text.IndexOf("[*", StringComparison.Ordinal);
            index = index < 0 ? flow : flow < 0 ? index : Math.Min(index, flow);
            return index < 0 ? LocationInfo.FileStart(filePath) : At(filePath, text, index + 1);
        }

        /// <summary>The position of a character offset (only for rare diagnostics: linear).</summary>
        private static LocationInfo At(string filePath, string text, int offset)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new LocationInfo(filePath, offset, 1, line, offset - lineStart, line, offset - lineStart + 1);
        }

        /// <summary>The error's pointer, or the one its message ends with ("foo is not a valid property at #/paths/~1a").</summary>
        private static string PointerOf(OpenApiError error)
        {
            if (!string.IsNullOrEmpty(error.Pointer))
            {
                return error.Pointer!;
            }

            var index = error.Message?.LastIndexOf(" at #", StringComparison.Ordinal) ?? -1;
            return index >= 0 ? error.Message!.Substring(index + 4).Trim() : "#";
        }

        private static string? DanglingReferenceIn(string message)
        {
            // Microsoft.OpenApi: "The schema reference '#/components/schemas/X' does not point to an existing schema."
            if (message.IndexOf("does not point to an existing", StringComparison.Ordinal) < 0)
            {
                return null;
            }

            var start = message.IndexOf('\'');
            var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
            return end > start ? message.Substring(start + 1, end - start - 1) : message;
        }

        private static bool LooksLikeOpenApi(string text) =>
            text.IndexOf("openapi", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("swagger", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string CleanYamlMessage(string message)
        {
            // SharpYaml prefixes "(Lin: 2, Col: 9, Chr: 40) - (...): "; the location already says it.
            var index = message.LastIndexOf("): ", StringComparison.Ordinal);
            return (index >= 0 ? message.Substring(index + 3) : message).Trim();
        }
    }
}
