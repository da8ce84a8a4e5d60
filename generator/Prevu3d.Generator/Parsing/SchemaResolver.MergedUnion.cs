using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// An object whose <c>oneOf</c>/<c>anyOf</c> alternatives cannot be told apart by their shape: one class, as Kiota 1.38
    /// makes it, not a composed-type wrapper.
    /// </summary>
    /// <remarks>
    /// Kiota makes a wrapper only when at least two alternatives say something of the value's shape ("meaningful": a
    /// <c>$ref</c>, properties, an enum, items, a format, or a type other than <c>object</c>); an alternative that is only an
    /// <c>allOf</c>, a nested <c>oneOf</c>, or <c>type: object</c> with annotations does not count. When the schema itself
    /// is an object (<c>type: object</c>, properties, or typed additional properties) and no more than one alternative counts,
    /// the value is a class: the schema's own properties, then the properties each alternative lists itself (of the
    /// <c>anyOf</c> when one of its alternatives counts, else of the <c>oneOf</c>), the first definition of a name winning.
    /// Every other member of the value is kept in <c>AdditionalData</c>, so nothing on the wire is lost
    /// (github's <c>copilot-space-collaborator</c>: <c>anyOf</c> of an <c>allOf</c> over <c>simple-user</c> and of a team
    /// object is the team's properties; <c>org-ruleset-conditions</c>, a <c>oneOf</c> of three <c>allOf</c>s, a class of
    /// additional data only).
    /// </remarks>
    internal sealed partial class SchemaResolver
    {
        /// <summary>True for an object schema that Kiota reads as one class although it has a <c>oneOf</c> or <c>anyOf</c>.</summary>
        internal static bool IsMergedUnion(IOpenApiSchema schema)
        {
            if (schema is OpenApiSchemaReference || schema.AllOf is { Count: > 0 })
            {
                return false;
            }

            var isObject = NonNullType(schema) == JsonSchemaType.Object || schema.Properties is { Count: > 0 } || schema.AdditionalProperties is { Type: not null };
            if (!isObject)
            {
                return false;
            }

            var anyOf = Alternatives(schema.AnyOf);
            var oneOf = Alternatives(schema.OneOf);
            // Kiota counts a null alternative as meaningful too: only the others make two alternatives, all of them the count.
            return (anyOf.Count > 1 || oneOf.Count > 1)
                && (schema.AnyOf?.Count(IsMeaningfulAlternative) ?? 0) <= 1 && (schema.OneOf?.Count(IsMeaningfulAlternative) ?? 0) <= 1;
        }

        /// <summary>
        /// The alternatives whose own properties the merged class adds: the <c>anyOf</c>'s when one of them is meaningful,
        /// else the <c>oneOf</c>'s when one of them is, else none; each with its keyword and index.
        /// </summary>
        private static IEnumerable<(IOpenApiSchema Schema, string Keyword, int Index)> MergedAlternatives(IOpenApiSchema schema)
        {
            foreach (var (keyword, members) in new[] { ("anyOf", schema.AnyOf), ("oneOf", schema.OneOf) })
            {
                if (members is { Count: > 0 } && members.Any(IsMeaningfulAlternative))
                {
                    return members.Select((member, index) => (member, keyword, index));
                }
            }

            return Enumerable.Empty<(IOpenApiSchema, string, int)>();
        }

        /// <summary>
        /// Adds the properties the merged alternatives list themselves, after the schema's own; a name met again keeps its
        /// first definition. A union component named only as an alternative of another union is merged so too
        /// (<see cref="AlternativeUnions"/>).
        /// </summary>
        private void CollectMergedUnionProperties(IOpenApiSchema schema, string pointer, List<(string JsonName, IOpenApiSchema Schema, string Pointer)?> collected, Dictionary<string, int> index)
        {
            // Kiota types a name as its first definition; a union merged as an alternative also keeps the values a later
            // alternative's inline enum adds (stripe's deleted card: "card" beside "bank_account"), which Kiota reads as null.
            var widenEnums = _mergedAlternatives.Contains(schema);
            if (!widenEnums && !IsMergedUnion(schema))
            {
                return;
            }

            foreach (var (member, keyword, position) in MergedAlternatives(schema))
            {
                var memberPointer = member is OpenApiSchemaReference { Reference.ReferenceV3: { } target } ? target : SpecPointer.Item(pointer, keyword, position);
                var properties = member is OpenApiSchemaReference reference ? reference.Target?.Properties : member.Properties;
                if (properties is null)
                {
                    continue;
                }

                foreach (var pair in properties)
                {
                    if (!index.TryGetValue(pair.Key, out var at))
                    {
                        index[pair.Key] = collected.Count;
                        collected.Add((pair.Key, pair.Value, SpecPointer.Append(SpecPointer.Append(memberPointer, "properties"), pair.Key)));
                    }
                    else if (widenEnums && collected[at] is { } first && WidenedEnum(first.Schema, pair.Value) is { } widened)
                    {
                        collected[at] = (first.JsonName, widened, first.Pointer);
                    }
                }
            }
        }

        /// <summary>
        /// The inline string enum <paramref name="first"/> with the values of the inline string enum <paramref name="later"/>
        /// it lacks appended, its other keywords kept; null when either is not an inline string enum or nothing is added.
        /// </summary>
        private static IOpenApiSchema? WidenedEnum(IOpenApiSchema first, IOpenApiSchema later)
        {
            if (first is not OpenApiSchema known || later is OpenApiSchemaReference || !IsStringEnum(known) || !IsStringEnum(later))
            {
                return null;
            }

            var values = known.Enum!.ToList();
            var texts = new HashSet<string>(values.Select(v => v?.ToJsonString() ?? "null"), System.StringComparer.Ordinal);
            var added = later.Enum!.Where(v => texts.Add(v?.ToJsonString() ?? "null")).ToList();
            if (added.Count == 0)
            {
                return null;
            }

            var widened = (OpenApiSchema)known.CreateShallowCopy();
            widened.Enum = values.Concat(added).ToList();
            return widened;
        }

        /// <summary>
        /// An alternative that says something of the value's shape, as Kiota counts them: a reference, properties, an enum,
        /// items, a format, or a type other than <c>object</c>.
        /// </summary>
        private static bool IsMeaningfulAlternative(IOpenApiSchema schema) =>
            schema is OpenApiSchemaReference
            || schema.Properties is { Count: > 0 }
            || schema.Enum is { Count: > 0 }
            || schema.Items is not null
            || (schema.Type is { } type && (type & ~JsonSchemaType.Null) != JsonSchemaType.Object)
            || !string.IsNullOrEmpty(schema.Format);
    }
}
