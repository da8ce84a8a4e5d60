using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// <c>oneOf</c>/<c>anyOf</c> of several alternatives: Kiota's composed-type wrapper, one property per
    /// alternative named after its type, and the discriminator that picks one when the spec gives it.
    /// </summary>
    internal sealed partial class SchemaResolver
    {
        /// <summary>Members every wrapper has (or inherits): an alternative named like one is prefixed with the wrapper's name.</summary>
        private static readonly string[] WrapperMembers =
        {
            "CreateFromDiscriminatorValue", "GetFieldDeserializers", "Serialize",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        private readonly List<ComposedTypeModel> _composed = new List<ComposedTypeModel>();

        /// <summary>Every wrapper built so far, in the order built.</summary>
        public IReadOnlyList<ComposedTypeModel> ComposedTypes => _composed;

        /// <summary>
        /// The wrapper of a <c>oneOf</c>/<c>anyOf</c> with several alternatives besides <c>null</c>; an alternative the
        /// generator types as any JSON value (no type, an array of arrays) makes the whole value an <c>UntypedNode</c>.
        /// </summary>
        /// <returns>Null when the alternatives only constrain the schema's own type (<c>type: string</c> with
        /// <c>oneOf</c> of descriptions): the schema is then that type, as Kiota reads it.</returns>
        private TypeRef? ResolveComposed(IOpenApiSchema schema, string keyword, IList<IOpenApiSchema> members, List<IOpenApiSchema> candidates, string contextName, string ns, string pointer, string? container)
        {
            if (NonNullType(schema) is not null && candidates.All(IsConstraintOnly))
            {
                return null;
            }

            var (scope, prefix, containingType) = WrapperPlace(ns, container);
            var name = ReserveWrapperName(scope, ns, containingType, contextName, pointer);
            var self = new TypeRef(ValueKind.Object, prefix + name, false) { IsComposed = true };

            // A component wrapper is its type from now on: an alternative that refers back to it gets the wrapper.
            var component = _components.Values.FirstOrDefault(entry => ReferenceEquals(entry.Schema, schema));
            if (component is not null)
            {
                component.Type = self;
            }

            var alternatives = new List<(TypeRef Type, IOpenApiSchema Schema, string Pointer)>();
            var inlineCount = 0;
            foreach (var candidate in candidates)
            {
                var candidatePointer = SpecPointer.Item(pointer, keyword, members.IndexOf(candidate));
                // Kiota names an inline object alternative {Wrapper}Member1, Member2…, counting the alternatives without a
                // schema name; an inline string enum is a string alternative in its style (any of its values is a string).
                var memberName = name + "Member" + (inlineCount + 1).ToString(CultureInfo.InvariantCulture);
                var type = Style == NamingStyle.Kiota && candidate is not OpenApiSchemaReference && NonNullType(candidate) == JsonSchemaType.String && IsStringEnum(candidate)
                    ? Primitive(ValueKind.String, "string")
                    : ResolveUnnamedArrayMember(candidate, memberName)
                        ?? AsProperty(Resolve(candidate, memberName, ns, candidatePointer, asError: false));
                // Counted when the type (or a list's element) took the member name: an alternative with a schema name has its own.
                if (type.Kind is ValueKind.Object or ValueKind.Enum && !type.IsComposed
                    && type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1).StartsWith(memberName, StringComparison.Ordinal))
                {
                    inlineCount++;
                }

                if (type.Kind == ValueKind.Untyped)
                {
                    // An alternative that holds any JSON value (no type, an array of arrays) makes the union any JSON
                    // value: an UntypedNode is its exact, lossless type, so nothing is reported.
                    if (component is not null)
                    {
                        component.Type = Untyped;
                    }

                    return Untyped;
                }

                // The same C# type twice (a string and an email string) is one alternative.
                if (!alternatives.Any(a => a.Type == type))
                {
                    alternatives.Add((type, candidate, candidatePointer));
                }
            }

            var named = NameAlternatives(name, alternatives.Select(a => a.Type).ToList());
            var discriminator = ReadDiscriminator(schema, pointer, alternatives);
            _composed.Add(new ComposedTypeModel(
                ns,
                name,
                Describe(schema),
                keyword == "anyOf" ? ComposedTypeKind.AnyOf : ComposedTypeKind.OneOf,
                named.ToEquatableArray(),
                discriminator)
            {
                ContainingType = containingType,
            });
            return self;
        }

        /// <summary>
        /// An alternative that is a reference to an array component of inline objects (github's <c>content-directory</c>):
        /// Kiota finds no schema name for it and names it <c>{Wrapper}Member{n}</c>, in the component's namespace, building
        /// that class from the array schema, so it has no properties; ours gives it the items' properties. Null for any other
        /// alternative, or in the Pascal style. An array of arrays (openai's prompt, <c>[[1212, 318]]</c>) is not matched:
        /// Kiota's list of an empty class drops every number, so ours keeps the union an <c>UntypedNode</c>, which holds the
        /// value whole (issue 16.3, listed in tests/Prevu3d.Corpus/kiota-faults.json).
        /// </summary>
        private TypeRef? ResolveUnnamedArrayMember(IOpenApiSchema candidate, string memberName)
        {
            var target = candidate is OpenApiSchemaReference { Reference.Id: { } id } && _components.TryGetValue(id, out var entry) ? entry : null;
            var array = target?.Schema ?? candidate;
            if (Style != NamingStyle.Kiota || array is OpenApiSchemaReference || NonNullType(array) != JsonSchemaType.Array
                || array.Items is not { } items || items is OpenApiSchemaReference || !string.IsNullOrEmpty(items.Title))
            {
                return null;
            }

            if (target is null || !IsObjectSchema(items))
            {
                // An inline array of inline objects already names its items after the alternative (Resolve, in the caller).
                return null;
            }

            // A referenced array's class goes to the component's namespace, as Kiota places a referenced schema's types.
            var targetNs = target.Namespace ?? _modelsNamespace;
            return Resolve(items, memberName, targetNs, SpecPointer.Append(PointerOf(target), "items"), asError: false).AsCollection();
        }

        /// <summary>
        /// Beside an inline composed response named after its operation (<c>SearchRequestBuilder.SearchGetResponse</c>),
        /// Kiota's style keeps the wrapper under the name of Kiota's older responses too (<c>SearchResponse</c>, what Kiota's
        /// obsolete <c>GetAsync</c> returns), the same alternatives under another name, as Kiota writes both.
        /// </summary>
        /// <param name="type">The operation's response type.</param>
        /// <param name="responseName">The name the response was given (<c>SearchGetResponse</c>).</param>
        /// <param name="legacyName">The older name (<c>SearchResponse</c>).</param>
        /// <param name="pointer">The operation's responses, to own the name.</param>
        public void AddLegacyComposedResponse(TypeRef? type, string responseName, string legacyName, string pointer)
        {
            if (Style != NamingStyle.Kiota || type is not { IsComposed: true, IsCollection: false }
                || _composed.LastOrDefault(m => m.TypeName == type.TypeName) is not { } wrapper || wrapper.Name != responseName)
            {
                return;
            }

            var scope = wrapper.ContainingType is { } containing ? _scopes.For("global::" + wrapper.Namespace + "." + containing) : _scopes.For(wrapper.Namespace);
            if (scope.TryReserve(legacyName, pointer))
            {
                _composed.Add(wrapper with { Name = legacyName });
            }
        }

        /// <summary>
        /// Where a wrapper goes: nested in <paramref name="container"/> in Kiota's style (its name is then unique among that
        /// class's nested types), else at namespace level. Returns the scope to reserve the name in, the prefix of its type
        /// name and the containing class's simple name.
        /// </summary>
        private (NameScope Scope, string Prefix, string? ContainingType) WrapperPlace(string ns, string? container)
        {
            var nsPrefix = "global::" + ns + ".";
            if (_scopes.Style == NamingStyle.Kiota && container is not null && container.StartsWith(nsPrefix, StringComparison.Ordinal))
            {
                return (_scopes.For(container), container + ".", container.Substring(nsPrefix.Length));
            }

            return (_scopes.For(ns), nsPrefix, null);
        }

        /// <summary>
        /// The name of a wrapper in its scope. Kiota numbers a nested wrapper whose name a type beside its containing class
        /// already has (<c>Payment_intent_payment_method_options.Payment_intent_payment_method_options_acss_debit1</c>, whose
        /// property is an <c>anyOf</c> of the component <c>Payment_intent_payment_method_options_acss_debit</c>).
        /// </summary>
        private string ReserveWrapperName(NameScope scope, string ns, string? containingType, string contextName, string pointer) =>
            containingType is not null && _scopes.For(ns).IsTaken(contextName) && !scope.IsTaken(contextName)
                ? scope.ReserveWithSuffix(contextName + "1", pointer)
                : scope.ReserveWithSuffix(contextName, pointer);

        /// <summary>A schema that says nothing of the value's shape: no type, reference, properties, items, enum or composition.</summary>
        private static bool IsConstraintOnly(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference && NonNullType(schema) is null && HasNoShapeBesidesType(schema);

        /// <summary>No properties, items, enum, composition or additional properties: at most a type says something.</summary>
        private static bool HasNoShapeBesidesType(IOpenApiSchema schema) =>
            schema.Properties is not { Count: > 0 } && schema.Items is null
            && schema.Enum is not { Count: > 0 } && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && schema.AdditionalProperties is null;

        /// <summary>
        /// <c>type: [string, integer]</c> (OpenAPI 3.1, or a <c>oneOf</c> of bare types merged by the reader): a wrapper with one
        /// alternative per type, as Kiota makes it; the schema's format, enum and items apply to the type they belong to.
        /// </summary>
        private TypeRef ResolveTypeUnion(IOpenApiSchema schema, JsonSchemaType types, string contextName, string ns, string pointer, string? container)
        {
            var (scope, prefix, containingType) = WrapperPlace(ns, container);
            var name = ReserveWrapperName(scope, ns, containingType, contextName, pointer);
            var self = new TypeRef(ValueKind.Object, prefix + name, false) { IsComposed = true };
            var component = _components.Values.FirstOrDefault(entry => ReferenceEquals(entry.Schema, schema));
            if (component is not null)
            {
                component.Type = self;
            }

            var alternatives = new List<TypeRef>();
            foreach (var flag in new[] { JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean, JsonSchemaType.Array, JsonSchemaType.Object })
            {
                if ((types & flag) == 0)
                {
                    continue;
                }

                var member = name + "Member1";
                var type = flag == JsonSchemaType.Object
                    ? ResolveInlineModel(schema, member, ns, pointer, asError: false)
                    : AsProperty(ResolveValue(schema, flag, member, ns, pointer));
                if (type.Kind == ValueKind.Untyped)
                {
                    // As above: one of the types holds any JSON value, so the value is an UntypedNode.
                    if (component is not null)
                    {
                        component.Type = Untyped;
                    }

                    return Untyped;
                }

                if (!alternatives.Contains(type))
                {
                    alternatives.Add(type);
                }
            }

            _composed.Add(new ComposedTypeModel(ns, name, Describe(schema), ComposedTypeKind.OneOf, NameAlternatives(name, alternatives).ToEquatableArray(), null)
            {
                ContainingType = containingType,
            });
            return self;
        }

        /// <summary>
        /// Kiota's property names: the type's own name (<c>Cat</c>, <c>String</c>, <c>Integer</c>, <c>Double</c>…), a
        /// collection named after its element. When two alternatives name alike the collection keeps the name and the
        /// other is prefixed with the wrapper's name (<c>ValueString</c>), as Kiota resolves it.
        /// </summary>
        private List<ComposedAlternativeModel> NameAlternatives(string wrapperName, List<TypeRef> types)
        {
            var taken = new HashSet<string>(WrapperMembers, StringComparer.Ordinal) { wrapperName };
            var names = new string[types.Count];
            foreach (var collectionsFirst in new[] { true, false })
            {
                for (var i = 0; i < types.Count; i++)
                {
                    if (types[i].IsCollection != collectionsFirst)
                    {
                        continue;
                    }

                    var preferred = AlternativeName(types[i]);
                    // The prefix is Pascal-cased as the property is: CreateAnswerRequest_stop → CreateAnswerRequestStopString.
                    var candidate = taken.Contains(preferred) ? Names.ToPascalCase(wrapperName) + preferred : preferred;
                    var unique = candidate;
                    for (var suffix = 2; taken.Contains(unique); suffix++)
                    {
                        unique = candidate + suffix.ToString(CultureInfo.InvariantCulture);
                    }

                    taken.Add(unique);
                    names[i] = unique;
                }
            }

            return types.Select((type, i) => new ComposedAlternativeModel(names[i], type)).ToList();
        }

        /// <summary>The name Kiota gives the property of an alternative of <paramref name="type"/>.</summary>
        private string AlternativeName(TypeRef type) => type.Kind switch
        {
            // A property name, so Pascal-cased like every property: BookingPayment_sourceMember1 → BookingPaymentSourceMember1.
            ValueKind.Object or ValueKind.Enum => Names.ToPascalCase(SpecTypeName(type.TypeName.Substring(type.TypeName.LastIndexOf('.') + 1))),
            ValueKind.String => "String",
            ValueKind.Int32 => "Integer",
            ValueKind.Int64 => "Int64",
            ValueKind.SByte => "Sbyte",
            ValueKind.Byte => "Byte",
            ValueKind.Float => "Float",
            ValueKind.Double => "Double",
            ValueKind.Decimal => "Decimal",
            ValueKind.Boolean => "Boolean",
            ValueKind.Guid => "Guid",
            ValueKind.DateTimeOffset => "DateTimeOffset",
            ValueKind.Date => "Date",
            ValueKind.Time => "Time",
            ValueKind.TimeSpan => "TimeSpan",
            _ => "Base64",
        };

        /// <summary>
        /// A class name as the spec wrote it: Kiota's style names a component like a <c>System</c> type <c>FileObject</c>,
        /// but the wrapper's property for it <c>File</c>, as the spec does.
        /// </summary>
        private string SpecTypeName(string className) =>
            _scopes.Style == NamingStyle.Kiota && className.EndsWith("Object", StringComparison.Ordinal) && Names.IsSystemTypeName(className.Substring(0, className.Length - 6))
                ? className.Substring(0, className.Length - 6)
                : className;

        /// <summary>
        /// <c>discriminator.propertyName</c> with its mapping: the explicit entries that name an object alternative,
        /// then, for each referenced object alternative no entry names, its component name (the implicit mapping).
        /// </summary>
        private DiscriminatorModel? ReadDiscriminator(IOpenApiSchema schema, string pointer, List<(TypeRef Type, IOpenApiSchema Schema, string Pointer)> alternatives)
        {
            if (schema.Discriminator is not { PropertyName: { Length: > 0 } propertyName } discriminator)
            {
                return null;
            }

            var objects = alternatives.Where(a => a.Type.Kind == ValueKind.Object && !a.Type.IsCollection).ToList();
            var mapping = new List<DiscriminatorMappingModel>();
            var mapped = new HashSet<string>(StringComparer.Ordinal);
            if (discriminator.Mapping is { } explicitMapping)
            {
                foreach (var entry in explicitMapping)
                {
                    // Two alternatives may be one type (aliases of one schema): the mapping names the type.
                    var id = entry.Value?.Reference?.Id;
                    var named = id is null || !_components.ContainsKey(id) ? null : ResolveComponent(id, pointer);
                    var target = named is null ? null : objects.FirstOrDefault(a => a.Type.TypeName == named.TypeName).Type;
                    if (target is null)
                    {
                        var entryPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, "discriminator"), "mapping"), entry.Key);
                        // A defect of the document (a discriminator selects among object schemas), not an unsupported construct.
                        _sink.LenientOnce(entryPointer, entryPointer, "the discriminator value '" + entry.Key + "' names no object alternative of the composed type; the value is ignored");
                        continue;
                    }

                    mapping.Add(new DiscriminatorMappingModel(entry.Key, target.TypeName));
                    mapped.Add(target.TypeName);
                }
            }

            foreach (var alternative in objects)
            {
                if (alternative.Schema is OpenApiSchemaReference { Reference.Id: { } id } && mapped.Add(alternative.Type.TypeName))
                {
                    mapping.Add(new DiscriminatorMappingModel(id, alternative.Type.TypeName));
                }
            }

            return mapping.Count == 0 ? null : new DiscriminatorModel(propertyName, mapping.ToEquatableArray());
        }
    }
}
