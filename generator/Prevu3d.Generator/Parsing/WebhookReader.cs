using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The types of a 3.1 document's webhooks. A webhook is a request the API sends, so the client has no builder for it
    /// (P3D0014), but Kiota 1.38 still generates the models of its payloads, in the models namespace: an inline request
    /// body is <c>{Webhook}{Method}RequestBody</c> (<c>newBooking</c> → <c>NewBookingPostRequestBody</c>) and an inline
    /// response <c>{Webhook}{Method}{Code}Response</c> (<c>NewPetPost200Response</c>), so a receiver written against
    /// Kiota's models reads them with ours.
    /// </summary>
    internal static class WebhookReader
    {
        /// <summary>Resolves every JSON payload of every webhook, which makes its inline types.</summary>
        public static void ReadTypes(OpenApiDocument document, string modelsNamespace, SchemaResolver schemas)
        {
            if (document.Webhooks is not { Count: > 0 } webhooks)
            {
                return;
            }

            foreach (var webhook in webhooks)
            {
                var baseName = Names.ToSpecTypeName(webhook.Key, schemas.Style);
                var webhookPointer = SpecPointer.Append("#/webhooks", webhook.Key);
                foreach (var operation in webhook.Value.Operations ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<System.Net.Http.HttpMethod, OpenApiOperation>>())
                {
                    var methodName = TypeNames.Method(operation.Key.Method.ToUpperInvariant());
                    var pointer = SpecPointer.Append(webhookPointer, operation.Key.Method.ToLowerInvariant());
                    Resolve(operation.Value.RequestBody?.Content, baseName + methodName + "RequestBody", modelsNamespace, SpecPointer.Append(pointer, "requestBody"), schemas);
                    foreach (var response in operation.Value.Responses ?? new OpenApiResponses())
                    {
                        var responsePointer = SpecPointer.Append(SpecPointer.Append(pointer, "responses"), response.Key);
                        Resolve(response.Value.Content, baseName + methodName + Code(response.Key) + "Response", modelsNamespace, responsePointer, schemas);
                    }
                }
            }
        }

        /// <summary>A status code as a part of a name: <c>200</c>, <c>4XX</c>, <c>Default</c>.</summary>
        private static string Code(string key) =>
            key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key.Substring(1);

        private static void Resolve(System.Collections.Generic.IDictionary<string, IOpenApiMediaType>? content, string contextName, string ns, string pointer, SchemaResolver schemas)
        {
            // Only a JSON payload's schema is a model of Kiota's; others would be a stream or a string.
            if (MediaTypes.Pick(content) is { } media && MediaTypes.IsJson(MediaTypes.Essence(media.Key)) && media.Value.Schema is { } schema)
            {
                schemas.Resolve(schema, contextName, ns, SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, "content"), media.Key), "schema"), asError: false);
            }
        }
    }
}
