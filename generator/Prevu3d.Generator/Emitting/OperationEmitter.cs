using System.Collections.Generic;
using System.Linq;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.DocCommentEmitter;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// An operation of a request builder: its request options, its <c>{Method}Async</c> executor, its
    /// <c>To{Method}RequestInformation</c>, and its query-parameter and request-configuration classes.
    /// </summary>
    internal static class OperationEmitter
    {
        private const string ObsoleteOperation = "[global::System.Obsolete(\"This operation is deprecated in the API description.\")]";

        /// <summary>The operation's security requirement and server, as static request options of the builder, and its parameter checks.</summary>
        public static void WriteOptionFields(SourceWriter writer, ClientModel client, OperationModel operation)
        {
            var ns = "global::" + client.Namespace;
            writer.WriteLine("private static readonly " + ns + ".SecurityRequirementOption " + operation.MethodName + "SecurityRequirementOption = new " + ns + ".SecurityRequirementOption(new " + ReadOnlyList + "<" + ns + ".SecuritySchemeInfo>[]");
            writer.OpenBlock();
            foreach (var alternative in operation.Security)
            {
                writer.WriteLine("new " + ns + ".SecuritySchemeInfo[]");
                writer.OpenBlock();
                foreach (var scheme in alternative.Schemes)
                {
                    var scopes = scheme.Scopes.Count == 0
                        ? "global::System.Array.Empty<string>()"
                        : "new string[] { " + string.Join(", ", scheme.Scopes.Select(Names.Literal)) + " }";
                    writer.WriteLine("new " + ns + ".SecuritySchemeInfo(" + Names.Literal(scheme.Name) + ", " + Names.Literal(scheme.Type) + ", " + Literal(scheme.Scheme) + ", " + Literal(scheme.BearerFormat) + ", " + scopes + "),");
                }

                writer.CloseBlock(",");
            }

            writer.CloseBlock(");");
            var variables = operation.Server.VariableNames.Count == 0
                ? "global::System.Array.Empty<string>()"
                : "new string[] { " + string.Join(", ", operation.Server.VariableNames.Select(Names.Literal)) + " }";
            writer.WriteLine("private static readonly " + ns + ".ServerOption " + operation.MethodName + "ServerOption = new " + ns + ".ServerOption(" + Names.Literal(operation.Server.Url) + ", " + (operation.Server.IsDefault ? "true" : "false") + ", " + variables + ");");
            ParameterValidatorEmitter.WriteField(writer, client, operation);
            writer.WriteLine();
        }

        private static string Literal(string? value) => value is null ? "null" : Names.Literal(value);

        /// <summary>
        /// The operation's <c>{Method}Async</c>, and for a return type named after the operation (<c>InventoryGetResponse</c>)
        /// the same executor under Kiota's second name, <c>GetAsInventoryGetResponseAsync</c>, so code written against
        /// Kiota's client (whose <c>GetAsync</c> returns an obsolete wrapper) compiles against ours.
        /// </summary>
        public static void WriteExecutor(SourceWriter writer, BuilderModel builder, OperationModel operation)
        {
            WriteExecutor(writer, builder, operation, operation.MethodName + "Async");
            if (operation.ResponseType is { Kind: ValueKind.Object, IsCollection: false } responseType && TypeNames.ResponseExecutor(operation.MethodName, responseType.TypeName) is { } name)
            {
                writer.WriteLine();
                WriteExecutor(writer, builder, operation, name);
            }
        }

        private static void WriteExecutor(SourceWriter writer, BuilderModel builder, OperationModel operation, string name)
        {
            WriteExecutorDocs(writer, operation);
            var configuration = KiotaConfigurationType(builder, operation);
            writer.WriteLine("public async " + ReturnType(operation.ResponseType) + " " + name + "(" + BodyParameter(operation) + "global::System.Action<" + configuration + ">? requestConfiguration = default, global::System.Threading.CancellationToken cancellationToken = default)");
            writer.OpenBlock();
            if (operation.Body is { Type.IsValueType: false } || operation.Body is { Type.IsCollection: true })
            {
                writer.WriteLine("_ = body ?? throw new global::System.ArgumentNullException(nameof(body));");
            }

            writer.WriteLine("var requestInfo = To" + operation.MethodName + "RequestInformation(" + (operation.Body is null ? string.Empty : "body, ") + "requestConfiguration);");
            var errorMapping = "default";
            if (operation.Errors.Count > 0)
            {
                errorMapping = "errorMapping";
                writer.WriteLine("var errorMapping = new " + Dictionary + "<string, " + Serialization + ".ParsableFactory<" + Serialization + ".IParsable>>");
                writer.OpenBlock();
                foreach (var error in operation.Errors)
                {
                    writer.WriteLine("{ " + Names.Literal(error.Code) + ", " + error.TypeName + ".CreateFromDiscriminatorValue },");
                }

                writer.CloseBlock(";");
            }

            WriteSend(writer, operation.ResponseType, errorMapping);
            writer.CloseBlock();
            if (TypedConfigurationType(builder, operation) is { } typed)
            {
                writer.WriteLine();
                WriteExecutorDocs(writer, operation, typed: true);
                writer.WriteLine("public " + ReturnType(operation.ResponseType) + " " + name + "(" + BodyParameter(operation) + "global::System.Action<" + typed + "> requestConfiguration, global::System.Threading.CancellationToken cancellationToken = default)");
                writer.OpenBlock();
                writer.WriteLine("_ = requestConfiguration ?? throw new global::System.ArgumentNullException(nameof(requestConfiguration));");
                writer.WriteLine("return " + name + "(" + (operation.Body is null ? string.Empty : "body, ") + ForwardTyped(configuration, typed) + ", cancellationToken);");
                writer.CloseBlock();
            }
        }

        /// <summary>
        /// The typed overload's callback handed to Kiota's overload, which always configures an instance of the typed class
        /// (<see cref="WriteConfigure"/>), so the cast cannot fail; the explicit delegate type picks Kiota's overload.
        /// </summary>
        private static string ForwardTyped(string configuration, string typed) =>
            "(global::System.Action<" + configuration + ">)(c => requestConfiguration((" + typed + ")c))";

        private static void WriteExecutorDocs(SourceWriter writer, OperationModel operation, bool typed = false)
        {
            WriteOperationDocs(writer, operation, typed);
            if (operation.ResponseType is { } responseType)
            {
                writer.WriteLine("/// <returns>A " + Xml(DocType(responseType)) + ".</returns>");
            }

            if (operation.Body is { } body)
            {
                Doc(writer, "param", body.Description ?? "The request body.", " name=\"body\"");
            }

            writer.WriteLine("/// <param name=\"cancellationToken\">Cancellation token to use when cancelling requests.</param>");
            WriteConfigurationParamDoc(writer, typed);
            foreach (var error in operation.Errors)
            {
                writer.WriteLine("/// <exception cref=\"" + error.TypeName + "\">When receiving a " + error.Code + " status code.</exception>");
            }

            if (operation.Deprecated)
            {
                writer.WriteLine(ObsoleteOperation);
            }
        }

        private static void WriteOperationDocs(SourceWriter writer, OperationModel operation, bool typed = false)
        {
            Summary(writer, operation.Summary ?? operation.Description ?? operation.Method + " " + operation.UrlTemplate);
            const string TypedRemark = "The same request, configured with the operation's header and cookie parameters as typed properties.";
            if (operation.Summary is not null && operation.Description is not null)
            {
                Doc(writer, "remarks", typed ? operation.Description + " " + TypedRemark : operation.Description);
            }
            else if (typed)
            {
                Doc(writer, "remarks", TypedRemark);
            }
        }

        private static void WriteConfigurationParamDoc(SourceWriter writer, bool typed) =>
            writer.WriteLine(typed
                ? "/// <param name=\"requestConfiguration\">Configuration for the request: the typed header and cookie parameters, and the query parameters, headers and middleware options.</param>"
                : "/// <param name=\"requestConfiguration\">Configuration for the request such as headers, query parameters, and middleware options.</param>");

        /// <summary>The request adapter call for the response type, and the return of its result.</summary>
        private static void WriteSend(SourceWriter writer, TypeRef? type, string errorMapping)
        {
            if (type is null)
            {
                writer.WriteLine("await RequestAdapter.SendNoContentAsync(requestInfo, " + errorMapping + ", cancellationToken).ConfigureAwait(false);");
            }
            else if (type.IsCollection)
            {
                var call = type.Kind == ValueKind.Object
                    ? "SendCollectionAsync<" + type.TypeName + ">(requestInfo, " + Factory(type) + ", "
                    : "SendPrimitiveCollectionAsync<" + ElementType(type) + ">(requestInfo, ";
                writer.WriteLine("var collectionResult = await RequestAdapter." + call + errorMapping + ", cancellationToken).ConfigureAwait(false);");
                writer.WriteLine("return collectionResult is null ? null : " + AsList(type.Kind == ValueKind.Object ? type.TypeName : ElementType(type), "collectionResult") + ";");
            }
            else if (type.Kind is ValueKind.Object or ValueKind.Untyped)
            {
                writer.WriteLine("return await RequestAdapter.SendAsync<" + type.TypeName + ">(requestInfo, " + Factory(type) + ", " + errorMapping + ", cancellationToken).ConfigureAwait(false);");
            }
            else
            {
                var primitive = type.IsValueType ? type.TypeName + "?" : type.TypeName;
                writer.WriteLine("return await RequestAdapter.SendPrimitiveAsync<" + primitive + ">(requestInfo, " + errorMapping + ", cancellationToken).ConfigureAwait(false);");
            }
        }

        public static void WriteRequestInformation(SourceWriter writer, ClientModel client, BuilderModel builder, OperationModel operation, Dictionary<string, EnumModel> enums)
        {
            WriteOperationDocs(writer, operation);
            writer.WriteLine("/// <returns>A " + Cref(Abstractions + ".RequestInformation") + ".</returns>");
            if (operation.Body is { } body)
            {
                Doc(writer, "param", body.Description ?? "The request body.", " name=\"body\"");
            }

            WriteConfigurationParamDoc(writer, typed: false);
            if (operation.Deprecated)
            {
                writer.WriteLine(ObsoleteOperation);
            }

            var configuration = KiotaConfigurationType(builder, operation);
            writer.WriteLine("public " + Abstractions + ".RequestInformation To" + operation.MethodName + "RequestInformation(" + BodyParameter(operation) + "global::System.Action<" + configuration + ">? requestConfiguration = default)");
            writer.OpenBlock();
            if (operation.Body is { Type.IsValueType: false } || operation.Body is { Type.IsCollection: true })
            {
                writer.WriteLine("_ = body ?? throw new global::System.ArgumentNullException(nameof(body));");
            }

            writer.WriteLine("var requestInfo = new " + Abstractions + ".RequestInformation(" + Abstractions + ".Method." + operation.Method + ", " + Names.Literal(operation.UrlTemplate) + ", PathParameters);");
            writer.WriteLine("requestInfo.AddRequestOptions(new " + Abstractions + ".IRequestOption[] { " + operation.MethodName + "SecurityRequirementOption, " + operation.MethodName + "ServerOption });");
            if (operation.HeaderParameters.Count == 0 && !operation.QueryParameters.Any(IsRewritten))
            {
                writer.WriteLine("requestInfo.Configure(requestConfiguration);");
            }
            else
            {
                WriteConfigure(writer, client, builder, operation, enums);
            }

            ParameterValidatorEmitter.WriteCall(writer, operation);

            if (operation.Accept is { } accept)
            {
                writer.WriteLine("requestInfo.Headers.TryAdd(\"Accept\", " + Names.Literal(accept) + ");");
            }

            if (operation.Body is { } requestBody)
            {
                writer.WriteLine(SetContent(requestBody));
            }

            writer.WriteLine("return requestInfo;");
            writer.CloseBlock();
            if (TypedConfigurationType(builder, operation) is { } typed)
            {
                writer.WriteLine();
                WriteTypedRequestInformation(writer, operation, configuration, typed);
            }
        }

        /// <summary>The overload of <c>To{Method}RequestInformation</c> whose callback receives the typed request configuration.</summary>
        private static void WriteTypedRequestInformation(SourceWriter writer, OperationModel operation, string configuration, string typed)
        {
            WriteOperationDocs(writer, operation, typed: true);
            writer.WriteLine("/// <returns>A " + Cref(Abstractions + ".RequestInformation") + ".</returns>");
            if (operation.Body is { } body)
            {
                Doc(writer, "param", body.Description ?? "The request body.", " name=\"body\"");
            }

            WriteConfigurationParamDoc(writer, typed: true);
            if (operation.Deprecated)
            {
                writer.WriteLine(ObsoleteOperation);
            }

            writer.WriteLine("public " + Abstractions + ".RequestInformation To" + operation.MethodName + "RequestInformation(" + BodyParameter(operation) + "global::System.Action<" + typed + "> requestConfiguration)");
            writer.OpenBlock();
            writer.WriteLine("_ = requestConfiguration ?? throw new global::System.ArgumentNullException(nameof(requestConfiguration));");
            writer.WriteLine("return To" + operation.MethodName + "RequestInformation(" + (operation.Body is null ? string.Empty : "body, ") + ForwardTyped(configuration, typed) + ");");
            writer.CloseBlock();
        }

        /// <summary>
        /// Applies a configuration with typed header parameters: what <c>Configure</c> does, then each header set. The
        /// instance is of the typed class even when Kiota's overload was called, so its typed properties are read either way.
        /// </summary>
        private static void WriteConfigure(SourceWriter writer, ClientModel client, BuilderModel builder, OperationModel operation, Dictionary<string, EnumModel> enums)
        {
            writer.WriteLine("if (requestConfiguration is not null)");
            writer.OpenBlock();
            writer.WriteLine("var configuration = new " + (TypedConfigurationType(builder, operation) ?? KiotaConfigurationType(builder, operation)) + "();");
            writer.WriteLine("requestConfiguration(configuration);");
            writer.WriteLine("requestInfo.AddQueryParameters(configuration.QueryParameters);");
            writer.WriteLine("requestInfo.AddRequestOptions(configuration.Options);");
            writer.WriteLine("requestInfo.AddHeaders(configuration.Headers);");
            foreach (var query in operation.QueryParameters.Where(q => q.Delimiter is not null))
            {
                // pipeDelimited/spaceDelimited: one value with the items joined, where the template would write commas.
                var branch = "if";
                foreach (var (variant, isTwin) in TextTwinFirst(query))
                {
                    WriteObsoletePragma(writer, isTwin, "disable");
                    writer.WriteLine(branch + " (configuration.QueryParameters." + variant.PropertyName + " is { } " + QueryLocal(variant) + ")");
                    WriteObsoletePragma(writer, isTwin, "restore");
                    writer.OpenBlock();
                    writer.WriteLine("requestInfo.QueryParameters[" + Names.Literal(query.TemplateName) + "] = " + JoinedText(variant.Type, QueryLocal(variant), query.Delimiter!, enums) + ";");
                    writer.CloseBlock();
                    branch = "else if";
                }
            }

            foreach (var query in operation.QueryParameters.Where(q => q.Type.Kind == ValueKind.Object && !q.Type.IsCollection))
            {
                WriteObjectQuery(writer, client, query, enums);
            }

            WriteReservedQuery(writer, operation, enums);
            var hasCookies = operation.HeaderParameters.Any(p => p.Kind == ParameterKind.Cookie);
            if (hasCookies)
            {
                writer.WriteLine("var cookies = new " + List + "<string>();");
            }

            foreach (var header in operation.HeaderParameters)
            {
                writer.WriteLine("if (configuration." + header.PropertyName + " is { } " + Local(header) + ")");
                writer.OpenBlock();
                if (header.Type.Kind == ValueKind.Object && !header.Type.IsCollection)
                {
                    WriteObjectHeader(writer, client, header, enums);
                }
                else if (header.Kind == ParameterKind.Cookie)
                {
                    // name=value pairs, the value percent-encoded: a cookie value may not hold ';', ',' or spaces.
                    writer.WriteLine("cookies.Add(" + Names.Literal(System.Uri.EscapeDataString(header.Name) + "=") + " + global::System.Uri.EscapeDataString(" + HeaderValue(header.Type, Local(header), enums) + "));");
                }
                else
                {
                    writer.WriteLine("requestInfo.Headers.TryAdd(" + Names.Literal(header.Name) + ", " + HeaderValue(header.Type, Local(header), enums) + ");");
                }

                writer.CloseBlock();
            }

            if (hasCookies)
            {
                writer.WriteLine("if (cookies.Count > 0)");
                writer.OpenBlock();
                writer.WriteLine("requestInfo.Headers.TryAdd(\"Cookie\", string.Join(\"; \", cookies));");
                writer.CloseBlock();
            }

            writer.CloseBlock();
        }

        /// <summary>A query value the URI template cannot write from the property as it is: delimited arrays, objects, reserved text.</summary>
        private static bool IsRewritten(ParameterModel query) => query.Delimiter is not null || query.AllowReserved || (query.Type.Kind == ValueKind.Object && !query.Type.IsCollection);

        /// <summary>
        /// The <c>allowReserved</c> query parameters: each becomes the text <c>?name=value</c> (or <c>&amp;…</c> once the
        /// form-style query wrote something) in its reserved expansion <c>{+name_reserved}</c>, which keeps reserved
        /// characters and percent-encodes the rest (spaces, non-ASCII).
        /// </summary>
        private static void WriteReservedQuery(SourceWriter writer, OperationModel operation, Dictionary<string, EnumModel> enums)
        {
            var reserved = operation.QueryParameters.Where(q => q.AllowReserved).ToList();
            if (reserved.Count == 0)
            {
                return;
            }

            writer.WriteLine("var querySeparator = \"?\";");
            var form = operation.QueryParameters.Where(q => !q.AllowReserved).Select(q => Names.Literal(q.TemplateName)).ToList();
            if (form.Count > 0)
            {
                // The form-style expansion writes a parameter unless it is null or an empty list or map.
                writer.WriteLine("foreach (var name in new[] { " + string.Join(", ", form) + " })");
                writer.OpenBlock();
                writer.WriteLine("if (requestInfo.QueryParameters.TryGetValue(name, out var formValue) && formValue is not null && formValue is not global::System.Collections.ICollection { Count: 0 })");
                writer.OpenBlock();
                writer.WriteLine("querySeparator = \"&\";");
                writer.WriteLine("break;");
                writer.CloseBlock();
                writer.CloseBlock();
            }

            foreach (var query in reserved)
            {
                var name = Names.Literal(System.Uri.EscapeDataString(query.Name) + "=");
                writer.WriteLine("requestInfo.QueryParameters.Remove(" + Names.Literal(query.TemplateName) + ");");
                var branch = "if";
                foreach (var (variant, isTwin) in TextTwinFirst(query))
                {
                    var local = QueryLocal(variant) + "Reserved";
                    // As in the form-style expansion, an empty list is not sent.
                    WriteObsoletePragma(writer, isTwin, "disable");
                    writer.WriteLine(branch + " (configuration.QueryParameters." + variant.PropertyName + (query.Type.IsCollection ? " is { Length: > 0 } " : " is { } ") + local + ")");
                    WriteObsoletePragma(writer, isTwin, "restore");
                    writer.OpenBlock();
                    var text = !query.Type.IsCollection
                        ? name + " + " + ScalarText(variant.Type, local, enums)
                        : query.Explode
                            ? name + " + " + JoinedText(variant.Type, local, "&" + System.Uri.EscapeDataString(query.Name) + "=", enums)
                            : name + " + " + JoinedText(variant.Type, local, query.Delimiter ?? ",", enums);
                    writer.WriteLine("requestInfo.PathParameters[" + Names.Literal(query.ReservedTemplateName) + "] = querySeparator + " + text + ";");
                    writer.WriteLine("querySeparator = \"&\";");
                    writer.CloseBlock();
                    branch = "else if";
                }
            }
        }

        /// <summary>
        /// An object query parameter as a map of its scalar properties and additional data, which the URI template expands
        /// as the style says: <c>{?filter*}</c> gives <c>a=x</c> (form) or, with <c>filter[a]</c> keys, deepObject;
        /// <c>{?filter}</c> gives <c>filter=a,x</c>. Properties that are objects or collections are not sent.
        /// </summary>
        private static void WriteObjectQuery(SourceWriter writer, ClientModel client, ParameterModel query, Dictionary<string, EnumModel> enums)
        {
            var local = QueryLocal(query);
            writer.WriteLine("requestInfo.QueryParameters.Remove(" + Names.Literal(query.TemplateName) + ");");
            writer.WriteLine("if (configuration.QueryParameters." + query.PropertyName + " is { } " + local + ")");
            writer.OpenBlock();
            WriteMemberMap(writer, client, query.Type, local, local + "Values", enums, query.DeepObject ? query.Name + "[" : string.Empty, query.DeepObject ? "]" : string.Empty);
            writer.WriteLine("requestInfo.QueryParameters[" + Names.Literal(query.TemplateName) + "] = " + local + "Values;");
            writer.CloseBlock();
        }

        /// <summary>
        /// An object header (style simple: <c>a,x,b,y</c>, exploded <c>a=x,b=y</c>) or cookie (style form:
        /// <c>name=a,x,b,y</c>, exploded one cookie per member) from its scalar properties and additional data.
        /// </summary>
        private static void WriteObjectHeader(SourceWriter writer, ClientModel client, ParameterModel header, Dictionary<string, EnumModel> enums)
        {
            var local = Local(header);
            var values = local + "Values";
            WriteMemberMap(writer, client, header.Type, local, values, enums);
            if (header.Kind == ParameterKind.Cookie && header.Explode)
            {
                writer.WriteLine("cookies.AddRange(global::System.Linq.Enumerable.Select(" + values + ", p => global::System.Uri.EscapeDataString(p.Key) + \"=\" + global::System.Uri.EscapeDataString(p.Value)));");
                return;
            }

            var joined = "string.Join(\",\", global::System.Linq.Enumerable.Select(" + values + ", p => p.Key + " + (header.Explode ? "\"=\"" : "\",\"") + " + p.Value))";
            writer.WriteLine("if (" + values + ".Count > 0)");
            writer.OpenBlock();
            writer.WriteLine(header.Kind == ParameterKind.Cookie
                ? "cookies.Add(" + Names.Literal(System.Uri.EscapeDataString(header.Name) + "=") + " + global::System.Uri.EscapeDataString(" + joined + "));"
                : "requestInfo.Headers.TryAdd(" + Names.Literal(header.Name) + ", " + joined + ");");
            writer.CloseBlock();
        }

        /// <summary>
        /// Declares <paramref name="map"/>, a <c>Dictionary&lt;string, string&gt;</c> of the scalar properties and additional
        /// data of the object in <paramref name="local"/> (spec name, invariant text), in that order; a key is
        /// <paramref name="keyPrefix"/> + name + <paramref name="keySuffix"/> (deepObject's <c>filter[a]</c>), and a later
        /// key replaces an earlier one. Members that are objects or collections are not sent.
        /// </summary>
        internal static void WriteMemberMap(SourceWriter writer, ClientModel client, TypeRef type, string local, string map, Dictionary<string, EnumModel> enums, string keyPrefix = "", string keySuffix = "")
        {
            writer.WriteLine("var " + map + " = new " + Dictionary + "<string, string>();");
            var model = client.Models.FirstOrDefault(m => "global::" + m.Namespace + "." + m.Name == type.TypeName);
            foreach (var property in model?.Properties ?? EquatableArray<PropertyModel>.Empty)
            {
                if (property.Type.IsCollection || property.Type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.Stream or ValueKind.ByteArray)
                {
                    continue;
                }

                var value = local + property.Name.TrimStart('_', '@');
                writer.WriteLine("if (" + local + "." + property.Name + " is { } " + value + ") " + map + "[" + Names.Literal(keyPrefix + property.JsonName + keySuffix) + "] = " + ScalarText(property.Type, value, enums) + ";");
            }

            var dynamicKey = keyPrefix.Length == 0 && keySuffix.Length == 0 ? "pair.Key" : Names.Literal(keyPrefix) + " + pair.Key + " + Names.Literal(keySuffix);
            writer.WriteLine("foreach (var pair in " + local + ".AdditionalData)");
            writer.OpenBlock();
            writer.WriteLine("if (pair.Value is not null) " + map + "[" + dynamicKey + "] = global::System.Convert.ToString(pair.Value, global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;");
            writer.CloseBlock();
        }

        /// <summary>
        /// The parameter, preceded by its string twin when it is an enum (<see cref="ParameterModel.TextPropertyName"/>):
        /// the twin is read first, as <c>AddQueryParameters</c> takes the first property set.
        /// </summary>
        private static IEnumerable<(ParameterModel Variant, bool IsTwin)> TextTwinFirst(ParameterModel query) =>
            query.TextTwin is { } twin ? new[] { (twin, true), (query, false) } : new[] { (query, false) };

        /// <summary>The string twin is <c>[Obsolete]</c> for callers, not for the code that sends it.</summary>
        private static void WriteObsoletePragma(SourceWriter writer, bool isTwin, string action)
        {
            if (isTwin)
            {
                writer.WriteLine("#pragma warning " + action + " CS0618");
            }
        }

        private static string QueryLocal(ParameterModel query) => "query" + query.PropertyName.TrimStart('_', '@');

        private static string Local(ParameterModel header) => "header" + header.PropertyName.TrimStart('_', '@');

        private static string SetContent(RequestBodyModel body)
        {
            var contentType = Names.Literal(body.ContentType);
            var type = body.Type;
            if (type.Kind == ValueKind.Stream)
            {
                return "requestInfo.SetStreamContent(body, " + contentType + ");";
            }

            if (type.IsCollection)
            {
                return type.Kind switch
                {
                    ValueKind.Object => "requestInfo.SetContentFromParsable<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                    ValueKind.Enum => "requestInfo.SetContentFromEnumCollection<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                    _ => "requestInfo.SetContentFromScalarCollection<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                };
            }

            return type.Kind switch
            {
                ValueKind.Object or ValueKind.Untyped => "requestInfo.SetContentFromParsable<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                ValueKind.Enum => "requestInfo.SetContentFromEnum<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                _ => "requestInfo.SetContentFromScalar<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
            };
        }

        private static string HeaderValue(TypeRef type, string value, Dictionary<string, EnumModel> enums) =>
            type.IsCollection ? JoinedText(type, value, ",", enums) : ScalarText(type, value, enums);

        /// <summary>The items of a collection as invariant text joined by <paramref name="separator"/>.</summary>
        private static string JoinedText(TypeRef type, string value, string separator, Dictionary<string, EnumModel> enums) =>
            "string.Join(" + Names.Literal(separator) + ", global::System.Linq.Enumerable.Select(" + value + ", v => " + ScalarText(type, "v", enums) + "))";

        /// <summary>The invariant text of a scalar header value (an enum uses its spec value).</summary>
        private static string ScalarText(TypeRef type, string value, Dictionary<string, EnumModel> enums)
        {
            const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            switch (type.Kind)
            {
                case ValueKind.String:
                    return value;
                case ValueKind.Boolean:
                    return "(" + value + " ? \"true\" : \"false\")";
                case ValueKind.Enum when enums.TryGetValue(type.TypeName, out var model):
                    var arms = model.Members.Select(m => type.TypeName + "." + m.Name + " => " + Names.Literal(m.Value));
                    return "(" + value + " switch { " + string.Join(", ", arms) + ", _ => " + value + ".ToString() })";
                case ValueKind.DateTimeOffset:
                    return value + ".ToString(\"o\", " + Invariant + ")";
                case ValueKind.Int32:
                case ValueKind.Int64:
                case ValueKind.Float:
                case ValueKind.Double:
                case ValueKind.Decimal:
                    return value + ".ToString(" + Invariant + ")";
                default:
                    return value + ".ToString()";
            }
        }

        private static string BodyParameter(OperationModel operation) =>
            operation.Body is { } body ? (body.Type.IsCollection ? List + "<" + ElementType(body.Type) + ">" : body.Type.TypeName) + " body, " : string.Empty;

        private static string ReturnType(TypeRef? type) => type is null
            ? "global::System.Threading.Tasks.Task"
            : "global::System.Threading.Tasks.Task<" + DeclaredType(type) + ">";

        // ---- the operation's query-parameter and request-configuration classes -------------

        /// <summary>The nested classes of the operation, if it has query or header parameters.</summary>
        public static void WriteParameterClasses(SourceWriter writer, BuilderModel builder, OperationModel operation)
        {
            if (operation.QueryParameters.Count > 0)
            {
                writer.WriteLine();
                WriteQueryParameters(writer, builder, operation);
            }

            if (operation.HeaderParameters.Count > 0)
            {
                writer.WriteLine();
                WriteRequestConfiguration(writer, builder, operation);
            }
        }

        private static string QueryClassName(BuilderModel builder, OperationModel operation) => builder.Name + operation.MethodName + "QueryParameters";

        /// <summary>
        /// The typed request configuration of an operation with header or cookie parameters (a subclass of Kiota's, with one
        /// property per parameter), which its second overloads take; null for any other operation.
        /// </summary>
        private static string? TypedConfigurationType(BuilderModel builder, OperationModel operation) =>
            operation.HeaderParameters.Count > 0
                ? "global::" + builder.Namespace + "." + builder.Name + "." + builder.Name + operation.MethodName + "RequestConfiguration"
                : null;

        /// <summary>The type that Kiota's configuration callback receives: <c>RequestConfiguration&lt;{query parameters}&gt;</c>.</summary>
        private static string KiotaConfigurationType(BuilderModel builder, OperationModel operation)
        {
            var query = operation.QueryParameters.Count > 0
                ? "global::" + builder.Namespace + "." + builder.Name + "." + QueryClassName(builder, operation)
                : Abstractions + ".DefaultQueryParameters";
            return Abstractions + ".RequestConfiguration<" + query + ">";
        }

        private static void WriteQueryParameters(SourceWriter writer, BuilderModel builder, OperationModel operation)
        {
            var name = QueryClassName(builder, operation);
            Summary(writer, "The query parameters of " + operation.MethodName + "Async.");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public partial class " + name);
            writer.OpenBlock();
            var first = true;
            foreach (var parameter in operation.QueryParameters)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                if (parameter.TextTwin is { } twin)
                {
                    // Kiota's string property, kept beside the enum one: code written against Kiota's client compiles.
                    Summary(writer, parameter.Description ?? "The " + parameter.Name + " query parameter.");
                    writer.WriteLine("[global::System.Obsolete(" + Names.Literal("This property is deprecated, use " + parameter.PropertyName + " instead") + ")]");
                    writer.WriteLine("[" + Abstractions + ".QueryParameter(" + Names.Literal(parameter.TemplateName) + ")]");
                    writer.WriteLine("public " + ParameterType(twin.Type) + " " + twin.PropertyName + " { get; set; }");
                    writer.WriteLine();
                }

                Summary(writer, parameter.Description ?? "The " + parameter.Name + " query parameter.");
                writer.WriteLine("[" + Abstractions + ".QueryParameter(" + Names.Literal(parameter.TemplateName) + ")]");
                writer.WriteLine("public " + ParameterType(parameter.Type) + " " + parameter.PropertyName + " { get; set; }");
            }

            writer.CloseBlock();
        }

        private static void WriteRequestConfiguration(SourceWriter writer, BuilderModel builder, OperationModel operation)
        {
            var name = builder.Name + operation.MethodName + "RequestConfiguration";
            var query = operation.QueryParameters.Count > 0 ? QueryClassName(builder, operation) : Abstractions + ".DefaultQueryParameters";
            Summary(writer, "Configuration for " + operation.MethodName + "Async: the typed header parameters, query parameters, headers and options.");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public partial class " + name + " : " + Abstractions + ".RequestConfiguration<" + query + ">");
            writer.OpenBlock();
            var first = true;
            foreach (var parameter in operation.HeaderParameters)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                Summary(writer, parameter.Description ?? "The " + parameter.Name + (parameter.Kind == ParameterKind.Cookie ? " cookie." : " header."));
                writer.WriteLine("public " + ParameterType(parameter.Type) + " " + parameter.PropertyName + " { get; set; }");
            }

            writer.CloseBlock();
        }
    }
}
