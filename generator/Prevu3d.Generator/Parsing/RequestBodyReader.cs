using System;
using Microsoft.OpenApi;
using Prevu3d.Generator.Model;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>The request body of an operation: JSON, form and <c>text/plain</c> bodies are typed, <c>multipart/form-data</c> is a <c>MultipartBody</c>, anything else is a stream.</summary>
    internal static class RequestBodyReader
    {
        /// <summary>Kiota's multipart body, serialized by <c>Microsoft.Kiota.Serialization.Multipart</c>.</summary>
        public static readonly TypeRef MultipartBody = new TypeRef(ValueKind.Object, "global::Microsoft.Kiota.Abstractions.MultipartBody", false);

        /// <summary>The body's model; null when there is none, or (reported) when the operation cannot send it.</summary>
        /// <remarks>
        /// An inline body is named <paramref name="contextName"/> (<c>MembersPostRequestBody</c>); in Kiota's style the items of an
        /// inline array are named <paramref name="itemName"/> instead (Kiota's <c>Members</c> for <c>/members</c>), as a response's are.
        /// </remarks>
        public static RequestBodyModel? Read(IOpenApiRequestBody? requestBody, string ns, string contextName, string itemName, string pointer, SchemaResolver schemas, DiagnosticSink sink, string? container = null)
        {
            if (requestBody is null)
            {
                return null;
            }

            if (DiagnosticSink.Unresolved(requestBody) is { } dangling)
            {
                sink.Dangling(dangling, SpecPointer.Append(pointer, "$ref"));
                return null;
            }

            if (MediaTypes.Pick(requestBody.Content) is not { } media)
            {
                sink.Unsupported(pointer, "a request body without content; the operation is skipped");
                return null;
            }

            var contentType = MediaTypes.Essence(media.Key);
            var contentPointer = SpecPointer.Append(SpecPointer.Append(pointer, "content"), media.Key);
            if (MediaTypes.IsMultipart(contentType))
            {
                // Kiota's shape: the caller adds the parts the schema names to a MultipartBody.
                ReadPartTypes(media.Value.Schema, ns, contextName, SpecPointer.Append(contentPointer, "schema"), schemas);
                return new RequestBodyModel(MediaTypes.MultipartFormData, MultipartBody, requestBody.Required, OperationReader.Clean(requestBody.Description));
            }

            if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                sink.Unsupported(contentPointer, "the request body type '" + contentType + "' (only multipart/form-data among multipart types); the operation is skipped");
                return null;
            }

            var isStructured = MediaTypes.IsJson(contentType) || contentType == MediaTypes.FormUrlEncoded || MediaTypes.IsText(contentType);
            var isInlineArray = schemas.Style == Naming.NamingStyle.Kiota && media.Value.Schema is not OpenApiSchemaReference
                && media.Value.Schema?.Type is { } schemaType && schemaType.HasFlag(JsonSchemaType.Array);
            var type = isStructured
                ? schemas.Resolve(media.Value.Schema, isInlineArray ? itemName : contextName, ns, SpecPointer.Append(contentPointer, "schema"), asError: false, container)
                : SchemaResolver.Primitive(ValueKind.Stream, "global::System.IO.Stream");
            if (MediaTypes.IsText(contentType) && (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.ByteArray || type.IsCollection))
            {
                // Kiota's text writer takes one value: a text body is a string, whatever its schema says.
                type = SchemaResolver.Primitive(ValueKind.String, "string");
            }

            if (contentType == MediaTypes.FormUrlEncoded && (type.Kind != ValueKind.Object || type.IsCollection))
            {
                sink.Unsupported(contentPointer, "a form body that is not an object; the operation is skipped");
                return null;
            }

            return new RequestBodyModel(contentType, type, requestBody.Required, OperationReader.Clean(requestBody.Description))
            {
                // Kiota's rule for a body it has no serializer for: one content type is sent as it is, several (or */*) are the caller's choice.
                CallerContentType = !isStructured && (requestBody.Content!.Count != 1 || media.Key == "*/*"),
            };
        }

        /// <summary>
        /// The types of a multipart body's inline object and enum parts, which Kiota 1.38 generates beside its
        /// <c>MultipartBody</c> under the name the body would have had (discourse's <c>type</c> part of <c>/uploads.json</c>
        /// is the enum <c>UploadsPostRequestBody</c>): a caller builds a part's value with them.
        /// </summary>
        private static void ReadPartTypes(IOpenApiSchema? schema, string ns, string contextName, string pointer, SchemaResolver schemas)
        {
            if (schema is null or OpenApiSchemaReference || schema.Properties is not { Count: > 0 } properties)
            {
                return;
            }

            foreach (var property in properties)
            {
                if (property.Value is not OpenApiSchemaReference && (property.Value.Properties is { Count: > 0 } || property.Value.Enum is { Count: > 0 }))
                {
                    _ = schemas.Resolve(property.Value, contextName, ns, SpecPointer.Append(SpecPointer.Append(pointer, "properties"), property.Key), asError: false);
                }
            }
        }
    }
}
