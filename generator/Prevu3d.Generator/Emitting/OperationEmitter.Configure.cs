using System.Collections.Generic;
using System.Linq;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// What <c>To{Method}RequestInformation</c> writes into the request beyond Kiota's <c>Configure</c>: typed headers and
    /// cookies, query parameters Kiota's template cannot expand (delimited, reserved, objects), and the body.
    /// </summary>
    internal static partial class OperationEmitter
    {
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
            if (query.TextTwin is { } twin)
            {
                // Kiota's string property, when set, is sent as it is (the template expands the text) and wins, as an
                // enum's string twin does; otherwise the typed object replaces what AddQueryParameters put there.
                writer.WriteLine("if (configuration.QueryParameters." + twin.PropertyName + " is null && configuration.QueryParameters." + query.PropertyName + " is { } " + local + ")");
            }
            else
            {
                writer.WriteLine("requestInfo.QueryParameters.Remove(" + Names.Literal(query.TemplateName) + ");");
                writer.WriteLine("if (configuration.QueryParameters." + query.PropertyName + " is { } " + local + ")");
            }

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
                return "requestInfo.SetStreamContent(body, " + (body.CallerContentType ? "contentType" : contentType) + ");";
            }

            if (type.IsCollection)
            {
                return type.Kind switch
                {
                    ValueKind.Object or ValueKind.Untyped => "requestInfo.SetContentFromParsable<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                    ValueKind.Enum => "requestInfo.SetContentFromEnumCollection<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                    _ => "requestInfo.SetContentFromScalarCollection<" + ElementType(type) + ">(RequestAdapter, " + contentType + ", body);",
                };
            }

            // A value-type body is declared nullable and checked for null before this.
            var value = type.IsValueType ? "body.Value" : "body";
            return type.Kind switch
            {
                ValueKind.Object or ValueKind.Untyped => "requestInfo.SetContentFromParsable<" + type.TypeName + ">(RequestAdapter, " + contentType + ", body);",
                ValueKind.Enum => "requestInfo.SetContentFromEnum<" + type.TypeName + ">(RequestAdapter, " + contentType + ", " + value + ");",
                _ => "requestInfo.SetContentFromScalar<" + type.TypeName + ">(RequestAdapter, " + contentType + ", " + value + ");",
            };
        }

        private static string HeaderValue(TypeRef type, string value, Dictionary<string, EnumModel> enums) =>
            type.IsCollection ? JoinedText(type, value, ",", enums) : ScalarText(type, value, enums);

        /// <summary>The items of a collection as invariant text joined by <paramref name="separator"/>.</summary>
        /// <remarks>An array of numbers holds nullable items (<c>int?[]</c>); a null item is not written.</remarks>
        private static string JoinedText(TypeRef type, string value, string separator, Dictionary<string, EnumModel> enums) =>
            "string.Join(" + Names.Literal(separator) + ", global::System.Linq.Enumerable.Select("
            + (ParameterElementType(type) != type.TypeName ? "global::System.Linq.Enumerable.OfType<" + type.TypeName + ">(" + value + ")" : value)
            + ", v => " + ScalarText(type, "v", enums) + "))";

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
                case ValueKind.SByte:
                case ValueKind.Byte:
                case ValueKind.Float:
                case ValueKind.Double:
                case ValueKind.Decimal:
                    return value + ".ToString(" + Invariant + ")";
                default:
                    return value + ".ToString()";
            }
        }
    }
}
