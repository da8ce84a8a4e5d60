using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>The responses of an operation: the success body it returns and the error bodies it throws.</summary>
    internal static class ResponseReader
    {
        private static readonly TypeRef Stream = SchemaResolver.Primitive(ValueKind.Stream, "global::System.IO.Stream");

        /// <summary>The type and <c>Accept</c> header of the first 2xx response with content (<c>2XX</c> last; <c>default</c> when no 2xx is documented); nulls for none.</summary>
        public static (TypeRef? Type, string? Accept) ReadSuccess(OpenApiResponses? responses, string ns, string contextName, string pointer, SchemaResolver schemas, DiagnosticSink sink, string? container = null)
        {
            if (responses is null)
            {
                return (null, null);
            }

            var success = responses
                .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
                .OrderBy(r => r.Key.Equals("2XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
                .ThenBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            if (success.Count == 0)
            {
                // No 2xx documented: `default` describes the success answer too (Kiota's rule), else its body would be lost.
                success.AddRange(responses.Where(r => IsDefault(r.Key)));
            }

            foreach (var response in success)
            {
                if (DiagnosticSink.Unresolved(response.Value) is { } dangling)
                {
                    sink.Dangling(dangling, SpecPointer.Append(SpecPointer.Append(pointer, response.Key), "$ref"));
                    continue;
                }

                if (MediaTypes.Pick(response.Value.Content) is not { } media)
                {
                    continue;
                }

                var contentType = MediaTypes.Essence(media.Key);
                var contentPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, response.Key), "content"), media.Key);
                var isJson = MediaTypes.IsJson(contentType);
                var type = Stream;
                if (isJson || MediaTypes.IsText(contentType))
                {
                    type = schemas.Resolve(media.Value.Schema, contextName, ns, SpecPointer.Append(contentPointer, "schema"), asError: false, container);
                    if (!isJson && (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.ByteArray || type.IsCollection))
                    {
                        // A text body cannot be parsed into a model: hand it over as a string.
                        type = SchemaResolver.Primitive(ValueKind.String, "string");
                    }
                }

                return (type, MediaTypes.Accept(response.Value.Content!, contentType, type.Kind == ValueKind.Stream));
            }

            return (null, null);
        }

        /// <summary>The 4xx, 5xx and <c>default</c> (<c>XXX</c>) responses whose body is a model, mapped to that model.</summary>
        public static EquatableArray<ErrorMappingModel> ReadErrors(OpenApiResponses? responses, string ns, string builderBase, string methodName, string pointer, SchemaResolver schemas, DiagnosticSink sink)
        {
            if (responses is null)
            {
                return EquatableArray<ErrorMappingModel>.Empty;
            }

            var errors = new List<ErrorMappingModel>();
            foreach (var response in responses)
            {
                if (DiagnosticSink.Unresolved(response.Value) is { } dangling)
                {
                    sink.Dangling(dangling, SpecPointer.Append(SpecPointer.Append(pointer, response.Key), "$ref"));
                    continue;
                }

                var code = response.Key.ToUpperInvariant();
                if (code == "DEFAULT")
                {
                    if (!HasSuccess(responses))
                    {
                        // Then `default` is the success answer (ReadSuccess), not an error.
                        continue;
                    }

                    code = "XXX";
                }
                else if (!(code.StartsWith("4", StringComparison.Ordinal) || code.StartsWith("5", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (MediaTypes.Pick(response.Value.Content) is not { } media || media.Value.Schema is null)
                {
                    continue;
                }

                var schemaPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, response.Key), "content"), media.Key), "schema");
                // An inline error body is built as an exception here; a component one is marked by ErrorTypes below.
                var type = schemas.Resolve(media.Value.Schema, TypeNames.Error(builderBase, methodName, code), ns, schemaPointer, asError: true);
                if (type.Kind == ValueKind.Object && !type.IsCollection)
                {
                    errors.Add(new ErrorMappingModel(code, type.TypeName));
                }
            }

            return errors.ToEquatableArray();
        }

        private static bool IsDefault(string key) => key.Equals("default", StringComparison.OrdinalIgnoreCase);

        private static bool HasSuccess(OpenApiResponses responses) => responses.Keys.Any(key => key.StartsWith("2", StringComparison.Ordinal));

        /// <summary>
        /// The types the builders' operations throw: a component model among them is generated as an
        /// exception (<see cref="ComponentReader.BuildTypes"/>), whichever operation names it.
        /// </summary>
        public static HashSet<string> ErrorTypes(IEnumerable<BuilderModel> builders)
        {
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var builder in builders)
            {
                foreach (var operation in builder.Operations)
                {
                    foreach (var error in operation.Errors)
                    {
                        types.Add(error.TypeName);
                    }
                }
            }

            return types;
        }
    }
}
