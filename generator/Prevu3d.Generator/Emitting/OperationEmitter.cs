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
    internal static partial class OperationEmitter
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
            WriteBodyChecks(writer, operation);

            writer.WriteLine("var requestInfo = To" + operation.MethodName + "RequestInformation(" + BodyArguments(operation) + "requestConfiguration);");
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
                writer.WriteLine("return " + name + "(" + BodyArguments(operation) + ForwardTyped(configuration, typed) + ", cancellationToken);");
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
                if (body.CallerContentType)
                {
                    writer.WriteLine("/// <param name=\"contentType\">The request body content type.</param>");
                }
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
                var objects = type.Kind is ValueKind.Object or ValueKind.Untyped;
                var call = objects
                    ? "SendCollectionAsync<" + type.TypeName + ">(requestInfo, " + Factory(type) + ", "
                    : "SendPrimitiveCollectionAsync<" + ElementType(type) + ">(requestInfo, ";
                writer.WriteLine("var collectionResult = await RequestAdapter." + call + errorMapping + ", cancellationToken).ConfigureAwait(false);");
                writer.WriteLine("return collectionResult is null ? null : " + AsList(objects ? type.TypeName : ElementType(type), "collectionResult") + ";");
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
            WriteRequestInformationHeader(writer, operation, typed: false);
            var configuration = KiotaConfigurationType(builder, operation);
            writer.WriteLine("public " + Abstractions + ".RequestInformation To" + operation.MethodName + "RequestInformation(" + BodyParameter(operation) + "global::System.Action<" + configuration + ">? requestConfiguration = default)");
            writer.OpenBlock();
            WriteBodyChecks(writer, operation);

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

        /// <summary>The documentation and <c>[Obsolete]</c> of either <c>To{Method}RequestInformation</c> overload.</summary>
        private static void WriteRequestInformationHeader(SourceWriter writer, OperationModel operation, bool typed)
        {
            WriteOperationDocs(writer, operation, typed);
            writer.WriteLine("/// <returns>A " + Cref(Abstractions + ".RequestInformation") + ".</returns>");
            if (operation.Body is { } body)
            {
                Doc(writer, "param", body.Description ?? "The request body.", " name=\"body\"");
                if (body.CallerContentType)
                {
                    writer.WriteLine("/// <param name=\"contentType\">The request body content type.</param>");
                }
            }

            WriteConfigurationParamDoc(writer, typed);
            if (operation.Deprecated)
            {
                writer.WriteLine(ObsoleteOperation);
            }
        }

        /// <summary>The overload of <c>To{Method}RequestInformation</c> whose callback receives the typed request configuration.</summary>
        private static void WriteTypedRequestInformation(SourceWriter writer, OperationModel operation, string configuration, string typed)
        {
            WriteRequestInformationHeader(writer, operation, typed: true);
            writer.WriteLine("public " + Abstractions + ".RequestInformation To" + operation.MethodName + "RequestInformation(" + BodyParameter(operation) + "global::System.Action<" + typed + "> requestConfiguration)");
            writer.OpenBlock();
            writer.WriteLine("_ = requestConfiguration ?? throw new global::System.ArgumentNullException(nameof(requestConfiguration));");
            writer.WriteLine("return To" + operation.MethodName + "RequestInformation(" + BodyArguments(operation) + ForwardTyped(configuration, typed) + ");");
            writer.CloseBlock();
        }

        /// <summary>Refuses a null body, and an empty content type where the caller gives one.</summary>
        private static void WriteBodyChecks(SourceWriter writer, OperationModel operation)
        {
            if (operation.Body is null)
            {
                return;
            }

            writer.WriteLine("_ = body ?? throw new global::System.ArgumentNullException(nameof(body));");
            if (operation.Body.CallerContentType)
            {
                writer.WriteLine("if (string.IsNullOrEmpty(contentType)) throw new global::System.ArgumentNullException(nameof(contentType));");
            }
        }

        /// <summary>The body (and its content type) handed on to the other overload.</summary>
        private static string BodyArguments(OperationModel operation) =>
            operation.Body is null ? string.Empty : operation.Body.CallerContentType ? "body, contentType, " : "body, ";

        /// <summary>
        /// The body parameter as Kiota declares it: a scalar of a value type (a number, a boolean, an enum) is nullable
        /// (<c>bool? body</c>), whether or not the body is required; a null one is refused before anything is sent.
        /// </summary>
        private static string BodyParameter(OperationModel operation) =>
            operation.Body is { } body ? (body.Type.IsCollection ? List + "<" + ElementType(body.Type) + ">" : body.Type.IsValueType ? body.Type.TypeName + "?" : body.Type.TypeName) + " body, " + (body.CallerContentType ? "string contentType, " : string.Empty) : string.Empty;

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
                    if (parameter.Type.Kind == ValueKind.Enum)
                    {
                        writer.WriteLine("[global::System.Obsolete(" + Names.Literal("This property is deprecated, use " + parameter.PropertyName + " instead") + ")]");
                    }

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
