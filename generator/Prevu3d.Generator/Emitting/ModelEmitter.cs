using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.DocCommentEmitter;
using static Prevu3d.Generator.Emitting.GlobalNames;
using static Prevu3d.Generator.Emitting.TypeExpressions;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>A model class: <c>IParsable</c> and <c>IAdditionalDataHolder</c> as Kiota writes them, plus its JSON fast-path reader.</summary>
    internal static class ModelEmitter
    {
        /// <summary>The classes of a client that others derive from, and the discriminated ones (a value picks the class).</summary>
        public sealed class Hierarchy
        {
            private readonly System.Collections.Generic.HashSet<string> _bases;
            private readonly System.Collections.Generic.HashSet<string> _discriminated;

            public Hierarchy(System.Collections.Generic.IEnumerable<ModelClass> models)
            {
                _bases = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
                _discriminated = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
                foreach (var model in models)
                {
                    if (model.BaseTypeName is { } baseType)
                    {
                        _bases.Add(baseType);
                    }

                    if (model.Discriminator is { Mapping.Count: > 0 })
                    {
                        _discriminated.Add("global::" + model.Namespace + "." + model.Name);
                    }
                }
            }

            /// <summary>True when a generated class derives from <paramref name="typeName"/>.</summary>
            public bool IsBase(string typeName) => _bases.Contains(typeName);

            /// <summary>True when <paramref name="typeName"/>'s factory reads a discriminator (the fast path must peek it).</summary>
            public bool IsDiscriminated(string typeName) => _discriminated.Contains(typeName);
        }

        /// <summary>The file of <paramref name="model"/>; <paramref name="rootNamespace"/> is the client's (the JSON factory's).</summary>
        public static string Emit(ModelClass model, string rootNamespace, Hierarchy hierarchy)
        {
            var writer = GeneratedFile.Begin(model.Namespace);
            if (System.Linq.Enumerable.Any(model.Properties, p => p.Deprecated))
            {
                // The model reads and writes its own deprecated properties, as Kiota's models do.
                writer.WriteLine("#pragma warning disable CS0618");
            }

            var self = "global::" + model.Namespace + "." + model.Name;
            Summary(writer, model.Description ?? "The " + model.Name + " model.");
            writer.WriteLine(GeneratedCode);
            var readable = JsonReaderEmitter.JsonReadable(rootNamespace);
            // A derived class lists IParsable as Kiota writes it, and re-implements the fast path's reader.
            var bases = model.BaseTypeName is { } baseType
                ? baseType + ", " + Serialization + ".IParsable, " + readable
                : model.IsError
                ? Abstractions + ".ApiException, " + Abstractions + ".Serialization.IAdditionalDataHolder, " + Serialization + ".IParsable, " + readable
                : Serialization + ".IAdditionalDataHolder, " + Serialization + ".IParsable, " + readable;
            writer.WriteLine("public partial class " + model.Name + " : " + bases);
            writer.OpenBlock();
            WriteProperties(writer, model, rootNamespace, hierarchy.IsBase(self));
            if (model.BaseTypeName is null)
            {
                WriteConstructor(writer, model, self);
            }

            WriteFactory(writer, model, self);
            WriteFieldDeserializers(writer, model);
            WriteSerialize(writer, model);
            JsonReaderEmitter.WriteReader(writer, model, self, rootNamespace, hierarchy);
            writer.CloseBlock();
            return GeneratedFile.End(writer);
        }

        /// <summary>The field behind <c>AdditionalData</c>: its dictionary once used or assigned; before, the answer's unknown fields as text (or null).</summary>
        public const string AdditionalDataField = "_additionalData";

        /// <summary>Where the model's unknown fields start in the answer's text.</summary>
        public const string AdditionalDataAtField = "_additionalDataAt";

        private static void WriteProperties(SourceWriter writer, ModelClass model, string rootNamespace, bool isBase)
        {
            var first = true;
            if (model.BaseTypeName is null)
            {
                // A derived class keeps its base's AdditionalData (and its reader fills the base's fields).
                WriteAdditionalData(writer, rootNamespace, isBase);
                first = false;
            }

            foreach (var property in model.Properties)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                Summary(writer, property.Description ?? "The " + property.JsonName + " property.");
                if (property.ReadOnly)
                {
                    writer.WriteLine("/// <remarks>Read-only: the server sends it; it is never serialized into a request.</remarks>");
                }

                if (property.Deprecated)
                {
                    writer.WriteLine("[global::System.Obsolete(\"This property is deprecated in the API description.\")]");
                }

                writer.WriteLine("public " + DeclaredType(property.Type) + " " + property.Name + " { get; set; }");
                if (property.OverridesMessage)
                {
                    writer.WriteLine();
                    Summary(writer, "The primary error message, from the " + property.JsonName + " property.");
                    writer.WriteLine("public override string Message { get => " + property.Name + " ?? string.Empty; }");
                }
            }

            if (model.IsError && !System.Linq.Enumerable.Any(model.Properties, p => p.OverridesMessage))
            {
                // Kiota declares Message on every error class; without a primary message property it is the exception's own.
                writer.WriteLine();
                Summary(writer, "The primary error message.");
                writer.WriteLine("public override string Message { get => base.Message; }");
            }
        }

        /// <summary>
        /// Kiota's <c>AdditionalData</c> property, with the same shape (a settable dictionary, never null when read), over
        /// two fields: the dictionary, created only when first used, or until then the unknown fields the JSON fast path
        /// read, kept as text, and where they start in it. Kiota's models create an empty dictionary in every constructor;
        /// most models read from an answer never have theirs used.
        /// </summary>
        private static void WriteAdditionalData(SourceWriter writer, string rootNamespace, bool isBase)
        {
            var lazy = "global::" + rootNamespace + ".LazyAdditionalData";
            // A derived class's reader fills its base's fields.
            var fieldAccess = isBase ? "private protected " : "private ";
            writer.WriteLine("/// <summary>The dictionary of <see cref=\"AdditionalData\"/> once used or assigned; until then the unknown fields of the answer this model was read from, as text (a " + Cref(lazy) + "), or null.</summary>");
            writer.WriteLine(fieldAccess + "object? " + AdditionalDataField + ";");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Where this model's unknown fields start in the answer's text.</summary>");
            writer.WriteLine(fieldAccess + "int " + AdditionalDataAtField + ";");
            writer.WriteLine();
            Summary(writer, "Stores additional data not described in the OpenAPI description found when deserializing. Can be used for serialization as well.");
            writer.WriteLine("/// <remarks>Never null: created when first used, holding the unknown fields of the answer the model was read from; assigning null leaves it empty.</remarks>");
            writer.WriteLine("public global::System.Collections.Generic.IDictionary<string, object> AdditionalData");
            writer.OpenBlock();
            writer.WriteLine("get => " + AdditionalDataField + " as global::System.Collections.Generic.IDictionary<string, object> ?? " + lazy + ".Create(ref " + AdditionalDataField + ", " + AdditionalDataAtField + ");");
            writer.WriteLine("set => " + AdditionalDataField + " = value;");
            writer.CloseBlock();
        }

        private static void WriteConstructor(SourceWriter writer, ModelClass model, string self)
        {
            writer.WriteLine();
            SummaryXml(writer, "Instantiates a new " + Cref(self) + " and sets the default values.");
            writer.WriteLine("public " + model.Name + "()");
            writer.OpenBlock();
            writer.WriteLine("// AdditionalData is created when first used.");
            writer.CloseBlock();
        }

        private static void WriteFactory(SourceWriter writer, ModelClass model, string self)
        {
            writer.WriteLine();
            Summary(writer, "Creates a new instance of the appropriate class based on discriminator value.");
            writer.WriteLine("/// <param name=\"parseNode\">The parse node to use to read the discriminator value and create the object.</param>");
            writer.WriteLine("/// <returns>A " + Cref(self) + ".</returns>");
            writer.WriteLine("public static " + (model.BaseTypeName is null ? "" : "new ") + self + " CreateFromDiscriminatorValue(" + Serialization + ".IParseNode parseNode)");
            writer.OpenBlock();
            writer.WriteLine("_ = parseNode ?? throw new global::System.ArgumentNullException(nameof(parseNode));");
            if (model.Discriminator is { Mapping.Count: > 0 } discriminator)
            {
                writer.WriteLine("var mappingValue = parseNode.GetChildNode(" + Names.Literal(discriminator.PropertyName) + ")?.GetStringValue();");
                writer.WriteLine("return mappingValue switch");
                writer.OpenBlock();
                foreach (var entry in discriminator.Mapping)
                {
                    writer.WriteLine(Names.Literal(entry.Value) + " => new " + entry.TypeName + "(),");
                }

                // An unknown (or missing) value keeps the base class; its fields still land in AdditionalData.
                writer.WriteLine("_ => new " + self + "(),");
                writer.CloseBlock(";");
            }
            else
            {
                writer.WriteLine("return new " + self + "();");
            }

            writer.CloseBlock();
        }

        private static void WriteFieldDeserializers(SourceWriter writer, ModelClass model)
        {
            writer.WriteLine();
            Summary(writer, "The deserialization information for the current model.");
            writer.WriteLine("/// <returns>A dictionary of the field names and their deserializers.</returns>");
            var derived = model.BaseTypeName is not null;
            writer.WriteLine("public " + (derived ? "override" : "virtual") + " global::System.Collections.Generic.IDictionary<string, global::System.Action<" + Serialization + ".IParseNode>> GetFieldDeserializers()");
            writer.OpenBlock();
            writer.WriteLine("return new " + Dictionary + "<string, global::System.Action<" + Serialization + ".IParseNode>>" + (derived ? "(base.GetFieldDeserializers())" : ""));
            writer.OpenBlock();
            foreach (var property in model.Properties)
            {
                writer.WriteLine("{ " + Names.Literal(property.JsonName) + ", n => { " + property.Name + " = " + ReadValue(property.Type) + "; } },");
            }

            writer.CloseBlock(";");
            writer.CloseBlock();
        }

        private static void WriteSerialize(SourceWriter writer, ModelClass model)
        {
            writer.WriteLine();
            Summary(writer, "Serializes information the current object.");
            writer.WriteLine("/// <param name=\"writer\">Serialization writer to use to serialize this model.</param>");
            var derived = model.BaseTypeName is not null;
            writer.WriteLine("public " + (derived ? "override" : "virtual") + " void Serialize(" + Serialization + ".ISerializationWriter writer)");
            writer.OpenBlock();
            writer.WriteLine("_ = writer ?? throw new global::System.ArgumentNullException(nameof(writer));");
            if (derived)
            {
                writer.WriteLine("base.Serialize(writer);");
            }

            // Kiota's order, not the document's: the same object gives the same bytes through either client.
            foreach (var property in System.Linq.Enumerable.OrderBy(model.Properties, p => p.Name, KiotaNameOrder.Instance))
            {
                if (property.ReadOnly)
                {
                    continue;
                }

                writer.WriteLine(WriteValue(property.Type, Names.Literal(property.JsonName), property.Name));
            }

            if (!derived)
            {
                // The base writes the additional data, after its own fields, as Kiota's models do.
                writer.WriteLine("writer.WriteAdditionalData(AdditionalData);");
            }

            writer.CloseBlock();
        }
    }
}
