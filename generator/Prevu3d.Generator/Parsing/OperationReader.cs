using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>Where an operation sits: its path item, its builder and the builder's member scope.</summary>
    /// <param name="PathItem">The path item (its parameters and servers apply to the operation).</param>
    /// <param name="Namespace">The builder's namespace, where the operation's inline types go.</param>
    /// <param name="ClassName">The builder's class name.</param>
    /// <param name="TypeBase">What the operation's inline types start with (<c>WithPet</c> in <c>WithPetPostRequestBody</c>).</param>
    /// <param name="PathTemplate">The builder's path as a URI template.</param>
    /// <param name="Pointer">The operation's pointer (<c>#/paths/~1a/get</c>).</param>
    /// <param name="MemberScope">The builder's members, where the operation's methods are reserved.</param>
    internal readonly record struct OperationSite(IOpenApiPathItem PathItem, string Namespace, string ClassName, string TypeBase, string PathTemplate, string Pointer, NameScope MemberScope);

    /// <summary>
    /// One operation: its parameters, request body, success response, error mappings, security and
    /// server, each read by its own reader.
    /// </summary>
    internal sealed class OperationReader
    {
        private readonly SchemaResolver _schemas;
        private readonly ServerResolver _servers;
        private readonly IList<OpenApiSecurityRequirement>? _documentSecurity;
        private readonly DiagnosticSink _sink;

        public OperationReader(SchemaResolver schemas, ServerResolver servers, IList<OpenApiSecurityRequirement>? documentSecurity, DiagnosticSink sink)
        {
            _schemas = schemas;
            _servers = servers;
            _documentSecurity = documentSecurity;
            _sink = sink;
        }

        /// <summary>A query parameter in a URI template: <c>name</c>, or <c>name*</c> for an exploded array or object.</summary>
        public static string QueryTemplatePart(ParameterModel parameter) =>
            parameter.TemplateName + ((parameter.Type.IsCollection || parameter.Type.Kind == ValueKind.Object) && parameter.Explode ? "*" : string.Empty);

        /// <summary>
        /// The query part of a URL template: <c>{?a,b*}</c> for the form-style parameters, then one reserved expansion
        /// <c>{+name_reserved}</c> per <c>allowReserved</c> parameter, which the generated code fills with its
        /// <c>?name=value</c> or <c>&amp;name=value</c> text (a form-style expansion always encodes reserved characters).
        /// The form-style variables are in Kiota's order, so the query string is too: the required parameters, then the
        /// others, each group by spec name (ordinal), as <c>kiota generate</c> writes its <c>?a={a}{&amp;b,c*}</c>.
        /// </summary>
        public static string QueryTemplate(IReadOnlyCollection<ParameterModel> query)
        {
            var form = query
                .Where(q => !q.AllowReserved)
                .OrderBy(q => q.Required ? 0 : 1)
                .ThenBy(q => q.Name, System.StringComparer.Ordinal)
                .Select(QueryTemplatePart)
                .ToList();
            return (form.Count == 0 ? string.Empty : "{?" + string.Join(",", form) + "}")
                + string.Concat(query.Where(q => q.AllowReserved).Select(q => "{+" + q.ReservedTemplateName + "}"));
        }

        /// <summary>The operation's model; null when it is skipped (a request body it cannot send, reported).</summary>
        public OperationModel? Read(OperationSite site, HttpMethod httpMethod, OpenApiOperation operation)
        {
            var method = httpMethod.Method.ToUpperInvariant();
            var methodName = TypeNames.Method(method);
            var baseName = site.TypeBase;
            foreach (var member in ReservedNames.OperationMembers(site.ClassName, methodName))
            {
                site.MemberScope.TryReserve(member, site.Pointer);
            }

            var parameters = ParameterReader.Merge(site.PathItem.Parameters, operation.Parameters, site.Pointer, _sink);
            var (query, headers) = ParameterReader.Read(parameters, site.Namespace, site.ClassName, methodName, site.Pointer, _schemas, _sink);

            // An inline oneOf body or response is nested in the builder in Kiota's style (ShelterRequestBuilder.ShelterPostRequestBody).
            var builderType = "global::" + site.Namespace + "." + site.ClassName;
            var bodyName = TypeNames.RequestBody(baseName, methodName);
            var body = RequestBodyReader.Read(operation.RequestBody, site.Namespace, bodyName, baseName.Length == 0 ? bodyName : baseName, SpecPointer.Append(site.Pointer, "requestBody"), _schemas, _sink, builderType);
            if (operation.RequestBody is not null && body is null)
            {
                return null;
            }

            var responsesPointer = SpecPointer.Append(site.Pointer, "responses");
            var (responseType, accept) = ResponseReader.ReadSuccess(operation.Responses, site.Namespace, TypeNames.Response(baseName, methodName), baseName.Length == 0 ? TypeNames.Response(baseName, methodName) : baseName, responsesPointer, _schemas, _sink, builderType);
            if (httpMethod == HttpMethod.Head && responseType is { Kind: ValueKind.Stream })
            {
                // A response to HEAD has no body (RFC 9110, 9.3.2): nothing to return, as Kiota's HeadAsync returns nothing.
                responseType = null;
            }

            if (responseType is { Kind: ValueKind.Object, IsCollection: false } && TypeNames.ResponseExecutor(methodName, responseType.TypeName) is { } responseExecutor)
            {
                site.MemberScope.TryReserve(responseExecutor, site.Pointer);
            }

            var errors = ResponseReader.ReadErrors(operation.Responses, site.Namespace, SegmentNames.ReferenceBase(ResponseReader.SuccessReference(operation.Responses)) ?? baseName, responsesPointer, _schemas, _sink);
            var effectiveServers = operation.Servers is { Count: > 0 } ? operation.Servers : site.PathItem.Servers;
            var (server, prefix) = _servers.Resolve(effectiveServers is { Count: > 0 } ? effectiveServers : null, site.Pointer);
            var queryTemplate = QueryTemplate(query);
            var security = SecurityReader.Read(operation.Security ?? _documentSecurity, site.Pointer, _sink);

            return new OperationModel(
                method,
                methodName,
                prefix + site.PathTemplate + queryTemplate,
                Clean(operation.Summary),
                Clean(operation.Description),
                operation.Deprecated,
                body,
                responseType,
                accept,
                errors,
                query.ToEquatableArray(),
                headers.ToEquatableArray(),
                security,
                server)
            {
                Constraints = ParameterReader.Constraints(parameters, query, headers, site.PathTemplate, operation.Security ?? _documentSecurity),
            };
        }

        /// <summary>
        /// Gives an operation's inline composed response Kiota's older name too (<c>SearchResponse</c>) when no operation of
        /// the builder took it before: the caller goes through the builder's operations in the order Kiota settles the name
        /// in, so the first of them keeps it.
        /// </summary>
        public void NameLegacyResponse(OperationSite site, OperationModel operation)
        {
            if (site.TypeBase.Length > 0)
            {
                _schemas.AddLegacyComposedResponse(operation.ResponseType, TypeNames.Response(site.TypeBase, operation.MethodName), site.TypeBase + "Response", SpecPointer.Append(site.Pointer, "responses"));
            }
        }

        /// <summary>Trimmed text, or null for none.</summary>
        internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
