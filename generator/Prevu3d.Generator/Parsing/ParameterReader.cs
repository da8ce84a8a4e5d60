using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>Path, query and header parameters: their C# names and types.</summary>
    internal static class ParameterReader
    {
        /// <summary>The path item's parameters, overridden by the operation's (same name and location); dangling ones reported.</summary>
        public static List<IOpenApiParameter> Merge(IList<IOpenApiParameter>? pathItemParameters, IList<IOpenApiParameter>? operationParameters, string pointer, DiagnosticSink sink)
        {
            var parameters = new List<IOpenApiParameter>();
            foreach (var p in (pathItemParameters ?? new List<IOpenApiParameter>()).Concat(operationParameters ?? new List<IOpenApiParameter>()))
            {
                if (DiagnosticSink.Unresolved(p) is { } dangling)
                {
                    sink.Dangling(dangling, SpecPointer.Append(pointer, "parameters"));
                    continue;
                }

                parameters.RemoveAll(existing => existing.Name == p.Name && existing.In == p.In);
                parameters.Add(p);
            }

            return parameters;
        }

        /// <summary>The query parameters, and the header and cookie parameters, of an operation (path parameters belong to the indexers).</summary>
        public static (List<ParameterModel> Query, List<ParameterModel> Headers) Read(List<IOpenApiParameter> parameters, string ns, string className, string methodName, string pointer, SchemaResolver schemas, DiagnosticSink sink)
        {
            var query = new List<ParameterModel>();
            var headers = new List<ParameterModel>();
            var queryScope = new NameScope(ReservedNames.QueryParameters(TypeNames.QueryParameters(className, methodName)));
            var headerScope = new NameScope(ReservedNames.RequestConfiguration(TypeNames.RequestConfiguration(className, methodName)));
            for (var i = 0; i < parameters.Count; i++)
            {
                var parameter = parameters[i];
                var parameterPointer = SpecPointer.Item(pointer, "parameters", i);
                var name = parameter.Name ?? string.Empty;
                switch (parameter.In)
                {
                    case ParameterLocation.Path:
                        continue;
                    case ParameterLocation.Query:
                        {
                            var type = ResolveType(parameter, ns, TypeNames.QueryParameterType(methodName, name, schemas.Style), parameterPointer, schemas, sink);
                            var propertyName = type is null ? null : queryScope.ReserveSpecName(name, out _);
                            if (type is not null && propertyName is not null)
                            {
                                var deepObject = parameter.Style == ParameterStyle.DeepObject && type.Kind == ValueKind.Object;
                                var isObject = type.Kind == ValueKind.Object && !type.IsCollection;
                                // An enum: Kiota's pair, the enum-typed `{Name}As{Enum}` and the string `{Name}` beside it. An object
                                // (Kiota's names only): Kiota's string `{Name}`, the caller's text, and ours typed as `{Name}As{Type}`.
                                var textProperty = type.Kind == ValueKind.Enum || (isObject && schemas.Style == NamingStyle.Kiota) ? propertyName : null;
                                if (textProperty is not null)
                                {
                                    propertyName = queryScope.ReserveWithSuffix(TypeNames.EnumQueryProperty(textProperty, type.TypeName), name);
                                }

                                query.Add(new ParameterModel(name, Names.ToTemplateVariable(name), propertyName, type, ParameterKind.Query, parameter.Required, parameter.Explode || deepObject, parameter.Description)
                                {
                                    TextPropertyName = textProperty,
                                    Delimiter = type.IsCollection && !parameter.Explode ? Delimiter(parameter.Style) : null,
                                    DeepObject = deepObject,
                                    AllowReserved = parameter.AllowReserved && !isObject,
                                });
                                if (parameter.AllowReserved && isObject)
                                {
                                    // The members of an object go out through the form-style query, which encodes reserved characters.
                                    sink.Unsupported(SpecPointer.Append(parameterPointer, "allowReserved"), "allowReserved on the object query parameter '" + name + "': reserved characters in its members are percent-encoded");
                                }
                            }

                            break;
                        }

                    case ParameterLocation.Header:
                        {
                            // OpenAPI: Accept, Content-Type and Authorization header parameters are ignored.
                            if (name.Equals("Accept", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                            {
                                continue;
                            }

                            var type = ResolveType(parameter, ns, TypeNames.HeaderParameterType(methodName, name), parameterPointer, schemas, sink);
                            var propertyName = type is null ? null : headerScope.ReserveSpecName(name, out _);
                            if (type is not null && propertyName is not null)
                            {
                                headers.Add(new ParameterModel(name, name, propertyName, type, ParameterKind.Header, parameter.Required, parameter.Explode, parameter.Description));
                            }

                            break;
                        }

                    case ParameterLocation.Cookie:
                        {
                            // A typed property of the request configuration, like a header; sent in the Cookie header.
                            var type = ResolveType(parameter, ns, TypeNames.HeaderParameterType(methodName, name), parameterPointer, schemas, sink);
                            var propertyName = type is null ? null : headerScope.ReserveSpecName(name, out _);
                            if (type is not null && propertyName is not null)
                            {
                                headers.Add(new ParameterModel(name, name, propertyName, type, ParameterKind.Cookie, parameter.Required, parameter.Explode, parameter.Description));
                            }

                            break;
                        }

                    default:
                        sink.Unsupported(parameterPointer, "the " + parameter.In + " parameter '" + name + "' is skipped (only path, query, header and cookie parameters are supported)");
                        break;
                }
            }

            return (query, headers);
        }

        /// <summary>
        /// What the generated builder checks before it sends the operation: every path parameter of
        /// <paramref name="pathTemplate"/> (there, not blank, and a UUID or enum value as its schema says), and each
        /// query and header parameter in <paramref name="query"/> and <paramref name="headers"/> that is required, a
        /// UUID or an enum. A parameter the reader skipped is not checked: the caller has no way to give it. Nor is the
        /// presence of the key of an apiKey scheme of <paramref name="security"/>: the authentication provider adds it
        /// after the request is built.
        /// </summary>
        public static EquatableArray<ParameterConstraintModel> Constraints(List<IOpenApiParameter> parameters, List<ParameterModel> query, List<ParameterModel> headers, string pathTemplate, IList<OpenApiSecurityRequirement>? security)
        {
            var constraints = new List<ParameterConstraintModel>();
            bool Required(IOpenApiParameter p) => p.Required && !IsApiKey(p, security);
            foreach (var parameter in parameters)
            {
                var name = parameter.Name ?? string.Empty;
                switch (parameter.In)
                {
                    case ParameterLocation.Path:
                        {
                            var key = Names.ToTemplateVariable(name);
                            // A declaration the path does not use has no value to check; a path value is always required.
                            if (pathTemplate.Contains("{" + key + "}") || pathTemplate.Contains("{+" + key + "}"))
                            {
                                constraints.Add(Constraint(parameter, key, ParameterKind.Path, required: true));
                            }

                            break;
                        }

                    case ParameterLocation.Query when query.Find(q => q.Name == name) is { } model:
                        AddIfChecked(constraints, Constraint(parameter, model.TemplateName, ParameterKind.Query, Required(parameter)));
                        break;
                    case ParameterLocation.Header when headers.Find(h => h.Name == name && h.Kind == ParameterKind.Header) is { } model:
                        AddIfChecked(constraints, Constraint(parameter, model.Name, ParameterKind.Header, Required(parameter)));
                        break;
                }
            }

            return constraints.ToEquatableArray();
        }

        /// <summary>Whether the parameter is the header or query key of an apiKey scheme the operation accepts.</summary>
        private static bool IsApiKey(IOpenApiParameter parameter, IList<OpenApiSecurityRequirement>? security)
        {
            var comparison = parameter.In == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return security is not null && security.Any(requirement => requirement.Keys.Any(scheme =>
                !scheme.UnresolvedReference && scheme.Target is not null && scheme.Type == SecuritySchemeType.ApiKey
                && scheme.In == parameter.In && string.Equals(scheme.Name, parameter.Name, comparison)));
        }

        private static void AddIfChecked(List<ParameterConstraintModel> constraints, ParameterConstraintModel constraint)
        {
            if (constraint.Required || constraint.Format is not null || !constraint.AllowedValues.IsEmpty)
            {
                constraints.Add(constraint);
            }
        }

        /// <summary>
        /// The checks of one parameter. Only a single value is checked for its format and enum values: the items of an
        /// array are typed by the generated code (<c>Guid[]</c>, an enum array), which is the check the compiler makes.
        /// </summary>
        private static ParameterConstraintModel Constraint(IOpenApiParameter parameter, string key, ParameterKind kind, bool required)
        {
            var schema = parameter.Schema;
            var type = schema?.Type is { } t ? t & ~JsonSchemaType.Null : (JsonSchemaType?)null;
            var scalar = schema is not null && type is null or JsonSchemaType.String;
            var format = scalar && type == JsonSchemaType.String && schema!.Format == "uuid" ? "uuid" : null;
            var allowed = scalar ? StringEnum(schema!) : EquatableArray<string>.Empty;
            return new ParameterConstraintModel(parameter.Name ?? string.Empty, key, kind, required, format, allowed);
        }

        /// <summary>The values of a string enum (null aside), as the generated enum sends them; empty for an enum of other values.</summary>
        private static EquatableArray<string> StringEnum(IOpenApiSchema schema)
        {
            if (schema.Enum is not { Count: > 0 } nodes)
            {
                return EquatableArray<string>.Empty;
            }

            var values = new List<string>();
            foreach (var node in nodes)
            {
                if (node is null || JsonNullSentinel.IsJsonNullSentinel(node))
                {
                    continue;
                }

                // An enum of numbers or booleans is typed in C# (int, bool): there is no text to compare.
                if (node.GetValueKind() != JsonValueKind.String)
                {
                    return EquatableArray<string>.Empty;
                }

                values.Add(node.GetValue<string>());
            }

            return values.ToEquatableArray();
        }

        /// <summary>The separator of a non-exploded array in a query: <c>|</c> for pipeDelimited, a space for spaceDelimited, else the URI template's comma.</summary>
        private static string? Delimiter(ParameterStyle? style) => style switch
        {
            ParameterStyle.PipeDelimited => "|",
            ParameterStyle.SpaceDelimited => " ",
            _ => null,
        };

        /// <summary>The indexer types of a path parameter (the typed one, plus string for anything else than a string), and which of them is a model.</summary>
        public static (EquatableArray<string> Types, string? ObjectType, string? Description) IndexTypes(PathNode node, string ns, SchemaResolver schemas, DiagnosticSink sink)
        {
            var parameter = FindPathParameter(node);
            if (parameter is null)
            {
                return (new[] { "string" }.ToEquatableArray(), null, null);
            }

            var type = ResolveType(parameter, ns, TypeNames.PathParameterType(parameter.Name), SpecPointer.Append("#/paths", node.SpecPath ?? node.Path), schemas, sink);
            var types = new List<string>();
            if (type is not null && !type.IsCollection && type.Kind != ValueKind.String)
            {
                types.Add(type.TypeName);
            }
            else if (type is { IsCollection: true })
            {
                // An array of scalars: the URI template expands the list in the parameter's style.
                types.Add(type.TypeName + "[]");
            }

            types.Add("string");
            var objectType = type is { Kind: ValueKind.Object, IsCollection: false } ? type.TypeName : null;
            return (types.ToEquatableArray(), objectType, parameter.Description);
        }

        /// <summary>The C# type of a parameter: primitives, string enums and arrays of them; null (reported) for anything else.</summary>
        private static TypeRef? ResolveType(IOpenApiParameter parameter, string ns, string enumContext, string pointer, SchemaResolver schemas, DiagnosticSink sink)
        {
            var schema = parameter.Schema;
            if (schema is null)
            {
                sink.Unsupported(pointer, "the parameter '" + parameter.Name + "' has no schema (content parameters are not supported); it is skipped");
                return null;
            }

            var type = schemas.Resolve(schema, enumContext, ns, pointer, asError: false);
            if (IsObjectQuery(parameter, type) || IsObjectHeaderOrCookie(parameter, type))
            {
                return type;
            }

            if (parameter.In == ParameterLocation.Query && type.Kind == ValueKind.Object && !type.IsCollection && !type.IsComposed)
            {
                // An object in a style whose object form is not written here (pipeDelimited, spaceDelimited): the caller's
                // text, as Kiota types every object query parameter, rather than a parameter that cannot be sent at all.
                return new TypeRef(ValueKind.String, "string", false);
            }

            if (type.IsComposed && !type.IsCollection)
            {
                // A oneOf/anyOf parameter: Kiota types it by the first alternative (anyOf's, then oneOf's) whose type is
                // neither object nor array, by that type alone (the alternative's format and enum set aside): stripe's
                // `created`, a range object or an integer, is `int?`; `subscription_billing_cycle_anchor`, an enum or a
                // timestamp, is `string`. A path parameter (an id that is a number or a name) and a query parameter with no
                // such alternative: the caller's text.
                if (parameter.In == ParameterLocation.Query && FirstScalarAlternative(schema) is { } scalar)
                {
                    return scalar;
                }

                return new TypeRef(ValueKind.String, "string", false);
            }

            if (type.IsCollection && parameter.In is ParameterLocation.Query or ParameterLocation.Header && type.Kind is ValueKind.Object or ValueKind.Untyped)
            {
                // An array of objects has no one way to be written in a URL: each item is the caller's text, as Kiota types
                // it (mastodon's `timeline`: string[]), rather than a parameter that cannot be sent at all.
                return new TypeRef(ValueKind.String, "string", true);
            }

            if (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.Stream or ValueKind.ByteArray)
            {
                sink.Unsupported(pointer, "the parameter '" + parameter.Name + "' is not a primitive, enum or array of them; it is skipped");
                return null;
            }

            return type;
        }

        /// <summary>
        /// The type of the first alternative of a oneOf/anyOf (the anyOf's first) that has a type other than object or array,
        /// by its type alone: <c>int?</c>, <c>double?</c>, <c>bool?</c>; null for a string or no such alternative.
        /// </summary>
        private static TypeRef? FirstScalarAlternative(IOpenApiSchema schema)
        {
            var first = (schema.AnyOf ?? Enumerable.Empty<IOpenApiSchema>())
                .Concat(schema.OneOf ?? Enumerable.Empty<IOpenApiSchema>())
                .Select(SchemaResolver.NonNullType)
                .FirstOrDefault(t => t is { } type && (type & (JsonSchemaType.Object | JsonSchemaType.Array)) == 0);
            return first switch
            {
                JsonSchemaType.Integer => SchemaResolver.Primitive(ValueKind.Int32, "int"),
                JsonSchemaType.Number => SchemaResolver.Primitive(ValueKind.Double, "double"),
                JsonSchemaType.Boolean => SchemaResolver.Primitive(ValueKind.Boolean, "bool"),
                _ => null,
            };
        }

        /// <summary>
        /// An object (or map) query parameter of style deepObject (<c>filter[a]=x</c>) or form (<c>a=x</c>, or
        /// <c>filter=a,x</c> not exploded): its model's scalar properties and additional data are sent.
        /// </summary>
        private static bool IsObjectQuery(IOpenApiParameter parameter, TypeRef type) =>
            parameter.In == ParameterLocation.Query && type.Kind == ValueKind.Object && !type.IsCollection && !type.IsComposed
            && parameter.Style is null or ParameterStyle.Form or ParameterStyle.DeepObject;

        /// <summary>
        /// An object (or map) header parameter of style simple (<c>a,x,b,y</c>, or <c>a=x,b=y</c> exploded), cookie
        /// parameter of style form (<c>name=a,x,b,y</c>, or each member its own cookie when exploded), or path parameter
        /// of style simple, label or matrix (its members a map the URI template expands).
        /// </summary>
        private static bool IsObjectHeaderOrCookie(IOpenApiParameter parameter, TypeRef type) =>
            type.Kind == ValueKind.Object && !type.IsCollection && !type.IsComposed
            && ((parameter.In == ParameterLocation.Header && parameter.Style is null or ParameterStyle.Simple)
                || (parameter.In == ParameterLocation.Cookie && parameter.Style is null or ParameterStyle.Form)
                || (parameter.In == ParameterLocation.Path && parameter.Style is null or ParameterStyle.Simple or ParameterStyle.Label or ParameterStyle.Matrix));

        /// <summary>The first declaration of the node's parameter: on its path item, its operations, or any path below it.</summary>
        private static IOpenApiParameter? FindPathParameter(PathNode node) =>
            Candidates(node).FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == node.ParameterName);

        private static IEnumerable<IOpenApiParameter> Candidates(PathNode node)
        {
            foreach (var item in node.Sources.Select(s => s.Item))
            {
                foreach (var p in item.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                {
                    yield return p;
                }

                foreach (var op in (item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()).Values)
                {
                    foreach (var p in op.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                    {
                        yield return p;
                    }
                }
            }

            foreach (var child in node.Children)
            {
                foreach (var p in Candidates(child))
                {
                    yield return p;
                }
            }
        }
    }
}
