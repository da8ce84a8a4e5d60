using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.DocCommentEmitter;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// A <c>oneOf</c>/<c>anyOf</c> wrapper as Kiota writes it (<c>IComposedTypeWrapper</c>, <c>IParsable</c>, one property
    /// per alternative), plus its JSON fast-path reader, which decides exactly as the factory and JsonParseNode do.
    /// </summary>
    /// <remarks>
    /// The order of the decision is Kiota's: the discriminator's mapping, then the scalar alternatives by property name,
    /// then the collections; an <c>anyOf</c> falls back on all its object alternatives (Kiota's intersection type). Where
    /// Kiota's own choice never picks an object alternative (no discriminator: it compares the wrapper name with a
    /// property named ""), the wrapper picks by shape: an array takes the first collection, anything else the object
    /// alternative with the most of its property names present. Enum, duration and base64 alternatives are tried on
    /// strings only (JsonParseNode would throw on another kind).
    /// </remarks>
    internal static class ComposedTypeEmitter
    {
        private const string ParseNode = Serialization + ".IParseNode";

        /// <summary>The fast path's read of a property of wrapper type <paramref name="type"/> (the reader is on a non-null value).</summary>
        public static string ReadExpression(TypeRef type, string values) => type.IsCollection
            ? values + ".ReadComposedList<" + type.TypeName + ">(ref reader, context)"
            : values + ".ReadComposed<" + type.TypeName + ">(ref reader, context)";

        /// <summary>The file of <paramref name="composed"/>; <paramref name="client"/> gives the models whose property names decide a oneOf by shape.</summary>
        public static string Emit(ComposedTypeModel composed, ClientModel client)
        {
            var shape = new Shape(composed, client);
            var writer = GeneratedFile.Begin(composed.Namespace);
            // The wrapper reads and writes its alternatives' deprecated members, as Kiota's wrappers do.
            writer.WriteLine("#pragma warning disable CS0618");
            var self = composed.TypeName;
            if (composed.ContainingType is { } container)
            {
                // Nested in its owner, as Kiota nests an inline wrapper: the owner is a partial class of this namespace.
                writer.WriteLine("public partial class " + container);
                writer.OpenBlock();
            }

            SummaryXml(writer, composed.Description is { } description
                ? Xml(description)
                : "Composed type wrapper for classes " + string.Join(", ", shape.Sorted.Select(a => DocName(a.Type))));
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public partial class " + composed.Name + " : " + Serialization + ".IComposedTypeWrapper, " + Serialization + ".IParsable, global::" + client.Namespace + "." + JsonFactoryName + ".IJsonComposedReadable");
            writer.OpenBlock();
            var first = true;
            foreach (var alternative in shape.Sorted)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                SummaryXml(writer, "Composed type representation for type " + DocName(alternative.Type));
                writer.WriteLine("public " + DeclaredType(alternative.Type) + " " + alternative.PropertyName + " { get; set; }");
            }

            WriteFactory(writer, shape, self);
            WriteFieldDeserializers(writer, shape);
            WriteSerialize(writer, shape);
            ComposedReaderEmitter.WriteReader(writer, shape, client.Namespace);
            writer.CloseBlock();
            if (composed.ContainingType is not null)
            {
                writer.CloseBlock();
            }

            return GeneratedFile.End(writer);
        }

        private static string DocName(TypeRef type) => type.IsCollection
            ? Xml("List<" + ElementType(type).Replace("global::", string.Empty) + ">")
            : Cref(type.TypeName);

        private static void WriteFactory(SourceWriter writer, Shape shape, string self)
        {
            writer.WriteLine();
            Summary(writer, "Creates a new instance of the appropriate class based on discriminator value.");
            writer.WriteLine("/// <param name=\"parseNode\">The parse node to use to read the discriminator value and create the object.</param>");
            writer.WriteLine("/// <returns>A " + Cref(self) + ".</returns>");
            writer.WriteLine("public static " + self + " CreateFromDiscriminatorValue(" + ParseNode + " parseNode)");
            writer.OpenBlock();
            writer.WriteLine("_ = parseNode ?? throw new global::System.ArgumentNullException(nameof(parseNode));");
            writer.WriteLine("var result = new " + self + "();");
            var chain = new List<(string Condition, string[] Body)>();
            if (shape.Discriminator is { } discriminator)
            {
                writer.WriteLine("var mappingValue = parseNode.GetChildNode(" + Names.Literal(discriminator.PropertyName) + ")?.GetStringValue();");
                foreach (var entry in discriminator.Mapping)
                {
                    var target = shape.Objects.First(a => a.Type.TypeName == entry.TypeName);
                    chain.Add((Names.Literal(entry.Value) + ".Equals(mappingValue, global::System.StringComparison.OrdinalIgnoreCase)", new[] { "result." + target.PropertyName + " = " + Create(shape, target) + ";" }));
                }
            }

            var index = 0;
            foreach (var scalar in shape.Scalars)
            {
                var variable = "value" + (index++).ToString(CultureInfo.InvariantCulture);
                chain.Add((ScalarCondition(scalar.Type, variable), new[] { "result." + scalar.PropertyName + " = " + variable + ";" }));
            }

            if (shape.ChoosesObjectsByShape)
            {
                if (shape.Collections.Count > 0)
                {
                    var collection = shape.Collections[0];
                    // Only an array is read as a collection here; Kiota's parse node tells its kind through its untyped value.
                    chain.Add(("parseNode.GetObjectValue<" + Serialization + ".UntypedNode>(" + Serialization + ".UntypedNode.CreateFromDiscriminatorValue) is " + Serialization + ".UntypedArray", new[] { "result." + collection.PropertyName + " = " + CollectionRead(collection.Type, "parseNode") + ";" }));
                }

                chain.Add((string.Empty, ObjectsByShape(shape).ToArray()));
            }
            else
            {
                foreach (var collection in shape.Collections)
                {
                    var variable = "value" + (index++).ToString(CultureInfo.InvariantCulture);
                    chain.Add((CollectionCall(collection.Type, "parseNode") + " is { } " + variable, new[] { "result." + collection.PropertyName + " = " + AsList(ElementType(collection.Type), variable) + ";" }));
                }
            }

            WriteChain(writer, chain);
            writer.WriteLine("return result;");
            writer.CloseBlock();
        }

        /// <summary>The object alternatives a value that is no scalar (nor array, when there are collections) selects.</summary>
        private static IEnumerable<string> ObjectsByShape(Shape shape)
        {
            if (shape.Kind == ComposedTypeKind.AnyOf || shape.Objects.Count == 1)
            {
                // Kiota's intersection type: every object alternative reads the same object.
                foreach (var alternative in shape.Objects)
                {
                    yield return "result." + alternative.PropertyName + " = " + Create(shape, alternative) + ";";
                }

                yield break;
            }

            for (var i = 0; i < shape.Objects.Count; i++)
            {
                var names = shape.PropertyNames(shape.Objects[i]);
                var score = names.Count == 0 ? "0" : string.Join(" + ", names.Select(n => "(parseNode.GetChildNode(" + Names.Literal(n) + ") is null ? 0 : 1)"));
                yield return "var score" + i.ToString(CultureInfo.InvariantCulture) + " = " + score + ";";
            }

            yield return "var best = 0;";
            yield return "var bestScore = score0;";
            for (var i = 1; i < shape.Objects.Count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                yield return "if (score" + n + " > bestScore) { best = " + n + "; bestScore = score" + n + "; }";
            }

            for (var i = 0; i < shape.Objects.Count; i++)
            {
                var alternative = shape.Objects[i];
                yield return (i == 0 ? string.Empty : "else ") + "if (best == " + i.ToString(CultureInfo.InvariantCulture) + ") { result." + alternative.PropertyName + " = " + Create(shape, alternative) + "; }";
            }
        }

        /// <summary>
        /// An object alternative as the factory creates it: a model empty (JsonParseNode fills it), a nested wrapper chosen
        /// now; a nested wrapper that leads back to this one stays empty, so that no choice recurses for ever.
        /// </summary>
        private static string Create(Shape shape, ComposedAlternativeModel alternative) => alternative.Type.IsComposed && !shape.LeadsBack(alternative)
            ? Factory(alternative.Type) + "(parseNode)"
            : "new " + alternative.Type.TypeName + "()";

        private static string ScalarCondition(TypeRef type, string variable)
        {
            var read = ScalarCall(type, "parseNode");
            var test = read + " is " + type.TypeName + " " + variable;
            // JsonParseNode reads these with GetString(), which throws on a number, a boolean or a container.
            return StringOnly(type.Kind) ? "parseNode.GetStringValue() is not null && " + test : test;
        }

        /// <summary>Kinds JsonParseNode reads with <c>GetString()</c> whatever the JSON kind.</summary>
        internal static bool StringOnly(ValueKind kind) => kind is ValueKind.Enum or ValueKind.TimeSpan or ValueKind.ByteArray;


        private static string CollectionRead(TypeRef type, string node) => AsList(ElementType(type), CollectionCall(type, node));

        private static void WriteChain(SourceWriter writer, List<(string Condition, string[] Body)> chain)
        {
            for (var i = 0; i < chain.Count; i++)
            {
                var (condition, body) = chain[i];
                if (condition.Length == 0)
                {
                    if (i > 0)
                    {
                        writer.WriteLine("else");
                        writer.OpenBlock();
                    }

                    foreach (var line in body)
                    {
                        writer.WriteLine(line);
                    }

                    if (i > 0)
                    {
                        writer.CloseBlock();
                    }

                    continue;
                }

                writer.WriteLine((i == 0 ? "if (" : "else if (") + condition + ")");
                writer.OpenBlock();
                foreach (var line in body)
                {
                    writer.WriteLine(line);
                }

                writer.CloseBlock();
            }
        }

        private static void WriteFieldDeserializers(SourceWriter writer, Shape shape)
        {
            writer.WriteLine();
            Summary(writer, "The deserialization information for the current model.");
            writer.WriteLine("/// <returns>A dictionary of the field names and their deserializers.</returns>");
            writer.WriteLine("public virtual global::System.Collections.Generic.IDictionary<string, global::System.Action<" + ParseNode + ">> GetFieldDeserializers()");
            writer.OpenBlock();
            var objects = shape.Sorted.Where(a => shape.Objects.Contains(a)).ToList();
            if (shape.Kind == ComposedTypeKind.AnyOf && objects.Count > 0)
            {
                writer.WriteLine("if (" + string.Join(" || ", objects.Select(o => o.PropertyName + " != null")) + ")");
                writer.OpenBlock();
                writer.WriteLine("return " + Serialization + ".ParseNodeHelper.MergeDeserializersForIntersectionWrapper(" + string.Join(", ", objects.Select(o => o.PropertyName)) + ");");
                writer.CloseBlock();
            }
            else
            {
                for (var i = 0; i < objects.Count; i++)
                {
                    writer.WriteLine((i == 0 ? "if (" : "else if (") + objects[i].PropertyName + " != null)");
                    writer.OpenBlock();
                    writer.WriteLine("return " + objects[i].PropertyName + ".GetFieldDeserializers();");
                    writer.CloseBlock();
                }
            }

            writer.WriteLine("return new " + Dictionary + "<string, global::System.Action<" + ParseNode + ">>();");
            writer.CloseBlock();
        }

        private static void WriteSerialize(SourceWriter writer, Shape shape)
        {
            writer.WriteLine();
            Summary(writer, "Serializes information the current object.");
            writer.WriteLine("/// <param name=\"writer\">Serialization writer to use to serialize this model.</param>");
            writer.WriteLine("public virtual void Serialize(" + Serialization + ".ISerializationWriter writer)");
            writer.OpenBlock();
            writer.WriteLine("_ = writer ?? throw new global::System.ArgumentNullException(nameof(writer));");
            var objects = shape.Sorted.Where(a => shape.Objects.Contains(a)).ToList();
            var chain = new List<(string Condition, string[] Body)>();
            if (shape.Kind == ComposedTypeKind.OneOf)
            {
                chain.AddRange(objects.Select(o => (o.PropertyName + " != null", new[] { WriteValue(o.Type, "null", o.PropertyName) })));
            }

            chain.AddRange(shape.Scalars.Concat(shape.Collections).Select(a => (a.PropertyName + " != null", new[] { WriteValue(a.Type, "null", a.PropertyName) })));
            if (shape.Kind == ComposedTypeKind.AnyOf && objects.Count > 0)
            {
                // Kiota's intersection type: the object alternatives are written as one object.
                var merge = objects.Skip(1).Select(o => ", " + o.PropertyName);
                chain.Add((string.Empty, new[] { "writer.WriteObjectValue<" + objects[0].Type.TypeName + ">(null, " + objects[0].PropertyName + string.Concat(merge) + ");" }));
            }

            WriteChain(writer, chain);
            writer.CloseBlock();
        }

        /// <summary>The alternatives of a wrapper, grouped the way the factory, the serializer and the reader order them.</summary>
        internal sealed class Shape
        {
            private readonly Dictionary<string, ModelClass> _models;
            private readonly Dictionary<string, ComposedTypeModel> _wrappers;
            private readonly string _self;

            public Shape(ComposedTypeModel composed, ClientModel client)
            {
                Name = composed.Name;
                Kind = composed.Kind;
                Discriminator = composed.Discriminator;
                Sorted = composed.Alternatives.OrderBy(a => a.PropertyName, StringComparer.Ordinal).ToList();
                Objects = composed.Alternatives.Where(a => a.Type.Kind == ValueKind.Object && !a.Type.IsCollection).ToList();
                Scalars = Sorted.Where(a => a.Type.Kind != ValueKind.Object && !a.Type.IsCollection).ToList();
                Collections = Sorted.Where(a => a.Type.IsCollection).ToList();
                _models = client.Models.ToDictionary(m => "global::" + m.Namespace + "." + m.Name, StringComparer.Ordinal);
                _wrappers = client.ComposedTypes.ToDictionary(c => c.TypeName, StringComparer.Ordinal);
                _self = composed.TypeName;
            }

            public string Name { get; }

            public ComposedTypeKind Kind { get; }

            public DiscriminatorModel? Discriminator { get; }

            /// <summary>Every alternative by property name: the order of the declarations, the deserializers and the serializer.</summary>
            public List<ComposedAlternativeModel> Sorted { get; }

            /// <summary>The object alternatives in spec order: the order of a choice by shape (the first wins a tie).</summary>
            public List<ComposedAlternativeModel> Objects { get; }

            /// <summary>Primitive and enum alternatives by property name, tried in that order.</summary>
            public List<ComposedAlternativeModel> Scalars { get; }

            /// <summary>Collection alternatives by property name.</summary>
            public List<ComposedAlternativeModel> Collections { get; }

            /// <summary>No discriminator and object alternatives: an object is matched to them by its properties.</summary>
            public bool ChoosesObjectsByShape => Discriminator is null && Objects.Count > 0;

            /// <summary>The JSON names of a model alternative's properties, its base models' included; none for a nested wrapper.</summary>
            public List<string> PropertyNames(ComposedAlternativeModel alternative) => Properties(alternative).Select(p => p.JsonName).ToList();

            /// <summary>
            /// A model alternative's properties (JSON and C# names), its base models' included, each JSON name once; for a
            /// nested wrapper, the JSON names of its object alternatives' properties (no C# name: it has no such property).
            /// </summary>
            public List<(string JsonName, string Name)> Properties(ComposedAlternativeModel alternative)
            {
                var properties = new List<(string JsonName, string Name)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                Collect(alternative.Type, properties, seen, nested: false);
                return properties;
            }

            /// <summary>Whether a nested wrapper alternative leads, through nested wrappers, back to this wrapper.</summary>
            public bool LeadsBack(ComposedAlternativeModel alternative)
            {
                var pending = new Stack<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                pending.Push(alternative.Type.TypeName);
                while (pending.Count > 0)
                {
                    var name = pending.Pop();
                    if (name == _self)
                    {
                        return true;
                    }

                    if (seen.Add(name) && _wrappers.TryGetValue(name, out var wrapper))
                    {
                        foreach (var inner in wrapper.Alternatives.Where(a => a.Type.IsComposed && !a.Type.IsCollection))
                        {
                            pending.Push(inner.Type.TypeName);
                        }
                    }
                }

                return false;
            }

            private void Collect(TypeRef type, List<(string JsonName, string Name)> properties, HashSet<string> seen, bool nested)
            {
                if (type.IsCollection || !seen.Add(type.TypeName))
                {
                    return;
                }

                if (_wrappers.TryGetValue(type.TypeName, out var wrapper))
                {
                    foreach (var inner in wrapper.Alternatives.Where(a => a.Type.Kind == ValueKind.Object))
                    {
                        Collect(inner.Type, properties, seen, nested: true);
                    }

                    return;
                }

                var typeName = type.TypeName;
                while (typeName is not null && _models.TryGetValue(typeName, out var model))
                {
                    properties.AddRange(model.Properties.Where(p => !properties.Any(q => q.JsonName == p.JsonName)).Select(p => (p.JsonName, nested ? string.Empty : p.Name)));
                    typeName = model.BaseTypeName is { } next && seen.Add(next) ? next : null;
                }
            }
        }
    }
}
