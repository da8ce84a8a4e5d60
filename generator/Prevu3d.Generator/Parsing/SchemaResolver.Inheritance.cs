using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Inheritance through <c>allOf</c> and discriminators, as Kiota reads them: a schema whose <c>allOf</c> holds exactly
    /// one <c>$ref</c> derives from that component and declares only what it adds; several <c>$ref</c>s are merged
    /// into one class. A <c>discriminator</c> maps wire values to derived components, explicitly (<c>mapping</c>)
    /// or, without a mapping, to every component that derives from the schema, by component name.
    /// </summary>
    internal sealed partial class SchemaResolver
    {
        // Keyed by error flag too: an exception's property names avoid the exception's members, a plain model's do not.
        private readonly Dictionary<IOpenApiSchema, ClassLayout> _layouts = new Dictionary<IOpenApiSchema, ClassLayout>(ReferenceComparer<IOpenApiSchema>.Instance);
        private readonly Dictionary<IOpenApiSchema, ClassLayout> _errorLayouts = new Dictionary<IOpenApiSchema, ClassLayout>(ReferenceComparer<IOpenApiSchema>.Instance);
        private readonly HashSet<IOpenApiSchema> _layoutsInProgress = new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance);

        /// <summary>The types of error bodies met so far: a class and its base are both exceptions or both not.</summary>
        private readonly HashSet<string> _errorTypeNames = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>What a model class declares: its base (if any), its own properties and their names, and every member name it inherits.</summary>
        private sealed class ClassLayout
        {
            public ClassLayout(ComponentEntry? baseEntry, List<(string JsonName, IOpenApiSchema Schema, string Pointer)> own, string?[] names, HashSet<string> jsonNames, HashSet<string> memberNames)
            {
                BaseEntry = baseEntry;
                Own = own;
                Names = names;
                JsonNames = jsonNames;
                MemberNames = memberNames;
            }

            public ComponentEntry? BaseEntry { get; }

            public List<(string JsonName, IOpenApiSchema Schema, string Pointer)> Own { get; }

            public string?[] Names { get; }

            /// <summary>The JSON names this class and its bases read.</summary>
            public HashSet<string> JsonNames { get; }

            /// <summary>The C# property names this class and its bases declare.</summary>
            public HashSet<string> MemberNames { get; }

            /// <summary>The properties this class's own schema defines again although a base declares them (not declared here).</summary>
            public List<(string JsonName, IOpenApiSchema Schema, string Pointer)> Shadowed { get; } = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)>();
        }

        /// <summary>Notes the type of an error body, so that an exception never derives from a plain model (nor the reverse).</summary>
        private TypeRef NoteError(TypeRef type, bool asError)
        {
            if (asError && type.Kind == ValueKind.Object && !type.IsCollection)
            {
                _errorTypeNames.Add(type.TypeName);
            }

            return type;
        }

        /// <summary>The only <c>$ref</c> among a schema's <c>allOf</c> members (the class it derives from, as Kiota reads it); null for none or several.</summary>
        private static OpenApiSchemaReference? InheritedReference(IOpenApiSchema schema)
        {
            if (schema is OpenApiSchemaReference || schema.AllOf is not { Count: > 0 } allOf)
            {
                return null;
            }

            OpenApiSchemaReference? found = null;
            foreach (var member in allOf)
            {
                if (member is OpenApiSchemaReference reference)
                {
                    if (found is not null)
                    {
                        // Several references are merged into one class, as Kiota does.
                        return null;
                    }

                    found = reference;
                }
            }

            return found is { UnresolvedReference: false, Target: not null } && found.Reference is { IsExternal: false, Id: not null } ? found : null;
        }

        /// <summary>
        /// An <c>allOf</c> of one <c>$ref</c> beside two or more inline members with properties (and none of its own), which
        /// Kiota 1.38 reads as an intersection, not as inheritance: one class holding the properties of every member, the
        /// first definition of a property winning (<c>allOf: [$ref: Wrapper-Collection, {data}, {links}]</c> →
        /// <c>BookingsGetResponse : object</c> with Wrapper-Collection's <c>data</c> and <c>links</c>); an <c>allOf</c> of
        /// inline members only is merged so too. Only there for now: Kiota keeps the first definition in other merges too
        /// (two <c>$ref</c>s), but doing so here adds github types Kiota's output does not have; other merges keep the last
        /// definition until that is understood.
        /// </summary>
        private static bool MergesInKiota(IOpenApiSchema schema) =>
            schema.Properties is not { Count: > 0 }
            && schema.AllOf!.Count(m => m is not OpenApiSchemaReference && (m.Properties is { Count: > 0 } || !string.IsNullOrEmpty(m.Format))) > 1;

        /// <summary>A component that is <c>allOf</c> of a single object component and nothing else: a class of its own deriving from it (Kiota), not an alias.</summary>
        private static bool IsBareDerivedClass(IOpenApiSchema schema, HashSet<IOpenApiSchema> visiting)
        {
            if (schema.AllOf is not { Count: 1 } || schema.Properties is { Count: > 0 } || InheritedReference(schema) is not { Target: { } target })
            {
                return false;
            }

            // A component that derives from itself stays an alias, reported where it is resolved.
            return visiting.Add(schema) && (IsObjectSchema(target) || IsBareDerivedClass(target, visiting));
        }

        /// <summary>
        /// In Kiota's style, an inline schema typed <c>object</c> whose only word on its shape is an <c>allOf</c> of one object
        /// component (besides annotations): Kiota models any inline <c>type: object</c> as a class of its own, deriving from the
        /// <c>allOf</c>'s one reference, where without the type it unwraps the reference (box's <c>allOf: [$ref, {description}]</c>).
        /// </summary>
        private bool IsTypedDerivedClass(IOpenApiSchema schema) =>
            Style == NamingStyle.Kiota && schema is not OpenApiSchemaReference && NonNullType(schema) == JsonSchemaType.Object
            && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && IsBareDerivedClass(schema, new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance));

        /// <summary>The layout of a component's class (its name and error flag are the component's).</summary>
        private ClassLayout? ComponentLayout(ComponentEntry entry) =>
            entry.Name is null || entry.Type is not { Kind: ValueKind.Object, IsCollection: false }
                ? null
                : Layout(entry.Schema, entry.Name, SpecPointer.Append("#/components/schemas", entry.Id), _errorTypeNames.Contains(entry.Type.TypeName));

        /// <summary>Works out (once per schema) whether the class derives from a component, and what it declares itself.</summary>
        private ClassLayout Layout(IOpenApiSchema schema, string name, string pointer, bool isError)
        {
            var layouts = isError ? _errorLayouts : _layouts;
            if (layouts.TryGetValue(schema, out var known))
            {
                return known;
            }

            _layoutsInProgress.Add(schema);
            ComponentEntry? baseEntry = null;
            ClassLayout? parent = null;
            var reference = InheritedReference(schema);
            // An allOf of inline objects only is Kiota's intersection too: the first definition of a property wins there
            // (schema-types' `compatible`: `name` typed string by its first member, described again by the second).
            var intersection = Style == NamingStyle.Kiota && schema.AllOf is { Count: > 1 } members && MergesInKiota(schema)
                && (reference is not null || members.All(m => m is not OpenApiSchemaReference));
            if (intersection)
            {
                // Kiota's shape: one class of every member's properties, deriving from nothing.
                reference = null;
            }

            if (reference is not null
                && _components.TryGetValue(reference.Reference.Id!, out var candidate)
                && candidate.Name is not null
                && candidate.Type is { Kind: ValueKind.Object, IsCollection: false }
                && !_layoutsInProgress.Contains(candidate.Schema)
                && _errorTypeNames.Contains(candidate.Type.TypeName) == isError)
            {
                // A cycle of allOf (A derives from B derives from A) or an exception over a plain model: merged instead.
                baseEntry = candidate;
                parent = ComponentLayout(candidate);
            }

            // Slots and an index keep a redefinition (allOf) linear: the old slot is emptied, the new one appended.
            var slots = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)?>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var seen = new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance);
            if (parent is null)
            {
                CollectProperties(schema, pointer, slots, index, seen, firstWins: intersection);
            }
            else
            {
                // The base reads its own properties: only what the other members and the schema itself add is declared here.
                seen.Add(schema);
                seen.Add(baseEntry!.Schema);
                var allOf = schema.AllOf!;
                for (var i = 0; i < allOf.Count; i++)
                {
                    if (!ReferenceEquals(allOf[i], reference))
                    {
                        CollectProperties(allOf[i], SpecPointer.Item(pointer, "allOf", i), slots, index, seen);
                    }
                }

                CollectOwnProperties(schema, pointer, slots, index, firstWins: false);
            }

            var own = slots.Where(slot => slot.HasValue && (parent is null || !parent.JsonNames.Contains(slot.Value.JsonName))).Select(slot => slot!.Value).ToList();
            var names = NameProperties(own, name, isError, parent?.MemberNames);
            var jsonNames = new HashSet<string>(parent?.JsonNames ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            var memberNames = new HashSet<string>(parent?.MemberNames ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            for (var i = 0; i < own.Count; i++)
            {
                jsonNames.Add(own[i].JsonName);
                if (names[i] is { } member)
                {
                    memberNames.Add(member);
                }
            }

            var layout = new ClassLayout(parent is null ? null : baseEntry, own, names, jsonNames, memberNames);
            if (parent is not null)
            {
                layout.Shadowed.AddRange(slots.Where(slot => slot.HasValue && parent.JsonNames.Contains(slot.Value.JsonName)).Select(slot => slot!.Value));
            }

            _layoutsInProgress.Remove(schema);
            layouts[schema] = layout;
            return layout;
        }

        /// <summary>
        /// The discriminator of a base schema: the explicit mapping (entries that name a class deriving from it, or itself),
        /// else every component deriving from it, by component name, in ordinal order as Kiota lists them.
        /// </summary>
        private DiscriminatorModel? DiscriminatorOf(IOpenApiSchema schema, string selfTypeName, string pointer)
        {
            if (schema.Discriminator is not { PropertyName: { Length: > 0 } property } discriminator)
            {
                return null;
            }

            var discriminatorPointer = SpecPointer.Append(pointer, "discriminator");
            var mapping = new List<DiscriminatorMappingModel>();
            if (discriminator.Mapping is { Count: > 0 } explicitMapping)
            {
                foreach (var pair in explicitMapping)
                {
                    var entryPointer = SpecPointer.Append(SpecPointer.Append(discriminatorPointer, "mapping"), pair.Key);
                    var id = MappedComponentId(pair.Value);
                    if (id is null || !_components.TryGetValue(id, out var entry))
                    {
                        _sink.Dangling(pair.Value?.Reference?.ReferenceV3 ?? pair.Key, entryPointer);
                        continue;
                    }

                    if (entry.Type is { Kind: ValueKind.Object, IsCollection: false } type && (type.TypeName == selfTypeName || DerivesFrom(entry, schema)))
                    {
                        mapping.Add(new DiscriminatorMappingModel(pair.Key, type.TypeName));
                    }
                    else
                    {
                        // A defect of the document (the mapped schema is not a subtype), not an unsupported construct.
                        _sink.LenientOnce(entryPointer, entryPointer, "the discriminator value '" + pair.Key + "' names '" + id + "', which does not derive from this schema through allOf; such a value is read as this schema's class");
                    }
                }
            }
            else
            {
                foreach (var entry in _components.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
                {
                    if (entry.Type is { Kind: ValueKind.Object, IsCollection: false } type && type.TypeName != selfTypeName && DerivesFrom(entry, schema))
                    {
                        mapping.Add(new DiscriminatorMappingModel(entry.Id, type.TypeName));
                    }
                }
            }

            return new DiscriminatorModel(property, mapping.ToEquatableArray());
        }

        /// <summary>The component a mapping value names: <c>#/components/schemas/Cat</c> or the bare name <c>Cat</c>.</summary>
        private string? MappedComponentId(OpenApiSchemaReference? reference)
        {
            if (reference?.Reference is not { } target || target.IsExternal)
            {
                return null;
            }

            if (target.Id is { Length: > 0 } id && _components.ContainsKey(id))
            {
                return id;
            }

            const string Prefix = "#/components/schemas/";
            var text = target.ReferenceV3 ?? string.Empty;
            return text.StartsWith(Prefix, StringComparison.Ordinal) ? text.Substring(Prefix.Length) : text.Length > 0 && text.IndexOf('/') < 0 ? text : null;
        }

        /// <summary>True when the component's class derives from <paramref name="baseSchema"/>'s, through any number of levels.</summary>
        private bool DerivesFrom(ComponentEntry entry, IOpenApiSchema baseSchema)
        {
            var layout = ComponentLayout(entry);
            for (var depth = 0; layout?.BaseEntry is { } parent && depth <= _components.Count; depth++)
            {
                if (ReferenceEquals(parent.Schema, baseSchema))
                {
                    return true;
                }

                layout = ComponentLayout(parent);
            }

            return false;
        }
    }
}
