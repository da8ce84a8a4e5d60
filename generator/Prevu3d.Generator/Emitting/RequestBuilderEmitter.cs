using System.Collections.Generic;
using System.Linq;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.DocCommentEmitter;
using static Prevu3d.Generator.Emitting.GlobalNames;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// A request builder: one path segment, with its navigation properties, indexers, constructors and operations
    /// (written by <see cref="OperationEmitter"/>). The root builder is the client class.
    /// </summary>
    internal static class RequestBuilderEmitter
    {
        /// <summary>The file of <paramref name="builder"/>; <paramref name="enums"/> are the client's enums by global name.</summary>
        public static string Emit(ClientModel client, BuilderModel builder, Dictionary<string, EnumModel> enums)
        {
            var writer = GeneratedFile.Begin(builder.Namespace);
            var self = "global::" + builder.Namespace + "." + builder.Name;
            WriteDeclaration(writer, client, builder);
            writer.OpenBlock();
            foreach (var operation in builder.Operations)
            {
                OperationEmitter.WriteOptionFields(writer, client, operation);
            }

            WriteNavigations(writer, builder);
            WriteIndexers(writer, client, builder, enums);
            if (builder.IsRoot)
            {
                WriteRootConstructor(writer, client, builder, self);
            }
            else
            {
                WriteConstructors(writer, builder, self);
            }

            foreach (var operation in builder.Operations)
            {
                writer.WriteLine();
                OperationEmitter.WriteExecutor(writer, builder, operation);
                writer.WriteLine();
                OperationEmitter.WriteRequestInformation(writer, client, builder, operation, enums);
            }

            if (!builder.IsRoot)
            {
                WriteWithUrl(writer, self);
            }

            foreach (var operation in builder.Operations)
            {
                OperationEmitter.WriteParameterClasses(writer, builder, operation);
            }

            writer.CloseBlock();
            return GeneratedFile.End(writer);
        }

        private static void WriteDeclaration(SourceWriter writer, ClientModel client, BuilderModel builder)
        {
            if (builder.IsRoot)
            {
                Summary(writer, "The main entry point of the SDK" + (client.Title is null ? string.Empty : " for " + client.Title) + ": exposes the configuration and the fluent API.");
            }
            else
            {
                Summary(writer, "Builds and executes requests for operations under " + builder.Path + ".");
            }

            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public partial class " + builder.Name + " : " + Abstractions + ".BaseRequestBuilder");
        }

        private static void WriteNavigations(SourceWriter writer, BuilderModel builder)
        {
            foreach (var navigation in builder.Navigations)
            {
                if (navigation.Parameters.Count > 0 || navigation.IsMethod)
                {
                    WriteNavigationMethod(writer, navigation);
                    continue;
                }

                // A segment without parameters adds nothing to the path parameters: its builder is made once, not on every
                // call (each one copies the parent's dictionary); concurrent first reads make equal builders.
                var field = "_" + char.ToLowerInvariant(navigation.PropertyName[0]) + navigation.PropertyName.Substring(1);
                writer.WriteLine("private " + navigation.TargetTypeName + "? " + field + ";");
                writer.WriteLine();
                Summary(writer, "Builds and executes requests for operations under " + navigation.Path + ".");
                writer.WriteLine("public " + navigation.TargetTypeName + " " + navigation.PropertyName);
                writer.OpenBlock();
                writer.WriteLine("get => " + field + " ??= new " + navigation.TargetTypeName + "(PathParameters, RequestAdapter);");
                writer.CloseBlock();
                writer.WriteLine();
            }
        }

        /// <summary>Kiota's argument names (<c>file_id</c>) for segment parameters, <c>@</c>-prefixed, so a named argument written against its client compiles.</summary>
        private static List<string> ArgumentNames(IEnumerable<string> parameters)
        {
            var identifiers = new List<string>();
            foreach (var parameter in parameters)
            {
                var pascal = Names.ToPascalCase(parameter);
                var identifier = SegmentNames.ParameterName(parameter) is { } kiota ? "@" + kiota
                    : pascal.Length == 0 ? "@value" : "@" + char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
                while (identifiers.Contains(identifier))
                {
                    identifier += "_";
                }

                identifiers.Add(identifier);
            }

            return identifiers;
        }

        /// <summary>A segment with text and parameters (<c>{id}:cancel</c>): a method taking the parameters, as Kiota writes it.</summary>
        private static void WriteNavigationMethod(SourceWriter writer, NavigationModel navigation)
        {
            var identifiers = ArgumentNames(navigation.Parameters);

            Summary(writer, "Builds and executes requests for operations under " + navigation.Path + ".");
            for (var i = 0; i < identifiers.Count; i++)
            {
                Doc(writer, "param", "The " + navigation.Parameters[i] + " path parameter.", " name=\"" + identifiers[i].Substring(1) + "\"");
            }

            writer.WriteLine("public " + navigation.TargetTypeName + " " + navigation.PropertyName + "(" + string.Join(", ", identifiers.Select(id => "string " + id)) + ")");
            writer.OpenBlock();
            foreach (var identifier in identifiers)
            {
                writer.WriteLine("if (string.IsNullOrEmpty(" + identifier + ")) throw new global::System.ArgumentNullException(nameof(" + identifier + "));");
            }

            writer.WriteLine("var urlTplParams = new " + Dictionary + "<string, object>(PathParameters);");
            for (var i = 0; i < identifiers.Count; i++)
            {
                writer.WriteLine("urlTplParams[" + Names.Literal(Names.ToTemplateVariable(navigation.Parameters[i])) + "] = " + identifiers[i] + ";");
            }

            writer.WriteLine("return new " + navigation.TargetTypeName + "(urlTplParams, RequestAdapter);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>One indexer per accepted index type (a Guid and a string id, say).</summary>
        private static void WriteIndexers(SourceWriter writer, ClientModel client, BuilderModel builder, Dictionary<string, EnumModel> enums)
        {
            if (builder.Indexer is not { } indexer)
            {
                return;
            }

            foreach (var indexType in indexer.IndexTypes)
            {
                Summary(writer, "Gets an item from the " + builder.Path + " collection.");
                Doc(writer, "param", indexer.Description ?? "The unique identifier of the item.", " name=\"position\"");
                writer.WriteLine("/// <returns>A " + Cref(indexer.TargetTypeName) + ".</returns>");
                writer.WriteLine("public " + indexer.TargetTypeName + " this[" + indexType + " position]");
                writer.OpenBlock();
                writer.WriteLine("get");
                writer.OpenBlock();
                if (indexType == "string" || indexType == indexer.ObjectIndexType || indexType.EndsWith("[]", System.StringComparison.Ordinal))
                {
                    writer.WriteLine("_ = position ?? throw new global::System.ArgumentNullException(nameof(position));");
                }

                writer.WriteLine("var urlTplParams = new " + Dictionary + "<string, object>(PathParameters);");
                var value = "position";
                if (indexType == indexer.ObjectIndexType)
                {
                    // An object: its scalar members as a map, which the URI template expands in the parameter's style.
                    OperationEmitter.WriteMemberMap(writer, client, new TypeRef(ValueKind.Object, indexType, false), "position", "positionMap", enums);
                    value = "positionMap";
                }

                // Sibling paths that name the parameter differently share this builder: each of their URLs finds the value.
                foreach (var name in new[] { indexer.TemplateName }.Concat(indexer.OtherTemplateNames))
                {
                    // A name a merged builder above set for its siblings' paths: the paths below this one mean this value.
                    writer.WriteLine(indexer.ReplacesAncestorValue
                        ? "urlTplParams[" + Names.Literal(name) + "] = " + value + ";"
                        : "urlTplParams.Add(" + Names.Literal(name) + ", " + value + ");");
                }

                writer.WriteLine("return new " + indexer.TargetTypeName + "(urlTplParams, RequestAdapter);");
                writer.CloseBlock();
                writer.CloseBlock();
                writer.WriteLine();
            }
        }

        /// <summary>The client's constructor: registers the serializers, sets the default base URL and server variables.</summary>
        private static void WriteRootConstructor(SourceWriter writer, ClientModel client, BuilderModel builder, string self)
        {
            SummaryXml(writer, "Instantiates a new " + Cref(self) + " and sets the default values.");
            writer.WriteLine("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
            writer.WriteLine("public " + builder.Name + "(" + Abstractions + ".IRequestAdapter requestAdapter) : base(requestAdapter, " + Names.Literal(builder.UrlTemplate) + ", new " + Dictionary + "<string, object>())");
            writer.OpenBlock();
            foreach (var factory in new[] { "global::Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory", "global::Microsoft.Kiota.Serialization.Text.TextSerializationWriterFactory", "global::Microsoft.Kiota.Serialization.Form.FormSerializationWriterFactory" })
            {
                writer.WriteLine(Abstractions + ".ApiClientBuilder.RegisterDefaultSerializer<" + factory + ">();");
            }

            // Only a client that sends multipart bodies needs (and registers) Kiota's multipart package.
            if (client.Builders.Any(b => b.Operations.Any(o => o.Body is { } body && body.ContentType == Parsing.MediaTypes.MultipartFormData)))
            {
                writer.WriteLine(Abstractions + ".ApiClientBuilder.RegisterDefaultSerializer<global::Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriterFactory>();");
            }

            foreach (var factory in new[] { "global::" + client.Namespace + "." + JsonFactoryName, "global::Microsoft.Kiota.Serialization.Text.TextParseNodeFactory", "global::Microsoft.Kiota.Serialization.Form.FormParseNodeFactory" })
            {
                writer.WriteLine(Abstractions + ".ApiClientBuilder.RegisterDefaultDeserializer<" + factory + ">();");
            }

            if (client.DefaultBaseUrl is { } baseUrl)
            {
                writer.WriteLine("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl))");
                writer.OpenBlock();
                writer.WriteLine("RequestAdapter.BaseUrl = " + Names.Literal(baseUrl) + ";");
                writer.CloseBlock();
            }

            writer.WriteLine("PathParameters[\"baseurl\"] = RequestAdapter.BaseUrl ?? string.Empty;");
            foreach (var variable in client.ServerVariables)
            {
                writer.WriteLine("PathParameters[" + Names.Literal(Names.ToTemplateVariable(variable.Name)) + "] = " + Names.Literal(variable.DefaultValue) + ";");
            }

            writer.CloseBlock();
        }

        private static void WriteConstructors(SourceWriter writer, BuilderModel builder, string self)
        {
            SummaryXml(writer, "Instantiates a new " + Cref(self) + " and sets the default values.");
            writer.WriteLine("/// <param name=\"pathParameters\">Path parameters for the request.</param>");
            writer.WriteLine("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
            writer.WriteLine("public " + builder.Name + "(" + Dictionary + "<string, object> pathParameters, " + Abstractions + ".IRequestAdapter requestAdapter) : base(requestAdapter, " + Names.Literal(builder.UrlTemplate) + ", pathParameters)");
            writer.OpenBlock();
            writer.CloseBlock();
            writer.WriteLine();
            if (builder.SegmentParameters.Count > 0)
            {
                WriteSegmentConstructor(writer, builder, self);
            }

            SummaryXml(writer, "Instantiates a new " + Cref(self) + " and sets the default values.");
            writer.WriteLine("/// <param name=\"rawUrl\">The raw URL to use for the request builder.</param>");
            writer.WriteLine("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
            writer.WriteLine("public " + builder.Name + "(string rawUrl, " + Abstractions + ".IRequestAdapter requestAdapter) : base(requestAdapter, " + Names.Literal(builder.UrlTemplate) + ", rawUrl)");
            writer.OpenBlock();
            writer.CloseBlock();
        }

        /// <summary>
        /// Kiota's constructor of a builder reached by a segment mixing text and parameters (<c>thumbnail.{extension}</c>):
        /// the parameters as arguments defaulting to empty, each added to the path parameters when given.
        /// </summary>
        private static void WriteSegmentConstructor(SourceWriter writer, BuilderModel builder, string self)
        {
            var identifiers = ArgumentNames(builder.SegmentParameters);
            SummaryXml(writer, "Instantiates a new " + Cref(self) + " and sets the default values.");
            writer.WriteLine("/// <param name=\"pathParameters\">Path parameters for the request.</param>");
            writer.WriteLine("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
            for (var i = 0; i < identifiers.Count; i++)
            {
                Doc(writer, "param", "The " + builder.SegmentParameters[i] + " path parameter.", " name=\"" + identifiers[i].Substring(1) + "\"");
            }

            writer.WriteLine("public " + builder.Name + "(" + Dictionary + "<string, object> pathParameters, " + Abstractions + ".IRequestAdapter requestAdapter, "
                + string.Join(", ", identifiers.Select(id => "string " + id + " = \"\"")) + ") : base(requestAdapter, " + Names.Literal(builder.UrlTemplate) + ", pathParameters)");
            writer.OpenBlock();
            for (var i = 0; i < identifiers.Count; i++)
            {
                writer.WriteLine("if (!string.IsNullOrWhiteSpace(" + identifiers[i] + ")) PathParameters[" + Names.Literal(Names.ToTemplateVariable(builder.SegmentParameters[i])) + "] = " + identifiers[i] + ";");
            }

            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteWithUrl(SourceWriter writer, string self)
        {
            writer.WriteLine();
            Summary(writer, "Returns a request builder with the provided arbitrary URL. Using this method means any other path or query parameters are ignored.");
            writer.WriteLine("/// <param name=\"rawUrl\">The raw URL to use for the request builder.</param>");
            writer.WriteLine("/// <returns>A " + Cref(self) + ".</returns>");
            writer.WriteLine("public " + self + " WithUrl(string rawUrl)");
            writer.OpenBlock();
            writer.WriteLine("return new " + self + "(rawUrl, RequestAdapter);");
            writer.CloseBlock();
        }
    }
}
