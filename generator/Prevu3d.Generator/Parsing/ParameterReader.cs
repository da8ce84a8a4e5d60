using System;
using System.Collections.Generic;
using System.Linq;
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
                        var type = ResolveType(parameter, ns, TypeNames.QueryParameterType(methodName, name), parameterPointer, schemas, sink);
                        var propertyName = type is null ? null : queryScope.ReserveSpecName(name, out _);
                        if (type is not null && propertyName is not null)
                        {
                            var deepObject = parameter.Style == ParameterStyle.DeepObject && type.Kind == ValueKind.Object;
                            query.Add(new ParameterModel(name, Names.ToTemplateVariable(name), propertyName, type, ParameterKind.Query, parameter.Required, parameter.Explode || deepObject, parameter.Description)
                            {
                                Delimiter = type.IsCollection && !parameter.Explode ? Delimiter(parameter.Style) : null,
                                DeepObject = deepObject,
                            });
                            if (parameter.AllowReserved)
                            {
                                // A URI template's form-style query expansion always encodes reserved characters.
                                sink.Unsupported(SpecPointer.Append(parameterPointer, "allowReserved"), "allowReserved on the query parameter '" + name + "': reserved characters in its value are percent-encoded");
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

        /// <summary>The separator of a non-exploded array in a query: <c>|</c> for pipeDelimited, a space for spaceDelimited, else the URI template's comma.</summary>
        private static string? Delimiter(ParameterStyle? style) => style switch
        {
            ParameterStyle.PipeDelimited => "|",
            ParameterStyle.SpaceDelimited => " ",
            _ => null,
        };

        /// <summary>The indexer types of a path parameter: the typed one, plus string for anything else than a string.</summary>
        public static (EquatableArray<string> Types, string? Description) IndexTypes(PathNode node, string ns, SchemaResolver schemas, DiagnosticSink sink)
        {
            var parameter = FindPathParameter(node);
            if (parameter is null)
            {
                return (new[] { "string" }.ToEquatableArray(), null);
            }

            var type = ResolveType(parameter, ns, TypeNames.PathParameterType(parameter.Name), SpecPointer.Append("#/paths", node.SpecPath ?? node.Path), schemas, sink);
            var types = new List<string>();
            if (type is not null && !type.IsCollection && type.Kind != ValueKind.String)
            {
                types.Add(type.TypeName);
            }

            types.Add("string");
            return (types.ToEquatableArray(), parameter.Description);
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
            if (IsObjectQuery(parameter, type))
            {
                return type;
            }

            if (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.Stream or ValueKind.ByteArray)
            {
                sink.Unsupported(pointer, "the parameter '" + parameter.Name + "' is not a primitive, enum or array of them; it is skipped");
                return null;
            }

            return type;
        }

        /// <summary>
        /// An object (or map) query parameter of style deepObject (<c>filter[a]=x</c>) or form (<c>a=x</c>, or
        /// <c>filter=a,x</c> not exploded): its model's scalar properties and additional data are sent.
        /// </summary>
        private static bool IsObjectQuery(IOpenApiParameter parameter, TypeRef type) =>
            parameter.In == ParameterLocation.Query && type.Kind == ValueKind.Object && !type.IsCollection && !type.IsComposed
            && parameter.Style is null or ParameterStyle.Form or ParameterStyle.DeepObject;

        /// <summary>The first declaration of the node's parameter: on its path item, its operations, or any path below it.</summary>
        private static IOpenApiParameter? FindPathParameter(PathNode node) =>
            Candidates(node).FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == node.ParameterName);

        private static IEnumerable<IOpenApiParameter> Candidates(PathNode node)
        {
            if (node.Item?.Parameters is { } pathParameters)
            {
                foreach (var p in pathParameters)
                {
                    yield return p;
                }
            }

            if (node.Item?.Operations is { } operations)
            {
                foreach (var op in operations.Values)
                {
                    if (op.Parameters is null)
                    {
                        continue;
                    }

                    foreach (var p in op.Parameters)
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
