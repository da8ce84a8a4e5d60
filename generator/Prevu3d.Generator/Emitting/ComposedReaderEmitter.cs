using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// A wrapper's JSON fast-path reader (<c>IJsonComposedReadable.ReadJsonValue</c>): the decision of its factory, taken on
    /// the token kind and, for a discriminator or a choice by properties, on a copy of the <c>Utf8JsonReader</c> read ahead.
    /// </summary>
    /// <remarks>
    /// What JsonParseNode then does to the wrapper is reproduced too: the chosen object alternative loses its unknown fields
    /// (the wrapper holds no additional data), and in an <c>anyOf</c> a property known to several object alternatives is
    /// read only by the first (by property name), as <c>ParseNodeHelper.MergeDeserializersForIntersectionWrapper</c> merges them.
    /// </remarks>
    internal static class ComposedReaderEmitter
    {
        public static void WriteReader(SourceWriter writer, ComposedTypeEmitter.Shape shape, string rootNamespace)
        {
            var values = "global::" + rootNamespace + "." + JsonFactoryName;
            var byShape = shape.ChoosesObjectsByShape && shape.Kind == ComposedTypeKind.OneOf && shape.Objects.Count > 1;
            if (byShape)
            {
                writer.WriteLine();
                writer.WriteLine("private static readonly byte[][][] AlternativePropertyNames = new byte[][][]");
                writer.OpenBlock();
                foreach (var alternative in shape.Objects)
                {
                    var names = shape.PropertyNames(alternative).Select(n => "global::System.Text.Encoding.UTF8.GetBytes(" + Names.Literal(n) + ")");
                    writer.WriteLine("new byte[][] { " + string.Join(", ", names) + " },");
                }

                writer.CloseBlock(";");
            }

            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("void " + values + ".IJsonComposedReadable.ReadJsonValue(ref " + Stj + ".Utf8JsonReader reader, " + values + ".JsonReadContext context)");
            writer.OpenBlock();
            foreach (var alternative in shape.Sorted)
            {
                writer.WriteLine(alternative.PropertyName + " = null;");
            }

            if (shape.Discriminator is { } discriminator)
            {
                writer.WriteLine("var mappingValue = " + values + ".PeekString(reader, " + Names.Literal(discriminator.PropertyName) + "u8);");
                foreach (var entry in discriminator.Mapping)
                {
                    var target = shape.Objects.First(a => a.Type.TypeName == entry.TypeName);
                    Branch(writer, Names.Literal(entry.Value) + ".Equals(mappingValue, global::System.StringComparison.OrdinalIgnoreCase)", target.PropertyName + " = " + ReadObject(shape, target, values, "reader") + ";");
                }
            }

            if (shape.Scalars.Any(s => NeedsNode(s.Type.Kind)))
            {
                writer.WriteLine(Serialization + ".IParseNode? node = null;");
            }

            var index = 0;
            foreach (var scalar in shape.Scalars)
            {
                WriteScalar(writer, scalar, values, "value" + (index++).ToString(CultureInfo.InvariantCulture));
            }

            if (shape.ChoosesObjectsByShape)
            {
                if (shape.Collections.Count > 0)
                {
                    writer.WriteLine("if (reader.TokenType == " + Stj + ".JsonTokenType.StartArray)");
                    writer.OpenBlock();
                    WriteCollection(writer, shape.Collections[0], values);
                    writer.WriteLine("return;");
                    writer.CloseBlock();
                }

                WriteObjects(writer, shape, values, byShape);
            }
            else if (shape.Collections.Count > 0)
            {
                // JsonParseNode answers any value with a collection (empty unless an array): the first one is taken.
                WriteCollection(writer, shape.Collections[0], values);
            }
            else
            {
                writer.WriteLine("reader.Skip();");
            }

            writer.CloseBlock();
        }

        private static void Branch(SourceWriter writer, string condition, string statement)
        {
            writer.WriteLine("if (" + condition + ")");
            writer.OpenBlock();
            writer.WriteLine(statement);
            writer.WriteLine("return;");
            writer.CloseBlock();
        }

        private static bool NeedsNode(ValueKind kind) => kind is not (ValueKind.String or ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double);

        private static void WriteScalar(SourceWriter writer, ComposedAlternativeModel scalar, string values, string variable)
        {
            var type = scalar.Type;
            var token = Stj + ".JsonTokenType.";
            switch (type.Kind)
            {
                case ValueKind.String:
                    Branch(writer, "reader.TokenType == " + token + "String", scalar.PropertyName + " = reader.GetString();");
                    return;
                case ValueKind.Boolean:
                    Branch(writer, "reader.TokenType is " + token + "True or " + token + "False", scalar.PropertyName + " = reader.GetBoolean();");
                    return;
                case ValueKind.Int32:
                    Branch(writer, "reader.TokenType == " + token + "Number", scalar.PropertyName + " = " + values + ".ReadInt32(ref reader);");
                    return;
                case ValueKind.Int64:
                    Branch(writer, "reader.TokenType == " + token + "Number", scalar.PropertyName + " = " + values + ".ReadInt64(ref reader);");
                    return;
                case ValueKind.Double:
                    Branch(writer, "reader.TokenType == " + token + "Number", scalar.PropertyName + " = " + values + ".ReadDouble(ref reader);");
                    return;
            }

            // Every other scalar is read by JsonParseNode's own rules, over the one value (a scalar: the reader stays on it).
            var kind = type.Kind is ValueKind.Float or ValueKind.Decimal or ValueKind.SByte or ValueKind.Byte ? "Number" : "String";
            Branch(writer, "reader.TokenType == " + token + kind + " && " + ScalarCall(type, "(node ??= " + values + ".PeekNode(reader))") + " is " + type.TypeName + " " + variable, scalar.PropertyName + " = " + variable + ";");
        }

        private static void WriteCollection(SourceWriter writer, ComposedAlternativeModel collection, string values)
        {
            var type = collection.Type;
            if (type.IsComposed)
            {
                writer.WriteLine(collection.PropertyName + " = " + values + ".ReadComposedList<" + type.TypeName + ">(ref reader, context);");
            }
            else if (type.Kind == ValueKind.Object)
            {
                writer.WriteLine(collection.PropertyName + " = " + values + ".ReadObjectList<" + type.TypeName + ">(ref reader, context);");
            }
            else if (type.Kind == ValueKind.String)
            {
                writer.WriteLine(collection.PropertyName + " = " + values + ".ReadStringList(ref reader);");
            }
            else
            {
                writer.OpenBlock();
                writer.WriteLine("var n = " + values + ".ValueNode(ref reader);");
                writer.WriteLine(collection.PropertyName + " = " + ReadValue(type) + ";");
                writer.CloseBlock();
            }
        }

        /// <summary>An object alternative read from <paramref name="reader"/> (a model without its unknown fields, or a nested wrapper).</summary>
        private static string ReadObject(ComposedTypeEmitter.Shape shape, ComposedAlternativeModel alternative, string values, string reader)
        {
            if (!alternative.Type.IsComposed)
            {
                return values + ".ReadAlternative<" + alternative.Type.TypeName + ">(ref " + reader + ", context)";
            }

            // A nested wrapper that leads back to this one stays empty, as its factory leaves it.
            return shape.LeadsBack(alternative)
                ? values + ".SkipToEmpty<" + alternative.Type.TypeName + ">(ref " + reader + ")"
                : values + ".ReadComposed<" + alternative.Type.TypeName + ">(ref " + reader + ", context)";
        }

        private static void WriteObjects(SourceWriter writer, ComposedTypeEmitter.Shape shape, string values, bool byShape)
        {
            if (byShape)
            {
                writer.WriteLine("var best = " + values + ".PeekBestAlternative(reader, AlternativePropertyNames);");
                for (var i = 0; i < shape.Objects.Count; i++)
                {
                    var alternative = shape.Objects[i];
                    if (i == shape.Objects.Count - 1)
                    {
                        writer.WriteLine(alternative.PropertyName + " = " + ReadObject(shape, alternative, values, "reader") + ";");
                    }
                    else
                    {
                        Branch(writer, "best == " + i.ToString(CultureInfo.InvariantCulture), alternative.PropertyName + " = " + ReadObject(shape, alternative, values, "reader") + ";");
                    }
                }

                return;
            }

            // Every object alternative reads the same object: each from a copy of the reader, the last from the reader itself.
            for (var i = 0; i < shape.Objects.Count; i++)
            {
                var alternative = shape.Objects[i];
                if (i == shape.Objects.Count - 1)
                {
                    writer.WriteLine(alternative.PropertyName + " = " + ReadObject(shape, alternative, values, "reader") + ";");
                }
                else
                {
                    var copy = "copy" + i.ToString(CultureInfo.InvariantCulture);
                    writer.WriteLine("var " + copy + " = reader;");
                    writer.WriteLine(alternative.PropertyName + " = " + ReadObject(shape, alternative, values, copy) + ";");
                }
            }

            // The merged deserializers give a field to the first alternative (by property name) that has it.
            var claimed = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var alternative in shape.Sorted.Where(a => shape.Objects.Contains(a)))
            {
                foreach (var (jsonName, name) in shape.Properties(alternative))
                {
                    if (claimed.Contains(jsonName) && name.Length > 0)
                    {
                        writer.WriteLine(alternative.PropertyName + "!." + name + " = null;");
                    }
                }

                foreach (var (jsonName, _) in shape.Properties(alternative))
                {
                    claimed.Add(jsonName);
                }
            }
        }
    }
}
