using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The <c>oneOf</c>/<c>anyOf</c> components that Kiota 1.38 makes one class of, because the document names them only as
    /// an alternative of another union: stripe's <c>deleted_payment_source</c> (<c>anyOf</c> of <c>deleted_bank_account</c>
    /// and <c>deleted_card</c>), an alternative of the delete responses only, is <c>Models.Deleted_payment_source</c>, a class
    /// of the properties its own alternatives list (the first definition of a name wins: its <c>object</c> enum holds
    /// <c>bank_account</c> alone), not a wrapper.
    /// </summary>
    /// <remarks>
    /// Kiota declares the alternatives of a union by name, and a union named that way is merged (its alternatives' properties
    /// in one class); a union it meets anywhere else, a response, a body, a property or items, is a wrapper. One that is met
    /// both ways is, in Kiota, one class with the wrapper's properties and the merged ones (stripe's <c>payment_source</c>);
    /// that stays a wrapper here. Only a union of object alternatives is merged: Kiota's class of a union of strings or
    /// numbers has no property, and every value would be lost. A function of the document, run before any name is given.
    /// </remarks>
    internal static class AlternativeUnions
    {
        /// <summary>The ids of the components that are merged in Kiota's style.</summary>
        public static HashSet<string> Find(OpenApiDocument document)
        {
            var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
            var asAlternative = new HashSet<string>(StringComparer.Ordinal);
            var elsewhere = new HashSet<string>(StringComparer.Ordinal);
            var walk = new Walk(components, asAlternative, elsewhere);
            foreach (var item in (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>()).Concat(document.Webhooks?.Values ?? Enumerable.Empty<IOpenApiPathItem>()))
            {
                walk.Parameters(item.Parameters);
                foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                {
                    walk.Parameters(operation.Parameters);
                    walk.Content(operation.RequestBody?.Content);
                    foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                    {
                        walk.Content(response.Content);
                        foreach (var header in response.Headers?.Values ?? Enumerable.Empty<IOpenApiHeader>())
                        {
                            walk.Schema(header.Schema, alternative: false);
                            walk.Content(header.Content);
                        }
                    }
                }
            }

            walk.Run();
            var merged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in asAlternative)
            {
                if (!elsewhere.Contains(id) && components.TryGetValue(id, out var schema) && IsObjectUnion(schema))
                {
                    merged.Add(id);
                }
            }

            return merged;
        }

        /// <summary>
        /// The <c>oneOf</c> (else <c>anyOf</c>) a schema becomes a wrapper by, as <see cref="SchemaResolver"/> reads it; null
        /// when it is no wrapper (one alternative besides null, or an object whose alternatives say too little).
        /// </summary>
        private static IList<IOpenApiSchema>? WrapperAlternatives(IOpenApiSchema schema)
        {
            var members = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
            return members is { Count: > 0 } && !SchemaResolver.IsMergedUnion(schema) && SchemaResolver.Alternatives(members).Count > 1 ? members : null;
        }

        /// <summary>
        /// A component the generator would make a wrapper of, with one keyword whose alternatives are all objects (a reference
        /// to an object component, or properties of its own), and no <c>allOf</c>.
        /// </summary>
        private static bool IsObjectUnion(IOpenApiSchema schema)
        {
            if (schema is OpenApiSchemaReference || SchemaResolver.Classify(schema) != Model.ValueKind.Untyped || schema.AllOf is { Count: > 0 }
                || (schema.OneOf is { Count: > 0 } && schema.AnyOf is { Count: > 0 })
                || SchemaResolver.NonNullType(schema) is { } type && type != JsonSchemaType.Object
                || WrapperAlternatives(schema) is not { } members)
            {
                return false;
            }

            return SchemaResolver.Alternatives(members).All(member => member is OpenApiSchemaReference { Target: { } target }
                ? target is not OpenApiSchemaReference && SchemaResolver.Classify(target) == Model.ValueKind.Object && target.AllOf is not { Count: > 0 }
                : member.Properties is { Count: > 0 } && SchemaResolver.NonNullType(member) is null or JsonSchemaType.Object);
        }

        /// <summary>
        /// The walk through every schema the operations reach, components included once each, noting for each reference
        /// whether it is an alternative of a wrapper. A work list, not recursion: a document may chain thousands of schemas.
        /// </summary>
        private sealed class Walk
        {
            private readonly IDictionary<string, IOpenApiSchema> _components;
            private readonly HashSet<string> _asAlternative;
            private readonly HashSet<string> _elsewhere;
            private readonly HashSet<string> _entered = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<IOpenApiSchema> _seen = new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance);
            private readonly Stack<(IOpenApiSchema Schema, bool Alternative)> _pending = new Stack<(IOpenApiSchema, bool)>();

            public Walk(IDictionary<string, IOpenApiSchema> components, HashSet<string> asAlternative, HashSet<string> elsewhere)
            {
                _components = components;
                _asAlternative = asAlternative;
                _elsewhere = elsewhere;
            }

            public void Parameters(IList<IOpenApiParameter>? parameters)
            {
                foreach (var parameter in parameters ?? Enumerable.Empty<IOpenApiParameter>())
                {
                    Schema(parameter.Schema, alternative: false);
                    Content(parameter.Content);
                }
            }

            public void Content(IDictionary<string, IOpenApiMediaType>? content)
            {
                foreach (var media in content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                {
                    Schema(media.Schema, alternative: false);
                }
            }

            public void Schema(IOpenApiSchema? schema, bool alternative)
            {
                if (schema is not null && (schema is OpenApiSchemaReference || _seen.Add(schema)))
                {
                    _pending.Push((schema, alternative));
                }
            }

            public void Run()
            {
                while (_pending.Count > 0)
                {
                    var (schema, alternative) = _pending.Pop();
                    if (schema is OpenApiSchemaReference reference)
                    {
                        if (reference.Reference?.Id is { } id && _components.TryGetValue(id, out var target))
                        {
                            (alternative ? _asAlternative : _elsewhere).Add(id);
                            if (_entered.Add(id))
                            {
                                Schema(target, alternative: false);
                            }
                        }

                        continue;
                    }

                    foreach (var property in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
                    {
                        Schema(property, alternative: false);
                    }

                    Schema(schema.Items, alternative: false);
                    Schema(schema.AdditionalProperties, alternative: false);
                    var wrapped = WrapperAlternatives(schema);
                    foreach (var members in new[] { schema.AllOf, schema.OneOf, schema.AnyOf })
                    {
                        foreach (var member in members ?? Enumerable.Empty<IOpenApiSchema>())
                        {
                            Schema(member, alternative: ReferenceEquals(members, wrapped));
                        }
                    }

                    foreach (var mapped in schema.Discriminator?.Mapping?.Values ?? Enumerable.Empty<OpenApiSchemaReference>())
                    {
                        Schema(mapped, alternative: false);
                    }
                }
            }
        }
    }
}
