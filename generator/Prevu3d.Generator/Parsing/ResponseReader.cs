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

        /// <summary>The redirects whose body Kiota hands over when it is binary.</summary>
        private static readonly string[] RedirectCodes = { "301", "302", "303", "307" };

        /// <summary>The codes that tell an operation documented without a body returns nothing (Kiota's list).</summary>
        private static readonly string[] NoContentCodes = { "201", "202", "204", "205", "304", "301", "302", "303", "307" };

        /// <summary>
        /// The type and <c>Accept</c> header of the first 2xx response with content (<c>2XX</c> last). Without one, the type is
        /// Kiota's for an operation without a body (<see cref="WithoutBody"/>): <c>default</c> is never the success answer,
        /// as in Kiota, which maps it to the 4XX and 5XX errors (<see cref="ReadErrors"/>).
        /// </summary>
        /// <remarks>
        /// An inline array's items are named <paramref name="itemName"/> (Kiota's <c>Records</c> for <c>/records</c>), any
        /// other inline body <paramref name="contextName"/> (<c>RecordsPostResponse</c>); an inline composed type is nested
        /// in <paramref name="container"/> when one is given.
        /// </remarks>
        public static (TypeRef? Type, string? Accept) ReadSuccess(OpenApiResponses? responses, string ns, string contextName, string itemName, string pointer, SchemaResolver schemas, DiagnosticSink sink, string? container = null)
        {
            if (responses is null)
            {
                // Nothing documented: the body, whatever it is, as Kiota hands it over.
                return (Stream, null);
            }

            string? schemalessAccept = null;
            foreach (var response in SuccessResponses(responses))
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
                if (isJson && media.Value.Schema is null)
                {
                    // JSON with no schema says nothing of the body: Kiota types it as an operation without one (a stream).
                    schemalessAccept ??= MediaTypes.Accept(response.Value.Content!, contentType, false);
                    continue;
                }

                var type = Stream;
                if (isJson || MediaTypes.IsText(contentType))
                {
                    var isInlineArray = media.Value.Schema is not OpenApiSchemaReference && media.Value.Schema?.Type is { } schemaType && schemaType.HasFlag(JsonSchemaType.Array);
                    type = schemas.Resolve(media.Value.Schema, isInlineArray ? itemName : contextName, ns, SpecPointer.Append(contentPointer, "schema"), asError: false, container);
                    if (!isJson && (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.ByteArray || type.IsCollection))
                    {
                        // A text body cannot be parsed into a model: hand it over as a string.
                        type = SchemaResolver.Primitive(ValueKind.String, "string");
                    }
                }

                return (type, MediaTypes.Accept(response.Value.Content!, contentType, type.Kind == ValueKind.Stream));
            }

            // A success documented as JSON without a schema still asks for JSON, as Kiota's request does, even when the
            // operation returns nothing (a 204 `produces: application/json` in Swagger 2.0).
            return (WithoutBody(responses), schemalessAccept);
        }

        /// <summary>The 2xx responses in the order their bodies are looked at (<c>2XX</c> last).</summary>
        /// <remarks>
        /// Not <c>default</c>, even alone: Kiota 1.38 reads a success body from 2xx responses only, so an operation documented
        /// with a <c>default</c> alone returns its body as a stream and throws the default's model on a 4xx or 5xx
        /// (circleci's <c>SshKey4XXError</c>); nothing is lost either way.
        /// </remarks>
        private static List<KeyValuePair<string, IOpenApiResponse>> SuccessResponses(OpenApiResponses responses) => responses
            .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(r => r.Key.Equals("2XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        /// <summary>
        /// The component the success body refers to (<c>Pet</c>), which Kiota names an operation's inline error bodies
        /// after (<c>Pet404Error</c>); null when the body is inline, not a single reference, or absent.
        /// </summary>
        public static string? SuccessReference(OpenApiResponses? responses)
        {
            foreach (var response in responses is null ? new List<KeyValuePair<string, IOpenApiResponse>>() : SuccessResponses(responses))
            {
                if (DiagnosticSink.Unresolved(response.Value) is null && MediaTypes.Pick(response.Value.Content) is { } media && media.Value.Schema is not null)
                {
                    return media.Value.Schema is OpenApiSchemaReference { Reference.Id: { } id } ? id : null;
                }
            }

            return null;
        }

        /// <summary>
        /// What an operation whose document gives no success body returns, as Kiota types it so that code written against
        /// Kiota compiles against ours: nothing (null) when a 201, 202, 204, 205, 304 or redirect is documented (unless a
        /// redirect carries <c>application/octet-stream</c>); else the body as a stream (<c>POST /pet</c> documented with a
        /// 405 only, a 200 without content), which is empty or null when the server sends none.
        /// </summary>
        private static TypeRef? WithoutBody(OpenApiResponses responses)
        {
            if (responses.Any(r => RedirectCodes.Contains(r.Key) && r.Value.Content?.Keys.Any(k => MediaTypes.Essence(k).Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)) == true))
            {
                return Stream;
            }

            return responses.Keys.Any(key => NoContentCodes.Contains(key, StringComparer.OrdinalIgnoreCase)) ? null : Stream;
        }

        /// <summary>
        /// The 4xx and 5xx responses whose body is a model, mapped to that model, then the <c>default</c> one, as Kiota maps
        /// it: under <c>4XX</c> and <c>5XX</c> (each an inline class of its own), unless the document maps that range already.
        /// </summary>
        public static EquatableArray<ErrorMappingModel> ReadErrors(OpenApiResponses? responses, string ns, string builderBase, string pointer, SchemaResolver schemas, DiagnosticSink sink)
        {
            if (responses is null)
            {
                return EquatableArray<ErrorMappingModel>.Empty;
            }

            var errors = new List<ErrorMappingModel>();
            // Explicit codes first: a `default` only fills the ranges they leave.
            foreach (var response in responses.OrderBy(r => IsDefault(r.Key) ? 1 : 0))
            {
                if (DiagnosticSink.Unresolved(response.Value) is { } dangling)
                {
                    sink.Dangling(dangling, SpecPointer.Append(SpecPointer.Append(pointer, response.Key), "$ref"));
                    continue;
                }

                var code = response.Key.ToUpperInvariant();
                string[] codes;
                if (IsDefault(code))
                {
                    codes = new[] { "4XX", "5XX" }.Where(range => !errors.Any(e => e.Code == range)).ToArray();
                }
                else if (code.StartsWith("4", StringComparison.Ordinal) || code.StartsWith("5", StringComparison.Ordinal))
                {
                    codes = new[] { code };
                }
                else
                {
                    continue;
                }

                if (MediaTypes.Pick(response.Value.Content) is not { } media || media.Value.Schema is null)
                {
                    continue;
                }

                // Kiota's style puts the inline body of a components/responses error in the models namespace, shared.
                var shared = schemas.Style == NamingStyle.Kiota && response.Value is OpenApiResponseReference { Reference.Id: { } responseId } && media.Value.Schema is not OpenApiSchemaReference
                    ? SpecPointer.Append("#/components/responses", responseId)
                    : null;
                var schemaPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(shared ?? SpecPointer.Append(pointer, response.Key), "content"), media.Key), "schema");
                foreach (var mapped in codes)
                {
                    // An inline error body is built as an exception here; a component one is marked by ErrorTypes below.
                    var type = shared is not null
                        ? schemas.ResolveSharedError(media.Value.Schema, TypeNames.Error(builderBase, mapped), schemaPointer)
                        : schemas.Resolve(media.Value.Schema, TypeNames.Error(builderBase, mapped), ns, schemaPointer, asError: true);
                    if (type.Kind == ValueKind.Object && !type.IsCollection)
                    {
                        errors.Add(new ErrorMappingModel(mapped, type.TypeName));
                    }
                }
            }

            return errors.ToEquatableArray();
        }

        private static bool IsDefault(string key) => key.Equals("default", StringComparison.OrdinalIgnoreCase);

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
