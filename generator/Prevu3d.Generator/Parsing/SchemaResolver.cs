using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Turns schemas into C# types: primitives, references to components, and the inline models and
    /// enums it creates on the way (collected in <see cref="Models"/> and <see cref="Enums"/>).
    /// </summary>
    /// <remarks>
    /// Stateful by nature: a component alias is resolved once, on first use, and an inline type's name is
    /// reserved where it is met. One instance per spec, created by <see cref="SpecParser"/> and handed to
    /// the stages that read schemas; the models (<c>.Models.cs</c>) are built here too, because a model's
    /// properties are schemas and an inline schema may be a model.
    /// </remarks>
    internal sealed partial class SchemaResolver
    {
        /// <summary>Any JSON value: what a schema the generator cannot type falls back to.</summary>
        public static readonly TypeRef Untyped = new TypeRef(ValueKind.Untyped, "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode", false);

        private readonly Dictionary<string, ComponentEntry> _components;
        private readonly string _modelsNamespace;
        private readonly TypeScopes _scopes;
        private readonly DiagnosticSink _sink;
        private readonly Dictionary<IOpenApiSchema, TypeRef> _inlineInProgress = new Dictionary<IOpenApiSchema, TypeRef>(ReferenceComparer<IOpenApiSchema>.Instance);
        private readonly Dictionary<IOpenApiSchema, Dictionary<string, TypeRef>> _sharedErrors = new Dictionary<IOpenApiSchema, Dictionary<string, TypeRef>>(ReferenceComparer<IOpenApiSchema>.Instance);
        private readonly List<ModelClass> _models = new List<ModelClass>();
        private readonly List<EnumModel> _enums = new List<EnumModel>();
        private readonly Dictionary<string, InlinePlace> _inlinePlaces = new Dictionary<string, InlinePlace>(System.StringComparer.Ordinal);

        /// <summary>The schemas of the union components that are one class of their alternatives' properties (<see cref="AlternativeUnions"/>).</summary>
        private readonly HashSet<IOpenApiSchema> _mergedAlternatives;

        public SchemaResolver(Dictionary<string, ComponentEntry> components, string modelsNamespace, TypeScopes scopes, DiagnosticSink sink)
        {
            _components = components;
            _modelsNamespace = modelsNamespace;
            _scopes = scopes;
            _sink = sink;
            _mergedAlternatives = new HashSet<IOpenApiSchema>(components.Values.Where(c => c.MergesAlternatives).Select(c => c.Schema), ReferenceComparer<IOpenApiSchema>.Instance);
        }

        /// <summary>Every model built so far, in the order built.</summary>
        public IReadOnlyList<ModelClass> Models => _models;

        /// <summary>How the client's names are spelled (<c>Prevu3dNaming</c>).</summary>
        public NamingStyle Style => _scopes.Style;

        /// <summary>
        /// The components moved out of an operation whose origin this parse met, each with the namespace and name Kiota's
        /// style gives the inline type there (<c>Register</c>, <c>RegisterPostResponse_data_ship</c>).
        /// </summary>
        public IReadOnlyDictionary<string, InlinePlace> InlinePlaces => _inlinePlaces;

        /// <summary>
        /// The pointer a component's schema is read at: its origin for one moved out of an operation in Kiota's style,
        /// so that the places nested in it are met where they were defined; else its own.
        /// </summary>
        public string PointerOf(ComponentEntry entry) =>
            Style == NamingStyle.Kiota && entry.Origin is { } origin ? origin : SpecPointer.Append("#/components/schemas", entry.Id);

        /// <summary>Every enum built so far, in the order built.</summary>
        public IReadOnlyList<EnumModel> Enums => _enums;

        /// <summary>
        /// The inline error body of a response defined under <c>components/responses</c>, as Kiota places it: in the
        /// models namespace (<c>Models.AlbumObject401Error</c>), one class per name for every operation that uses the
        /// response; the same name from another schema is a class of its own (suffixed).
        /// </summary>
        public TypeRef ResolveSharedError(IOpenApiSchema schema, string name, string pointer)
        {
            if (!_sharedErrors.TryGetValue(schema, out var byName))
            {
                byName = new Dictionary<string, TypeRef>(System.StringComparer.Ordinal);
                _sharedErrors[schema] = byName;
            }

            if (!byName.TryGetValue(name, out var type))
            {
                type = Resolve(schema, name, _modelsNamespace, pointer, asError: true);
                byName[name] = type;
            }

            return type;
        }

        /// <summary>What a component becomes: a model, an enum, or (anything else) an alias of the type it describes.</summary>
        public static ValueKind Classify(IOpenApiSchema schema)
        {
            if (schema is OpenApiSchemaReference)
            {
                return ValueKind.Untyped;
            }

            if (IsStringEnum(schema))
            {
                return ValueKind.Enum;
            }

            return IsObjectSchema(schema) || IsBareDerivedClass(schema, new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance)) ? ValueKind.Object : ValueKind.Untyped;
        }

        public static TypeRef Primitive(ValueKind kind, string name) => new TypeRef(kind, name, false);

        /// <summary>Resolves a schema to a C# type, creating inline models and enums as needed.</summary>
        /// <param name="contextName">The preferred name of an inline type (it is suffixed if taken).</param>
        /// <param name="asError">True for an error response body: an inline model becomes an exception.</param>
        /// <param name="container">
        /// The <c>global::</c> name of the class that owns the value (the model of a property, the request builder of a body or
        /// response), in <paramref name="ns"/>: an inline <c>oneOf</c>/<c>anyOf</c> wrapper is nested in it in Kiota's style.
        /// </param>
        public TypeRef Resolve(IOpenApiSchema? schema, string contextName, string ns, string pointer, bool asError, string? container = null) =>
            NoteError(ResolveSchema(schema, contextName, ns, pointer, asError, container), asError);

        private TypeRef ResolveSchema(IOpenApiSchema? schema, string contextName, string ns, string pointer, bool asError, string? container)
        {
            if (schema is null)
            {
                return Untyped;
            }

            if (schema is OpenApiSchemaReference reference)
            {
                NoteOrigin(reference, contextName, ns, pointer);
                return ResolveReference(reference, pointer);
            }

            if (IsTypedDerivedClass(schema))
            {
                // `type: object` beside an allOf of one object component (spotify's `chapters`): Kiota's inline class
                // deriving from it (`AudiobookObject_chapters : PagingSimplifiedChapterObject`), not the component itself.
                return ResolveInlineModel(schema, contextName, ns, pointer, asError);
            }

            if (schema.AllOf is { Count: > 0 } allOf && schema.Properties is not { Count: > 0 }
                && (allOf.Count == 1 || (allOf.Count(m => !IsConstraintOnly(m)) == 1 && SaysNothingBesideAllOf(schema))))
            {
                // One member says what the value is; the others only describe it (box's `event_type`: an enum beside a
                // description, SQS's items: a string beside an `xml` name): the value is that member's, as Kiota reads it.
                var member = allOf.Count == 1 ? 0 : allOf.ToList().FindIndex(m => !IsConstraintOnly(m));
                return Resolve(allOf[member], contextName, ns, SpecPointer.Item(pointer, "allOf", member), asError, container);
            }

            if (SoleMeaningfulAllOfMember(schema) is { } sole)
            {
                return Resolve(schema.AllOf![sole], contextName, ns, SpecPointer.Item(pointer, "allOf", sole), asError, container);
            }

            if (ResolveComposition(schema, contextName, ns, pointer, asError, container) is { } composed)
            {
                return composed;
            }

            var type = NonNullType(schema);
            if (type is { } t && !IsSingleFlag(t))
            {
                // A type array (3.1), or a oneOf/anyOf of bare types, which the reader merges into one.
                return ResolveTypeUnion(schema, t, contextName, ns, pointer, container);
            }

            if (IsObjectSchema(schema))
            {
                return ResolveInlineModel(schema, contextName, ns, pointer, asError);
            }

            return ResolveValue(schema, type, contextName, ns, pointer, container);
        }

        /// <summary>
        /// In Kiota's style, the index of the one <c>allOf</c> member that says something of the value when every other member
        /// only annotates it (<c>allOf: [$ref: User, {description: …}]</c> is a <c>User</c>, <c>allOf: [{enum: […]}, {description: …}]</c>
        /// an enum, as Kiota reads them), for a schema with no type or properties of its own; else null.
        /// </summary>
        private int? SoleMeaningfulAllOfMember(IOpenApiSchema schema)
        {
            if (Style != NamingStyle.Kiota || schema.AllOf is not { Count: > 1 } allOf || schema.Properties is { Count: > 0 } || NonNullType(schema) is not null
                || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.AdditionalProperties is not null || schema.Items is not null)
            {
                return null;
            }

            int? sole = null;
            for (var i = 0; i < allOf.Count; i++)
            {
                if (IsAnnotationOnly(allOf[i]))
                {
                    continue;
                }

                if (sole is not null)
                {
                    return null;
                }

                sole = i;
            }

            return sole;
        }

        /// <summary>
        /// An inline schema of annotations only (description, example, nullable, title…), or a bare <c>type: object</c>
        /// beside them, which Kiota does not count either: nothing of the value's shape.
        /// </summary>
        private static bool IsAnnotationOnly(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference && string.IsNullOrEmpty(schema.Format)
            && NonNullType(schema) is null or JsonSchemaType.Object && HasNoShapeBesidesType(schema);

        /// <summary>At the place a moved component was defined, the name Kiota gives the inline type there.</summary>
        private void NoteOrigin(OpenApiSchemaReference reference, string contextName, string ns, string pointer)
        {
            if (Style == NamingStyle.Kiota && reference.Reference?.Id is { } id && _components.TryGetValue(id, out var entry) && entry.Origin == pointer)
            {
                _inlinePlaces[id] = new InlinePlace(ns, contextName);
            }
        }

        private TypeRef ResolveReference(OpenApiSchemaReference reference, string pointer)
        {
            if (reference.Reference is { IsExternal: true })
            {
                _sink.Unsupported(SpecPointer.Append(pointer, "$ref"), "the external reference '" + reference.Reference.ReferenceV3 + "' (only references inside the document are supported; the value is kept as an UntypedNode)");
                return Untyped;
            }

            if (reference.UnresolvedReference || reference.Target is null || reference.Reference?.Id is null)
            {
                _sink.Dangling(reference.Reference?.ReferenceV3 ?? "$ref", SpecPointer.Append(pointer, "$ref"));
                return Untyped;
            }

            return ResolveComponent(reference.Reference.Id, pointer, ReferenceEquals(reference, _propertyReference));
        }

        /// <param name="ofProperty">True for the reference a model property's value is (<see cref="ResolveNodeNamedItems"/>).</param>
        private TypeRef ResolveComponent(string id, string pointer, bool ofProperty = false)
        {
            if (!_components.TryGetValue(id, out var entry))
            {
                _sink.Dangling("#/components/schemas/" + id, pointer);
                return Untyped;
            }

            if (ofProperty && ResolveNodeNamedItems(entry) is { } nodeNamed)
            {
                return nodeNamed;
            }

            if (entry.Type is not null)
            {
                return entry.Type;
            }

            if (entry.Resolving)
            {
                _sink.Unsupported(pointer, "the schema '" + id + "' refers to itself without an object in between");
                return Untyped;
            }

            // A component that is not an object or enum is an alias: use the type it stands for.
            // Its inline types are built once, as Kiota builds them where it first meets the component.
            var nodeBase = EnterAlias(id);
            entry.Resolving = true;
            entry.Type = Resolve(entry.Schema, entry.InlineContext ?? Names.ToSpecTypeName(id, _scopes.Style), entry.Namespace ?? _modelsNamespace, PointerOf(entry), asError: false);
            entry.Resolving = false;
            _nodeBase = nodeBase;
            return entry.Type;
        }

        /// <summary>oneOf/anyOf: one alternative besides null is that alternative; more make a wrapper (<c>.Composed.cs</c>); null: neither keyword.</summary>
        private TypeRef? ResolveComposition(IOpenApiSchema schema, string contextName, string ns, string pointer, bool asError, string? container)
        {
            if (IsMergedUnion(schema))
            {
                // An object whose alternatives say too little to tell apart: one class (IsObjectSchema), as Kiota makes it.
                return null;
            }

            foreach (var (keyword, members) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
            {
                if (members is not { Count: > 0 })
                {
                    continue;
                }

                var candidates = Alternatives(members);
                if (keyword == "anyOf" && candidates.Count > 1 && candidates.Count(a => !HoldsNothing(a)) == 1)
                {
                    // anyOf [X, an object that can hold nothing]: the value is an X or `{}`, which X reads as empty, so it is
                    // X, as Kiota types it (github's interaction limits: an interaction-limit-response or `{}`).
                    candidates = candidates.Where(a => !HoldsNothing(a)).ToList();
                }

                if (candidates.Count == 1)
                {
                    return Resolve(candidates[0], contextName, ns, SpecPointer.Item(pointer, keyword, members.IndexOf(candidates[0])), asError, container);
                }

                if (ResolveComposed(schema, keyword, members, candidates, contextName, ns, pointer, container) is { } composed)
                {
                    return composed;
                }
            }

            return null;
        }

        private TypeRef ResolveInlineModel(IOpenApiSchema schema, string contextName, string ns, string pointer, bool asError)
        {
            // An inline object reached again while it is being built (allOf pulling in a schema
            // that holds it) is the same type: a self-referencing class, not endless recursion.
            if (_inlineInProgress.TryGetValue(schema, out var building))
            {
                return building;
            }

            var name = _scopes.For(ns).ReserveWithSuffix(contextName, pointer);
            var inline = new TypeRef(ValueKind.Object, "global::" + ns + "." + name, false);
            _inlineInProgress[schema] = inline;
            BuildModel(schema, ns, name, pointer, asError);
            _inlineInProgress.Remove(schema);
            return inline;
        }

        /// <summary>Arrays, inline enums and primitives (by type and format).</summary>
        private TypeRef ResolveValue(IOpenApiSchema schema, JsonSchemaType? type, string contextName, string ns, string pointer, string? container = null)
        {
            switch (type)
            {
                case JsonSchemaType.Array:
                    if (schema.Items is null)
                    {
                        return Untyped;
                    }

                    var item = Resolve(schema.Items, contextName, ns, SpecPointer.Append(pointer, "items"), asError: false, container);

                    // An array of arrays (at any depth) is an UntypedNode, as Kiota types it (code written against
                    // Kiota's client reads it so); the inner types are still built, since other values may use them.
                    // Items of any JSON value are a list of them in Kiota's style when the items schema says something
                    // (slack's `$ref` to a component of `items` without a type), an UntypedNode when it says nothing (`{}`).
                    if (item.IsCollection || item.Kind == ValueKind.Untyped)
                    {
                        var listOfAny = item.Kind == ValueKind.Untyped && !item.IsCollection && Style == NamingStyle.Kiota
                            && IsKiotaArrayItems(schema.Items) && !IsKiotaArray(schema.Items);
                        return listOfAny ? Untyped.AsCollection() : Untyped;
                    }

                    return item.AsCollection();
                case JsonSchemaType.String when IsStringEnum(schema):
                case null when IsStringEnum(schema):
                    var enumName = _scopes.For(ns).ReserveWithSuffix(contextName, pointer);
                    BuildEnum(schema, ns, enumName, pointer);
                    return new TypeRef(ValueKind.Enum, "global::" + ns + "." + enumName, false);
                case JsonSchemaType.String:
                    return StringType(schema.Format);
                case JsonSchemaType.Integer:
                    // Kiota's formats: int8 and uint8 on an integer or a number are sbyte and byte, int64 is long.
                    return schema.Format switch
                    {
                        "int64" => Primitive(ValueKind.Int64, "long"),
                        "int8" => Primitive(ValueKind.SByte, "sbyte"),
                        "uint8" => Primitive(ValueKind.Byte, "byte"),
                        _ => Primitive(ValueKind.Int32, "int"),
                    };
                case JsonSchemaType.Number:
                    return schema.Format switch
                    {
                        "float" => Primitive(ValueKind.Float, "float"),
                        "decimal" => Primitive(ValueKind.Decimal, "decimal"),
                        "int32" => Primitive(ValueKind.Int32, "int"),
                        "int64" => Primitive(ValueKind.Int64, "long"),
                        "int8" => Primitive(ValueKind.SByte, "sbyte"),
                        "uint8" => Primitive(ValueKind.Byte, "byte"),
                        _ => Primitive(ValueKind.Double, "double"),
                    };
                case JsonSchemaType.Boolean:
                    return Primitive(ValueKind.Boolean, "bool");
                default:
                    // No type and no properties: any JSON value.
                    return Untyped;
            }
        }

        private static TypeRef StringType(string? format) => format switch
        {
            "uuid" => Primitive(ValueKind.Guid, "global::System.Guid"),
            "date-time" => Primitive(ValueKind.DateTimeOffset, "global::System.DateTimeOffset"),
            "date" => Primitive(ValueKind.Date, "global::Microsoft.Kiota.Abstractions.Date"),
            "time" => Primitive(ValueKind.Time, "global::Microsoft.Kiota.Abstractions.Time"),
            "duration" => Primitive(ValueKind.TimeSpan, "global::System.TimeSpan"),
            "byte" => Primitive(ValueKind.ByteArray, "byte[]"),
            "binary" => Primitive(ValueKind.Stream, "global::System.IO.Stream"),
            _ => Primitive(ValueKind.String, "string"),
        };

        /// <summary>
        /// Items that make their array a list in Kiota (its <c>IsArray</c>): a reference, properties, an enum, items, a type or a
        /// format, in the items or in the first member of their composition.
        /// </summary>
        private static bool IsKiotaArrayItems(IOpenApiSchema items)
        {
            static bool SaysSomething(IOpenApiSchema s) =>
                s is OpenApiSchemaReference || s.Properties is { Count: > 0 } || s.Enum is { Count: > 0 } || s.Items is not null
                || s.Type is not null || !string.IsNullOrEmpty(s.Format);

            var first = (items.AnyOf ?? new List<IOpenApiSchema>()).Concat(items.AllOf ?? new List<IOpenApiSchema>()).Concat(items.OneOf ?? new List<IOpenApiSchema>()).FirstOrDefault();
            return SaysSomething(items) || (first is not null && SaysSomething(first));
        }

        /// <summary>An array in Kiota's sense (its <c>IsArray</c>): <c>type: array</c> with items that say something, through a reference too.</summary>
        private static bool IsKiotaArray(IOpenApiSchema schema)
        {
            var target = schema is OpenApiSchemaReference { Target: { } t } ? t : schema;
            return NonNullType(target) == JsonSchemaType.Array && target.Items is { } items && IsKiotaArrayItems(items);
        }

        /// <summary>A schema whose only word on the value's shape is its <c>allOf</c>.</summary>
        private static bool SaysNothingBesideAllOf(IOpenApiSchema schema) =>
            NonNullType(schema) is null && schema.Items is null && schema.Enum is not { Count: > 0 } && schema.OneOf is not { Count: > 0 }
            && schema.AnyOf is not { Count: > 0 } && schema.AdditionalProperties is null;

        /// <summary>The alternatives of a <c>oneOf</c>/<c>anyOf</c> besides <c>type: null</c>; empty for none.</summary>
        internal static List<IOpenApiSchema> Alternatives(IList<IOpenApiSchema>? members) =>
            members is null ? new List<IOpenApiSchema>() : members.Where(m => m.Type != JsonSchemaType.Null).ToList();

        /// <summary>
        /// An inline object that can hold no member: <c>type: object</c>, no properties and <c>additionalProperties: false</c>,
        /// nothing composed. Only <c>{}</c> is such a value.
        /// </summary>
        private static bool HoldsNothing(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && NonNullType(schema) == JsonSchemaType.Object
            && schema.Properties is not { Count: > 0 }
            && schema.AdditionalPropertiesAllowed == false
            && schema.AdditionalProperties is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && schema.PatternProperties is not { Count: > 0 };

        /// <summary>The schema's type less <c>null</c>; null for none (or <c>null</c> alone).</summary>
        internal static JsonSchemaType? NonNullType(IOpenApiSchema schema) =>
            schema.Type is { } type && (type & ~JsonSchemaType.Null) != 0 ? type & ~JsonSchemaType.Null : null;

        /// <summary>
        /// A string enum: <c>type: string</c>, or no type and only string values (besides null), as Kiota reads both; and, as
        /// Kiota asks of any enum, one value at least that is a string other than <c>""</c> (<c>enum: [""]</c> is a string).
        /// </summary>
        private static bool IsStringEnum(IOpenApiSchema schema)
        {
            if (schema.Enum is not { Count: > 0 } values
                || !values.Any(v => v is not null && !JsonNullSentinel.IsJsonNullSentinel(v) && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>().Length > 0))
            {
                return false;
            }

            var type = NonNullType(schema);
            return type == JsonSchemaType.String
                || (type is null && values.All(v => v is null || JsonNullSentinel.IsJsonNullSentinel(v) || v.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    && values.Any(v => v is not null && !JsonNullSentinel.IsJsonNullSentinel(v)));
        }

        private static bool IsSingleFlag(JsonSchemaType type) => (type & (type - 1)) == 0;

        private static bool IsObjectSchema(IOpenApiSchema schema)
        {
            var type = NonNullType(schema);
            if (type is not null && type != JsonSchemaType.Object)
            {
                return false;
            }

            if (schema.Properties is { Count: > 0 } || IsMergedUnion(schema))
            {
                return true;
            }

            // A free-form object or a map (additionalProperties with a schema) is a model of AdditionalData only,
            // as in Kiota; with oneOf/anyOf beside it, the composition decides.
            if ((type == JsonSchemaType.Object || schema.AdditionalProperties is not null) && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 })
            {
                return true;
            }

            // allOf of one member is an alias of that member; more members are merged into one model.
            return schema.AllOf is { Count: > 1 };
        }
    }
}
