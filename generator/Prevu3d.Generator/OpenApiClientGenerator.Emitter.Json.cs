using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;

namespace Prevu3d.Generator
{
    public sealed partial class OpenApiClientGenerator
    {
        /// <summary>
        /// The JSON fast path: a parse node factory that reads <c>application/json</c> answers straight into the
        /// generated models with a <c>Utf8JsonReader</c>, and the reader each model gets.
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
        internal static partial class Emitter
        {
            private const string JsonFactoryName = "GeneratedJsonParseNodeFactory";
            private const string Stj = "global::System.Text.Json";

            /// <summary>The readable interface the models implement, in the client's root namespace.</summary>
            private static string JsonReadable(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName + ".IJsonReadable";

            private static string JsonContext(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName + ".JsonReadContext";

            private static string JsonValues(string rootNamespace) => "global::" + rootNamespace + "." + JsonFactoryName;

            /// <summary>Whether a property of <paramref name="type"/> is read in place (else through a JsonParseNode).</summary>
            private static bool ReadsInPlace(TypeRef type) => type.IsCollection
                ? type.Kind is ValueKind.Object or ValueKind.String
                : type.Kind is ValueKind.String or ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Guid or ValueKind.Object;

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

            /// <summary>The model's explicit <c>IJsonReadable.ReadJson</c>: one branch per property, then unknown fields.</summary>
            private static void WriteJsonReader(SourceWriter writer, ModelClass model, string self, string rootNamespace)
            {
                var values = JsonValues(rootNamespace);
                writer.WriteLine();
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine("bool " + JsonReadable(rootNamespace) + ".ReadJson(ref " + Stj + ".Utf8JsonReader reader, " + JsonContext(rootNamespace) + " context)");
                writer.OpenBlock();
                writer.WriteLine("// A derived type may deserialize differently (GetFieldDeserializers is virtual): let Kiota read it.");
                writer.WriteLine("if (GetType() != typeof(" + self + "))");
                writer.OpenBlock();
                writer.WriteLine("return false;");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine("var additionalData = AdditionalData = context.AdditionalDataFor(AdditionalData);");
                writer.WriteLine("while (reader.Read() && reader.TokenType == " + Stj + ".JsonTokenType.PropertyName)");
                writer.OpenBlock();
                var first = true;
                foreach (var property in model.Properties)
                {
                    writer.WriteLine((first ? "if" : "else if") + " (reader.ValueTextEquals(" + Utf8Literal(property.JsonName) + "))");
                    first = false;
                    writer.OpenBlock();
                    writer.WriteLine("reader.Read();");
                    writer.WriteLine("if (reader.TokenType != " + Stj + ".JsonTokenType.Null)");
                    writer.OpenBlock();
                    WriteJsonValue(writer, property, values);
                    writer.CloseBlock();
                    writer.CloseBlock();
                }

                if (first)
                {
                    writer.WriteLine("context.ReadUnknown(ref reader, additionalData);");
                }
                else
                {
                    writer.WriteLine("else");
                    writer.OpenBlock();
                    writer.WriteLine("context.ReadUnknown(ref reader, additionalData);");
                    writer.CloseBlock();
                }

                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine("context.Read(additionalData);");
                writer.WriteLine("return true;");
                writer.CloseBlock();
            }

            /// <summary>Reads one non-null property value; the reader ends on the value's last token.</summary>
            private static void WriteJsonValue(SourceWriter writer, PropertyModel property, string values)
            {
                var type = property.Type;
                if (!ReadsInPlace(type))
                {
                    // The same expression GetFieldDeserializers uses, over a parse node of this value only.
                    writer.WriteLine("var n = " + values + ".ValueNode(ref reader);");
                    writer.WriteLine(property.Name + " = " + ReadValue(type) + ";");
                    return;
                }

                if (type.IsCollection)
                {
                    writer.WriteLine(property.Name + " = " + (type.Kind == ValueKind.String
                        ? values + ".ReadStringList(ref reader);"
                        : values + ".ReadObjectList<" + type.TypeName + ">(ref reader, context);"));
                    return;
                }

                writer.WriteLine(property.Name + " = " + type.Kind switch
                {
                    ValueKind.String => values + ".ReadString(ref reader);",
                    ValueKind.Boolean => values + ".ReadBoolean(ref reader);",
                    ValueKind.Int32 => values + ".ReadInt32(ref reader);",
                    ValueKind.Int64 => values + ".ReadInt64(ref reader);",
                    ValueKind.Double => values + ".ReadDouble(ref reader);",
                    ValueKind.Guid => values + ".ReadGuid(ref reader);",
                    _ => values + ".ReadObject<" + type.TypeName + ">(ref reader, context);",
                });
            }

            /// <summary>The factory, its parse node, the read context and the value readers (once per client namespace).</summary>
            private static (string HintName, string Text) EmitJsonSupport(string ns)
            {
                var self = "global::" + ns + "." + JsonFactoryName;
                var writer = Begin(ns);
                writer.WriteLines(
$$"""
/// <summary>
/// Parse node factory for <c>application/json</c> answers that reads them straight into the generated models with a
/// <see cref="{{Stj}}.Utf8JsonReader"/>, under the rules of Kiota's
/// <see cref="global::Microsoft.Kiota.Serialization.Json.JsonParseNode"/>, which still reads every other type.
/// </summary>
/// <remarks>
/// The answer is read into a pooled buffer; the first object or collection read from the root node parses it and
/// returns the buffer, so a root node is read once (as Kiota's request adapter does).
/// </remarks>
{{GeneratedCode}}
public sealed class {{JsonFactoryName}} : {{Serialization}}.IParseNodeFactory
{
    private const int MinimumBufferSize = 16 * 1024;

    /// <summary>The content type this factory reads: <c>application/json</c>.</summary>
    public string ValidContentType => "application/json";

    /// <summary>Reads <paramref name="content"/> into a pooled buffer and returns its root parse node.</summary>
    /// <param name="contentType">The content type of the stream, <c>application/json</c>.</param>
    /// <param name="content">The answer's body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The root parse node.</returns>
    public async global::System.Threading.Tasks.Task<{{Serialization}}.IParseNode> GetRootParseNodeAsync(string? contentType, global::System.IO.Stream content, global::System.Threading.CancellationToken cancellationToken = default)
    {
        CheckArguments(contentType, content);
        var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(InitialSize(content));
        var length = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }
        }
        catch
        {
            global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new ResponseNode(buffer, length);
    }

    private void CheckArguments(string? contentType, global::System.IO.Stream content)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            throw new global::System.ArgumentNullException(nameof(contentType));
        }

        if (!ValidContentType.Equals(contentType, global::System.StringComparison.OrdinalIgnoreCase))
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(contentType), "expected a " + ValidContentType + " content type");
        }

        _ = content ?? throw new global::System.ArgumentNullException(nameof(content));
    }

    private static int InitialSize(global::System.IO.Stream content)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            // One byte more than the body, so the read loop sees the end without growing the buffer.
            return remaining >= 0 && remaining < int.MaxValue - 1 ? (int)global::System.Math.Max(remaining + 1, 1) : MinimumBufferSize;
        }

        return MinimumBufferSize;
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        if (buffer.Length >= int.MaxValue / 2)
        {
            global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw new global::System.InvalidOperationException("The answer is too large to read into memory.");
        }

        var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent(global::System.Math.Max(buffer.Length * 2, MinimumBufferSize));
        global::System.Buffer.BlockCopy(buffer, 0, larger, 0, length);
        global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>A generated model that reads itself from a reader positioned on its <c>{</c>.</summary>
    internal interface IJsonReadable
    {
        /// <summary>Reads the object's properties; the reader ends on its <c>}</c>.</summary>
        /// <param name="reader">The reader, on the object's start token.</param>
        /// <param name="context">Shared state of one parse (property names already seen).</param>
        /// <returns>False, having read nothing, when the instance must be read by Kiota's parse node instead.</returns>
        bool ReadJson(ref {{Stj}}.Utf8JsonReader reader, JsonReadContext context);
    }

    /// <summary>
    /// State shared by the readers of one answer: the unknown property names already read, so each name is allocated
    /// once, and how many unknown fields the last object had, so its siblings' dictionaries are sized once.
    /// </summary>
    internal sealed class JsonReadContext
    {
        private const int MaxNames = 64;
        private const int MaxCapacity = 32;
        private readonly global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<byte[], string>> _names = new();
        private int _lastCount;

        /// <summary>The dictionary an object's unknown fields go into: the model's own, unless it is the empty one its constructor made and the last object read needed a larger one.</summary>
        /// <param name="current">The model's <c>AdditionalData</c>.</param>
        /// <returns>The dictionary to fill and assign.</returns>
        public global::System.Collections.Generic.IDictionary<string, object> AdditionalDataFor(global::System.Collections.Generic.IDictionary<string, object>? current)
        {
            // A dictionary grows 0 -> 3 -> 7 -> 17 entries, allocating each step; siblings in an answer mostly share a shape.
            if (current is null || (_lastCount > 3 && current.Count == 0 && current.GetType() == typeof(global::System.Collections.Generic.Dictionary<string, object>)))
            {
                return new global::System.Collections.Generic.Dictionary<string, object>(_lastCount);
            }

            return current;
        }

        /// <summary>Notes how many unknown fields the object just read had.</summary>
        /// <param name="additionalData">Its additional data.</param>
        public void Read(global::System.Collections.Generic.IDictionary<string, object> additionalData)
            => _lastCount = global::System.Math.Min(additionalData.Count, MaxCapacity);

        /// <summary>Reads an unknown property (the reader is on its name) into <paramref name="additionalData"/> as Kiota's JsonParseNode does: the first of duplicate names wins.</summary>
        /// <param name="reader">The reader, on the property name; it ends on the value's last token.</param>
        /// <param name="additionalData">The model's additional data.</param>
        public void ReadUnknown(ref {{Stj}}.Utf8JsonReader reader, global::System.Collections.Generic.IDictionary<string, object> additionalData)
        {
            var name = PropertyName(ref reader);
            reader.Read();
            var value = ReadAnything(ref reader);
            if (additionalData is global::System.Collections.Generic.Dictionary<string, object> dictionary)
            {
                dictionary.TryAdd(name, value!);
            }
            else if (!additionalData.ContainsKey(name))
            {
                additionalData.Add(name, value!);
            }
        }

        private string PropertyName(ref {{Stj}}.Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return reader.GetString()!;
            }

            var span = reader.ValueSpan;
            foreach (var pair in _names)
            {
                if (global::System.MemoryExtensions.SequenceEqual(span, new global::System.ReadOnlySpan<byte>(pair.Key)))
                {
                    return pair.Value;
                }
            }

            var name = reader.GetString()!;
            if (_names.Count < MaxNames)
            {
                _names.Add(new global::System.Collections.Generic.KeyValuePair<byte[], string>(span.ToArray(), name));
            }

            return name;
        }
    }

    /// <summary>A string, or null for any other JSON value (as JsonParseNode.GetStringValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static string? ReadString(ref {{Stj}}.Utf8JsonReader reader)
    {
        if (reader.TokenType == {{Stj}}.JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    /// <summary>A boolean, or null for any other JSON value (as JsonParseNode.GetBoolValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static bool? ReadBoolean(ref {{Stj}}.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case {{Stj}}.JsonTokenType.True:
                return true;
            case {{Stj}}.JsonTokenType.False:
                return false;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>An int32; null for a value that is not a number; a JsonException for a number that is not an int32 (as JsonParseNode.GetIntValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static int? ReadInt32(ref {{Stj}}.Utf8JsonReader reader)
    {
        if (reader.TokenType != {{Stj}}.JsonTokenType.Number)
        {
            reader.Skip();
            return null;
        }

        return reader.TryGetInt32(out var value) ? value : throw NotConvertible(typeof(int));
    }

    /// <summary>An int64; null for a value that is not a number; a JsonException for a number that is not an int64 (as JsonParseNode.GetLongValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static long? ReadInt64(ref {{Stj}}.Utf8JsonReader reader)
    {
        if (reader.TokenType != {{Stj}}.JsonTokenType.Number)
        {
            reader.Skip();
            return null;
        }

        return reader.TryGetInt64(out var value) ? value : throw NotConvertible(typeof(long));
    }

    /// <summary>A double; null for a value that is not a number; a JsonException for a number out of range (as JsonParseNode.GetDoubleValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static double? ReadDouble(ref {{Stj}}.Utf8JsonReader reader)
    {
        if (reader.TokenType != {{Stj}}.JsonTokenType.Number)
        {
            reader.Skip();
            return null;
        }

        return reader.TryGetDouble(out var value) ? value : throw NotConvertible(typeof(double));
    }

    /// <summary>A uuid; null for a string that is not one or a value that is not a string (as JsonParseNode.GetGuidValue).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static global::System.Guid? ReadGuid(ref {{Stj}}.Utf8JsonReader reader)
    {
        if (reader.TokenType != {{Stj}}.JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return reader.TryGetGuid(out var value) ? value : null;
    }

    /// <summary>A model; an empty one for a JSON value that is not an object (as JsonParseNode.GetObjectValue).</summary>
    /// <typeparam name="T">The generated model.</typeparam>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <param name="context">The parse's shared state.</param>
    /// <returns>The value.</returns>
    internal static T ReadObject<T>(ref {{Stj}}.Utf8JsonReader reader, JsonReadContext context)
        where T : IJsonReadable, new()
    {
        var value = new T();
        if (reader.TokenType == {{Stj}}.JsonTokenType.StartObject)
        {
            value.ReadJson(ref reader, context);
        }
        else
        {
            reader.Skip();
        }

        return value;
    }

    /// <summary>A list of models, an empty one for a JSON value that is not an array, an empty model for an element that is not an object (as JsonParseNode.GetCollectionOfObjectValues).</summary>
    /// <typeparam name="T">The generated model.</typeparam>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <param name="context">The parse's shared state.</param>
    /// <returns>The value.</returns>
    internal static global::System.Collections.Generic.List<T> ReadObjectList<T>(ref {{Stj}}.Utf8JsonReader reader, JsonReadContext context)
        where T : IJsonReadable, new()
    {
        var list = new global::System.Collections.Generic.List<T>();
        if (reader.TokenType != {{Stj}}.JsonTokenType.StartArray)
        {
            reader.Skip();
            return list;
        }

        while (reader.Read() && reader.TokenType != {{Stj}}.JsonTokenType.EndArray)
        {
            list.Add(ReadObject<T>(ref reader, context));
        }

        return list;
    }

    /// <summary>A list of strings, null for an element that is not a string, empty for a JSON value that is not an array (as JsonParseNode.GetCollectionOfPrimitiveValues).</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The value.</returns>
    internal static global::System.Collections.Generic.List<string> ReadStringList(ref {{Stj}}.Utf8JsonReader reader)
    {
        var list = new global::System.Collections.Generic.List<string>();
        if (reader.TokenType != {{Stj}}.JsonTokenType.StartArray)
        {
            reader.Skip();
            return list;
        }

        while (reader.Read() && reader.TokenType != {{Stj}}.JsonTokenType.EndArray)
        {
            list.Add(ReadString(ref reader)!);
        }

        return list;
    }

    /// <summary>A Kiota JsonParseNode over the current value only, for the types read by Kiota's own rules.</summary>
    /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
    /// <returns>The parse node.</returns>
    internal static {{Serialization}}.IParseNode ValueNode(ref {{Stj}}.Utf8JsonReader reader)
        => new global::Microsoft.Kiota.Serialization.Json.JsonParseNode({{Stj}}.JsonElement.ParseValue(ref reader));

    /// <summary>An unknown field's value, typed as JsonParseNode types it for AdditionalData.</summary>
    private static object? ReadAnything(ref {{Stj}}.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case {{Stj}}.JsonTokenType.Number:
                if (reader.TryGetDecimal(out var dec)) return dec;
                if (reader.TryGetDouble(out var db)) return db;
                if (reader.TryGetInt16(out var s)) return s;
                if (reader.TryGetInt32(out var i)) return i;
                if (reader.TryGetInt64(out var l)) return l;
                if (reader.TryGetSingle(out var f)) return f;
                if (reader.TryGetUInt16(out var us)) return us;
                if (reader.TryGetUInt32(out var ui)) return ui;
                if (reader.TryGetUInt64(out var ul)) return ul;
                throw new global::System.InvalidOperationException("unexpected additional value type during number deserialization");
            case {{Stj}}.JsonTokenType.String:
                if (reader.TryGetDateTime(out var dt)) return dt;
                if (reader.TryGetDateTimeOffset(out var dto)) return dto;
                if (reader.TryGetGuid(out var g)) return g;
                return reader.GetString();
            case {{Stj}}.JsonTokenType.StartArray:
            case {{Stj}}.JsonTokenType.StartObject:
                return ReadUntyped(ref reader);
            case {{Stj}}.JsonTokenType.True:
                return true;
            case {{Stj}}.JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Any JSON value as an untyped node, as JsonParseNode builds them.</summary>
    private static {{Serialization}}.UntypedNode ReadUntyped(ref {{Stj}}.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case {{Stj}}.JsonTokenType.Number:
                if (reader.TryGetInt32(out var i)) return new {{Serialization}}.UntypedInteger(i);
                if (reader.TryGetInt64(out var l)) return new {{Serialization}}.UntypedLong(l);
                if (reader.TryGetDecimal(out var dec)) return new {{Serialization}}.UntypedDecimal(dec);
                if (reader.TryGetSingle(out var f)) return new {{Serialization}}.UntypedFloat(f);
                if (reader.TryGetDouble(out var db)) return new {{Serialization}}.UntypedDouble(db);
                throw new global::System.InvalidOperationException("unexpected additional value type during number deserialization");
            case {{Stj}}.JsonTokenType.String:
                return new {{Serialization}}.UntypedString(reader.GetString());
            case {{Stj}}.JsonTokenType.True:
                return new {{Serialization}}.UntypedBoolean(true);
            case {{Stj}}.JsonTokenType.False:
                return new {{Serialization}}.UntypedBoolean(false);
            case {{Stj}}.JsonTokenType.StartArray:
                var items = new global::System.Collections.Generic.List<{{Serialization}}.UntypedNode>();
                while (reader.Read() && reader.TokenType != {{Stj}}.JsonTokenType.EndArray)
                {
                    items.Add(ReadUntyped(ref reader));
                }

                return new {{Serialization}}.UntypedArray(items);
            case {{Stj}}.JsonTokenType.StartObject:
                var properties = new global::System.Collections.Generic.Dictionary<string, {{Serialization}}.UntypedNode>();
                while (reader.Read() && reader.TokenType == {{Stj}}.JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    properties[name] = ReadUntyped(ref reader);
                }

                return new {{Serialization}}.UntypedObject(properties);
            default:
                return new {{Serialization}}.UntypedNull();
        }
    }

    private static {{Stj}}.JsonException NotConvertible(global::System.Type type)
        => new("The JSON value could not be converted to " + type.FullName + ".");

    /// <summary>The root node of one answer: objects and collections of generated models are read in place, anything else by a JsonParseNode.</summary>
    private sealed class ResponseNode : {{Serialization}}.IParseNode
    {
        private byte[]? _buffer;
        private readonly int _length;
        private global::Microsoft.Kiota.Serialization.Json.JsonParseNode? _fallback;

        public ResponseNode(byte[] buffer, int length)
        {
            _buffer = buffer;
            _length = length;
        }

        public global::System.Action<{{Serialization}}.IParsable>? OnBeforeAssignFieldValues { get; set; }

        public global::System.Action<{{Serialization}}.IParsable>? OnAfterAssignFieldValues { get; set; }

        public T GetObjectValue<T>({{Serialization}}.ParsableFactory<T> factory)
            where T : {{Serialization}}.IParsable
        {
            _ = factory ?? throw new global::System.ArgumentNullException(nameof(factory));
            if (_buffer is not null && OnBeforeAssignFieldValues is null && OnAfterAssignFieldValues is null && typeof(T) != typeof({{Serialization}}.UntypedNode))
            {
                var reader = Reader();
                if (reader.TokenType == {{Stj}}.JsonTokenType.StartObject && factory(this) is var item && item is IJsonReadable readable
                    && readable.ReadJson(ref reader, new JsonReadContext()))
                {
                    Finish(ref reader);
                    return item;
                }
            }

            return Fallback().GetObjectValue(factory);
        }

        public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfObjectValues<T>({{Serialization}}.ParsableFactory<T> factory)
            where T : {{Serialization}}.IParsable
        {
            _ = factory ?? throw new global::System.ArgumentNullException(nameof(factory));
            if (_buffer is not null && OnBeforeAssignFieldValues is null && OnAfterAssignFieldValues is null && typeof(T) != typeof({{Serialization}}.UntypedNode))
            {
                var reader = Reader();
                if (reader.TokenType == {{Stj}}.JsonTokenType.StartArray && TryReadList(ref reader, factory, out var list))
                {
                    Finish(ref reader);
                    return list;
                }
            }

            return Fallback().GetCollectionOfObjectValues(factory);
        }

        private bool TryReadList<T>(ref {{Stj}}.Utf8JsonReader reader, {{Serialization}}.ParsableFactory<T> factory, out global::System.Collections.Generic.List<T> list)
            where T : {{Serialization}}.IParsable
        {
            list = new global::System.Collections.Generic.List<T>();
            var context = new JsonReadContext();
            while (reader.Read() && reader.TokenType != {{Stj}}.JsonTokenType.EndArray)
            {
                var item = factory(this);
                if (item is not IJsonReadable readable)
                {
                    return false;
                }

                if (reader.TokenType == {{Stj}}.JsonTokenType.StartObject)
                {
                    if (!readable.ReadJson(ref reader, context))
                    {
                        return false;
                    }
                }
                else
                {
                    reader.Skip();
                }

                list.Add(item);
            }

            return true;
        }

        public string? GetStringValue() => Fallback().GetStringValue();

        public bool? GetBoolValue() => Fallback().GetBoolValue();

        public byte? GetByteValue() => Fallback().GetByteValue();

        public sbyte? GetSbyteValue() => Fallback().GetSbyteValue();

        public int? GetIntValue() => Fallback().GetIntValue();

        public float? GetFloatValue() => Fallback().GetFloatValue();

        public long? GetLongValue() => Fallback().GetLongValue();

        public double? GetDoubleValue() => Fallback().GetDoubleValue();

        public decimal? GetDecimalValue() => Fallback().GetDecimalValue();

        public global::System.Guid? GetGuidValue() => Fallback().GetGuidValue();

        public global::System.DateTimeOffset? GetDateTimeOffsetValue() => Fallback().GetDateTimeOffsetValue();

        public global::System.TimeSpan? GetTimeSpanValue() => Fallback().GetTimeSpanValue();

        public {{Abstractions}}.Date? GetDateValue() => Fallback().GetDateValue();

        public {{Abstractions}}.Time? GetTimeValue() => Fallback().GetTimeValue();

        public byte[]? GetByteArrayValue() => Fallback().GetByteArrayValue();

        public T? GetEnumValue<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
            where T : struct, global::System.Enum
            => Fallback().GetEnumValue<T>();

        public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfPrimitiveValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
            => Fallback().GetCollectionOfPrimitiveValues<T>();

        public global::System.Collections.Generic.IEnumerable<T?> GetCollectionOfEnumValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
            where T : struct, global::System.Enum
            => Fallback().GetCollectionOfEnumValues<T>();

        public {{Serialization}}.IParseNode? GetChildNode(string identifier) => Fallback().GetChildNode(identifier);

        private {{Stj}}.Utf8JsonReader Reader()
        {
            var span = new global::System.ReadOnlySpan<byte>(_buffer, 0, _length);
            // JsonDocument skips a UTF-8 byte order mark; the reader does not.
            if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
            {
                span = span.Slice(3);
            }

            var reader = new {{Stj}}.Utf8JsonReader(span);
            reader.Read();
            return reader;
        }

        /// <summary>Checks that nothing but whitespace follows the root value, then returns the buffer to the pool.</summary>
        private void Finish(ref {{Stj}}.Utf8JsonReader reader)
        {
            reader.Read();
            Release();
        }

        private global::Microsoft.Kiota.Serialization.Json.JsonParseNode Fallback()
        {
            if (_fallback is null)
            {
                if (_buffer is null)
                {
                    throw new global::System.InvalidOperationException("This answer has already been read: a root parse node is read once.");
                }

                var memory = new global::System.ReadOnlyMemory<byte>(_buffer, 0, _length);
                if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
                {
                    memory = memory.Slice(3);
                }

                using (var document = {{Stj}}.JsonDocument.Parse(memory))
                {
                    _fallback = new global::Microsoft.Kiota.Serialization.Json.JsonParseNode(document.RootElement.Clone());
                }

                Release();
            }

            _fallback.OnBeforeAssignFieldValues = OnBeforeAssignFieldValues;
            _fallback.OnAfterAssignFieldValues = OnAfterAssignFieldValues;
            return _fallback;
        }

        private void Release()
        {
            if (_buffer is { } buffer)
            {
                _buffer = null;
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
""");
                return (Hint(ns, JsonFactoryName), End(writer));
            }
        }
    }
}
