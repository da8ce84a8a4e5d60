using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>The models and enums: a schema's properties (allOf merged) and enum values, named and typed.</summary>
    internal sealed partial class SchemaResolver
    {
        /// <summary>
        /// Builds the model class of an object schema; an error model's properties avoid the exception's members. Its
        /// inline property types are named after <paramref name="inlineBase"/>, the class name unless the caller says.
        /// </summary>
        public void BuildModel(IOpenApiSchema schema, string ns, string name, string pointer, bool isError, string? inlineBase = null)
        {
            // What the class declares itself: everything when it derives from nothing, else what it adds to its base.
            var layout = Layout(schema, name, pointer, isError);
            var collected = layout.Own;
            var names = layout.Names;

            var self = "global::" + ns + "." + name;
            // A wrapper nested in this class (Kiota's style) must not take a member's name, nor the class's own.
            var nested = _scopes.For(self);
            foreach (var member in ReservedNames.ModelMembers(name, isError).Concat(names.Where(n => n is not null).Select(n => n!)))
            {
                nested.TryReserve(member, member);
            }

            var primary = isError ? PrimaryErrorMessage(collected, names) : -1;
            var properties = new List<PropertyModel>();
            for (var i = 0; i < collected.Count; i++)
            {
                if (names[i] is not { } propertyName)
                {
                    continue;
                }

                var (jsonName, propertySchema, propertyPointer) = collected[i];
                _propertyReference = PropertyReference(propertySchema);
                var type = AsProperty(Resolve(propertySchema, TypeNames.InlineProperty(inlineBase ?? name, jsonName, _scopes.Style), ns, propertyPointer, asError: false, self));
                var overridesMessage = i == primary && type.Kind == ValueKind.String && !type.IsCollection;
                properties.Add(new PropertyModel(jsonName, propertyName, type, Describe(propertySchema), overridesMessage)
                {
                    Deprecated = Flag(propertySchema, s => s.Deprecated),
                    ReadOnly = Flag(propertySchema, s => s.ReadOnly),
                });
            }

            if (Style == NamingStyle.Kiota)
            {
                // Kiota types a property its base declares too before dropping it: the inline type it makes for it
                // (box's ConflictError_context_info, beside ClientError's context_info) is declared all the same.
                foreach (var (jsonName, propertySchema, propertyPointer) in layout.Shadowed)
                {
                    _propertyReference = PropertyReference(propertySchema);
                    Resolve(propertySchema, TypeNames.InlineProperty(inlineBase ?? name, jsonName, _scopes.Style), ns, propertyPointer, asError: false, self);
                }
            }

            _propertyReference = null;

            _models.Add(new ModelClass(ns, name, Describe(schema), isError, properties.ToEquatableArray())
            {
                BaseTypeName = layout.BaseEntry?.Type?.TypeName,
                Discriminator = DiscriminatorOf(schema, self, pointer),
            });
        }

        /// <summary>
        /// The property an error model's <c>Message</c> returns, as Kiota picks it: the one marked
        /// <c>x-ms-primary-error-message: true</c>, else the one named <c>message</c> (declared <c>MessageEscaped</c>);
        /// -1 for none (the exception's own message). Only a single string qualifies, which the caller checks.
        /// </summary>
        private static int PrimaryErrorMessage(List<(string JsonName, IOpenApiSchema Schema, string Pointer)> collected, string?[] names)
        {
            var named = -1;
            for (var i = 0; i < collected.Count; i++)
            {
                if (names[i] is null)
                {
                    continue;
                }

                if (Flag(collected[i].Schema, IsMarkedPrimaryErrorMessage))
                {
                    return i;
                }

                if (named < 0 && names[i] == ReservedNames.Escape("Message"))
                {
                    named = i;
                }
            }

            return named;
        }

        /// <summary>The Microsoft extension <c>x-ms-primary-error-message: true</c> on a property's schema.</summary>
        private static bool IsMarkedPrimaryErrorMessage(IOpenApiSchema schema) =>
            schema.Extensions is { } extensions
            && extensions.TryGetValue("x-ms-primary-error-message", out var extension)
            && extension switch
            {
                Microsoft.OpenApi.MicrosoftExtensions.OpenApiPrimaryErrorMessageExtension known => known.IsPrimaryErrorMessage,
                JsonNodeExtension { Node: JsonValue value } => value.TryGetValue<bool>(out var flag) && flag,
                _ => false,
            };

        /// <summary>
        /// The type of a model property: binary content (<c>format: binary</c>, a <c>Stream</c> as a body or a response)
        /// is a <c>byte[]</c> inside a model, as Kiota types it, since a JSON value is read whole.
        /// </summary>
        private static TypeRef AsProperty(TypeRef type) =>
            type.Kind == ValueKind.Stream ? new TypeRef(ValueKind.ByteArray, "byte[]", type.IsCollection) : type;

        /// <summary>Builds a string enum; <c>null</c> and repeated wire values are not members.</summary>
        public void BuildEnum(IOpenApiSchema schema, string ns, string name, string pointer)
        {
            var values = new List<(string Value, string Pointer)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var nodes = schema.Enum ?? new List<JsonNode>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                if (node is null || JsonNullSentinel.IsJsonNullSentinel(node))
                {
                    // null in an enum is nullability (every property is nullable already), not a member.
                    continue;
                }

                var value = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
                if (seen.Add(value))
                {
                    values.Add((value, SpecPointer.Item(pointer, "enum", i)));
                }

                // Otherwise the same wire value twice ("1" and 1): one member carries it, nothing is lost.
            }

            var scope = new NameScope(name);
            var names = new string?[values.Count];
            foreach (var pass in Names.CleanNamesFirst)
            {
                for (var i = 0; i < values.Count; i++)
                {
                    if (Names.HasNoSeparators(values[i].Value) == pass)
                    {
                        names[i] = scope.ReserveSpecName(values[i].Value, Names.ToSpecTypeName(values[i].Value, _scopes.Style));
                    }
                }
            }

            var members = new List<EnumMemberModel>();
            for (var i = 0; i < values.Count; i++)
            {
                if (names[i] is { } memberName)
                {
                    members.Add(new EnumMemberModel(values[i].Value, memberName));
                }
            }

            _enums.Add(new EnumModel(ns, name, Describe(schema), members.ToEquatableArray()));
        }

        /// <summary>The C# names of a model's properties, distinct even when spec names clean up alike; a name that hides a member is escaped.</summary>
        private string?[] NameProperties(List<(string JsonName, IOpenApiSchema Schema, string Pointer)> collected, string modelName, bool isError, IEnumerable<string>? inherited)
        {
            var reserved = ReservedNames.ModelMembers(modelName, isError);
            // A property a base class declares is taken too: a derived property of the same C# name gets a suffix.
            var scope = new NameScope(reserved.Concat(inherited ?? Enumerable.Empty<string>()).ToArray());
            var names = new string?[collected.Count];
            foreach (var pass in Names.CleanNamesFirst)
            {
                for (var i = 0; i < collected.Count; i++)
                {
                    var raw = collected[i].JsonName;
                    if (Names.HasNoSeparators(raw) != pass)
                    {
                        continue;
                    }

                    // Kiota spells a leading number and a sign: discourse's user field "1" is `One`, github's "+1" `Plus1`.
                    var preferred = _scopes.Style == NamingStyle.Kiota
                        ? Names.ToKiotaPropertyName(raw) ?? Names.ToPascalCase(Names.SpellLeadingDigits(raw))
                        : Names.ToPascalCase(raw);
                    if (string.Equals(preferred, modelName, StringComparison.OrdinalIgnoreCase) && _scopes.Style == NamingStyle.Kiota)
                    {
                        // A member cannot be named like its class: Kiota's Tests.TestsProp (and HRef.HrefProp: it compares ignoring case).
                        preferred += "Prop";
                    }
                    else if (reserved.Contains(preferred))
                    {
                        preferred = ReservedNames.Escape(preferred);
                    }

                    names[i] = scope.ReserveSpecName(raw, preferred);
                }
            }

            return names;
        }

        /// <param name="firstWins">
        /// True for Kiota's intersection (<see cref="MergesInKiota"/>): the first definition of a property stays, the
        /// schema's own before its members'; otherwise a later member refines an earlier one.
        /// </param>
        private void CollectProperties(IOpenApiSchema schema, string pointer, List<(string JsonName, IOpenApiSchema Schema, string Pointer)?> collected, Dictionary<string, int> index, HashSet<IOpenApiSchema> seen, bool firstWins = false)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                if (reference.Target is null)
                {
                    _sink.Dangling(reference.Reference?.ReferenceV3 ?? "$ref", SpecPointer.Append(pointer, "$ref"));
                    return;
                }

                pointer = reference.Reference?.ReferenceV3 ?? pointer;
                schema = reference.Target;
            }

            if (!seen.Add(schema))
            {
                return;
            }

            if (firstWins)
            {
                CollectOwnProperties(schema, pointer, collected, index, firstWins);
            }

            if (schema.AllOf is { Count: > 0 } allOf)
            {
                for (var i = 0; i < allOf.Count; i++)
                {
                    CollectProperties(allOf[i], SpecPointer.Item(pointer, "allOf", i), collected, index, seen, firstWins);
                }
            }

            if (!firstWins)
            {
                CollectOwnProperties(schema, pointer, collected, index, firstWins);
            }
        }

        /// <summary>The properties a schema lists itself (not through allOf), and those its alternatives add when Kiota merges them into one class.</summary>
        private void CollectOwnProperties(IOpenApiSchema schema, string pointer, List<(string JsonName, IOpenApiSchema Schema, string Pointer)?> collected, Dictionary<string, int> index, bool firstWins)
        {
            foreach (var pair in schema.Properties ?? Enumerable.Empty<KeyValuePair<string, IOpenApiSchema>>())
            {
                // A property defined again: the first definition stays (Kiota), or the last replaces it (Pascal).
                if (index.TryGetValue(pair.Key, out var previous))
                {
                    if (firstWins)
                    {
                        continue;
                    }

                    collected[previous] = null;
                }

                index[pair.Key] = collected.Count;
                collected.Add((pair.Key, pair.Value, SpecPointer.Append(SpecPointer.Append(pointer, "properties"), pair.Key)));
            }

            CollectMergedUnionProperties(schema, pointer, collected, index);
        }

        /// <summary>A flag of the property's schema, or of the schema its reference (or a lone <c>allOf</c> member) points to.</summary>
        private static bool Flag(IOpenApiSchema? schema, Func<IOpenApiSchema, bool> flag)
        {
            // A boolean schema (`"name": false` in a 3.1 document) reaches here as no schema at all: it has no flags.
            if (schema is null)
            {
                return false;
            }

            if (flag(schema))
            {
                return true;
            }

            if (schema is OpenApiSchemaReference { Target: { } target })
            {
                return flag(target);
            }

            return schema.AllOf is { Count: 1 } allOf && allOf[0] is not OpenApiSchemaReference && flag(allOf[0]);
        }

        /// <summary>The description of a schema, else of the schema a reference points to, else its title.</summary>
        internal static string? Describe(IOpenApiSchema? schema)
        {
            var text = schema?.Description;
            if (string.IsNullOrWhiteSpace(text) && schema is OpenApiSchemaReference reference)
            {
                text = reference.Target?.Description;
            }

            return string.IsNullOrWhiteSpace(text) ? schema?.Title : text!.Trim();
        }
    }
}
