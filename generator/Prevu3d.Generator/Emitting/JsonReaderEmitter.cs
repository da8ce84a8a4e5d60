using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// The JSON fast path's part in each model: an explicit <c>IJsonReadable.ReadJson</c> that reads the model straight
    /// from a <c>Utf8JsonReader</c> with the value readers of <c>Templates/GeneratedJsonParseNodeFactory.cs</c>.
    /// </summary>
    /// <remarks>
    /// Kiota's <c>JsonParseNode</c> clones the whole answer into a <c>JsonDocument</c>, then, per object, builds a
    /// dictionary of closures (<c>GetFieldDeserializers</c>) and one parse node per property: most of a parse's time
    /// and allocations (see docs/benchmarks.md). The generated readers keep its rules exactly: the common value
    /// types (string, boolean, int32/int64, double, uuid, objects, arrays of objects or strings) are read in place
    /// with the same outcomes; every other type is handed to a <c>JsonParseNode</c> over that one value, so its
    /// rules apply by construction; unknown fields land in <c>AdditionalData</c> as <c>JsonParseNode</c> stores them.
    /// A differential test (GeneratedJsonParseNodeTests) reads the same documents both ways.
    /// </remarks>
    internal static class JsonReaderEmitter
    {
        /// <summary>The readable interface the models implement, in the client's root namespace.</summary>
        public static string JsonReadable(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName + ".IJsonReadable";

        private static string JsonContext(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName + ".JsonReadContext";

        private static string JsonValues(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName;

        /// <summary>Whether a property of <paramref name="type"/> is read in place (else through a JsonParseNode).</summary>
        private static bool ReadsInPlace(TypeRef type) => type.IsComposed || type.IsCollection
            ? type.Kind is ValueKind.Object or ValueKind.String
            : type.Kind is ValueKind.String or ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.SByte or ValueKind.Byte or ValueKind.Double or ValueKind.Guid or ValueKind.Object;

        /// <summary>A <c>u8</c> literal of <paramref name="text"/>; a string literal when it holds a lone surrogate (no UTF-8 form).</summary>
        private static string Utf8Literal(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return Names.Literal(text);
                }
            }

            return Names.Literal(text) + "u8";
        }

        /// <summary>The member through which a class of a hierarchy reads the properties it and its bases declare.</summary>
        private const string ReadKnown = "ReadKnownJsonProperty";

        /// <summary>
        /// The model's explicit <c>IJsonReadable.ReadJson</c>: one branch per property, then unknown fields. A class of a
        /// hierarchy (a base or a derived class) reads its properties in <see cref="ReadKnown"/>, which a derived class
        /// overrides to read its own and hand the rest to its base; it re-implements <c>ReadJson</c> for its own type.
        /// </summary>
        public static void WriteReader(SourceWriter writer, ModelClass model, string self, string rootNamespace, ModelEmitter.Hierarchy hierarchy)
        {
            var values = JsonValues(rootNamespace);
            var inHierarchy = model.BaseTypeName is not null || hierarchy.IsBase(self);
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("bool " + JsonReadable(rootNamespace) + ".ReadJson(ref " + Stj + ".Utf8JsonReader reader, " + JsonContext(rootNamespace) + " context)");
            writer.OpenBlock();
            writer.WriteLine(inHierarchy
                ? "// A class derived by hand may deserialize differently (GetFieldDeserializers is virtual): let Kiota read it."
                : "// A derived type may deserialize differently (GetFieldDeserializers is virtual): let Kiota read it.");
            writer.WriteLine("if (GetType() != typeof(" + self + "))");
            writer.OpenBlock();
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.WriteLine();
            // Unknown fields go into a dictionary already there (eagerly, as Kiota would), else stay text until first used.
            writer.WriteLine("var additionalData = " + ModelEmitter.AdditionalDataField + " as global::System.Collections.Generic.IDictionary<string, object>;");
            writer.WriteLine("var unknown = context.BeginObject();");
            writer.WriteLine("while (reader.Read() && reader.TokenType == " + Stj + ".JsonTokenType.PropertyName)");
            writer.OpenBlock();
            if (inHierarchy)
            {
                writer.WriteLine("if (!" + ReadKnown + "(ref reader, context))");
                writer.OpenBlock();
                writer.WriteLine("context.ReadUnknown(ref reader, ref additionalData);");
                writer.CloseBlock();
            }
            else
            {
                WriteBranches(writer, model, values, hierarchy, "context.ReadUnknown(ref reader, ref additionalData);");
            }

            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(ModelEmitter.AdditionalDataField + " = context.EndObject(unknown, additionalData, out " + ModelEmitter.AdditionalDataAtField + ");");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            if (inHierarchy)
            {
                WriteReadKnown(writer, model, rootNamespace, values, hierarchy);
            }
        }

        private static void WriteReadKnown(SourceWriter writer, ModelClass model, string rootNamespace, string values, ModelEmitter.Hierarchy hierarchy)
        {
            var derived = model.BaseTypeName is not null;
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads the value of a property this class or a base declares (the reader is on its name); false, having read nothing, for any other.</summary>");
            writer.WriteLine("/// <param name=\"reader\">The reader, on a property name; it ends on the value's last token when the property is known.</param>");
            writer.WriteLine("/// <param name=\"context\">The parse's shared state.</param>");
            writer.WriteLine("/// <returns>True when the property was read.</returns>");
            writer.WriteLine("private protected " + (derived ? "override" : "virtual") + " bool " + ReadKnown + "(ref " + Stj + ".Utf8JsonReader reader, " + JsonContext(rootNamespace) + " context)");
            writer.OpenBlock();
            WriteNameSpan(writer, model);
            foreach (var property in model.Properties)
            {
                writer.WriteLine("if (" + NameIs(property) + ")");
                writer.OpenBlock();
                WriteProperty(writer, property, values, hierarchy);
                writer.WriteLine("return true;");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine(derived ? "return base." + ReadKnown + "(ref reader, context);" : "return false;");
            writer.CloseBlock();
        }

        /// <summary>An if/else-if branch per property, then <paramref name="otherwise"/> for an unknown one.</summary>
        private static void WriteBranches(SourceWriter writer, ModelClass model, string values, ModelEmitter.Hierarchy hierarchy, string otherwise)
        {
            var first = true;
            WriteNameSpan(writer, model);
            foreach (var property in model.Properties)
            {
                writer.WriteLine((first ? "if" : "else if") + " (" + NameIs(property) + ")");
                first = false;
                writer.OpenBlock();
                WriteProperty(writer, property, values, hierarchy);
                writer.CloseBlock();
            }

            if (first)
            {
                writer.WriteLine(otherwise);
            }
            else
            {
                writer.WriteLine("else");
                writer.OpenBlock();
                writer.WriteLine(otherwise);
                writer.CloseBlock();
            }
        }

        /// <summary>
        /// The property name's bytes when they are its text (not escaped, in one span), else empty: each comparison is then
        /// a span comparison the JIT unrolls for a constant name, with no call. Utf8JsonReader.ValueTextEquals, a call per
        /// comparison and per known property, costs the generated reader more than STJ's own lookup when the JIT's profile
        /// does not inline it (measured with --job launches, docs/benchmarks.md).
        /// </summary>
        private static void WriteNameSpan(SourceWriter writer, ModelClass model)
        {
            if (model.Properties.Count == 0)
            {
                return;
            }

            writer.WriteLine("var propertyNamePlain = !reader.ValueIsEscaped && !reader.HasValueSequence;");
            writer.WriteLine("var propertyNameBytes = propertyNamePlain ? reader.ValueSpan : default;");
        }

        /// <summary>Whether the name the reader is on is <paramref name="property"/>'s: its bytes, or unescaped by the reader when escaped.</summary>
        private static string NameIs(PropertyModel property)
        {
            var literal = Utf8Literal(property.JsonName);
            return "propertyNamePlain ? global::System.MemoryExtensions.SequenceEqual(propertyNameBytes, " + literal + ") : reader.ValueTextEquals(" + literal + ")";
        }

        /// <summary>Moves to the property's value and reads it unless it is null.</summary>
        private static void WriteProperty(SourceWriter writer, PropertyModel property, string values, ModelEmitter.Hierarchy hierarchy)
        {
            writer.WriteLine("reader.Read();");
            writer.WriteLine("if (reader.TokenType != " + Stj + ".JsonTokenType.Null)");
            writer.OpenBlock();
            WritePropertyValue(writer, property, values, hierarchy);
            writer.CloseBlock();
        }

        /// <summary>Reads one non-null property value; the reader ends on the value's last token.</summary>
        private static void WritePropertyValue(SourceWriter writer, PropertyModel property, string values, ModelEmitter.Hierarchy hierarchy)
        {
            // A discriminated class is created by its factory, which peeks at the discriminator first.
            var factory = property.Type is { Kind: ValueKind.Object } t && hierarchy.IsDiscriminated(t.TypeName) ? ", " + Factory(t) : string.Empty;
            var type = property.Type;
            if (!ReadsInPlace(type))
            {
                // The same expression GetFieldDeserializers uses, over a parse node of this value only.
                writer.WriteLine("var n = " + values + ".ValueNode(ref reader);");
                writer.WriteLine(property.Name + " = " + ReadValue(type) + ";");
                return;
            }

            if (type.IsComposed)
            {
                // A oneOf/anyOf wrapper reads any JSON value with its own reader (ComposedTypeEmitter).
                writer.WriteLine(property.Name + " = " + ComposedTypeEmitter.ReadExpression(type, values) + ";");
                return;
            }

            if (type.IsCollection)
            {
                writer.WriteLine(property.Name + " = " + (type.Kind == ValueKind.String
                    ? values + ".ReadStringList(ref reader);"
                    : values + ".ReadObjectList<" + type.TypeName + ">(ref reader, context" + factory + ");"));
                return;
            }

            writer.WriteLine(property.Name + " = " + type.Kind switch
            {
                // The context shares repeated short strings between siblings (kinds, states).
                ValueKind.String => "context.ReadString(ref reader);",
                ValueKind.Boolean => values + ".ReadBoolean(ref reader);",
                ValueKind.Int32 => values + ".ReadInt32(ref reader);",
                ValueKind.Int64 => values + ".ReadInt64(ref reader);",
                ValueKind.SByte => values + ".ReadSByte(ref reader);",
                ValueKind.Byte => values + ".ReadByte(ref reader);",
                ValueKind.Double => values + ".ReadDouble(ref reader);",
                ValueKind.Guid => values + ".ReadGuid(ref reader);",
                _ => values + ".ReadObject<" + type.TypeName + ">(ref reader, context" + factory + ");",
            });
        }
    }
}
