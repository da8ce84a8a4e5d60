namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// Parse node factory for <c>application/json</c> answers that reads them straight into the generated models with a
    /// <see cref="global::System.Text.Json.Utf8JsonReader"/>, under the rules of Kiota's
    /// <see cref="global::Microsoft.Kiota.Serialization.Json.JsonParseNode"/>, which still reads every other type.
    /// </summary>
    /// <remarks>
    /// The answer is read into a pooled buffer; the first object or collection read from the root node parses it and
    /// returns the buffer, so a root node is read once (as Kiota's request adapter does).
    /// </remarks>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    public sealed partial class GeneratedJsonParseNodeFactory : global::Microsoft.Kiota.Abstractions.Serialization.IParseNodeFactory
    {
        private const int MinimumBufferSize = 16 * 1024;

        /// <summary>The content type this factory reads: <c>application/json</c>.</summary>
        public string ValidContentType => "application/json";

        /// <summary>Reads <paramref name="content"/> into a pooled buffer and returns its root parse node.</summary>
        /// <param name="contentType">The content type of the stream, <c>application/json</c>.</param>
        /// <param name="content">The answer's body.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The root parse node.</returns>
        public async global::System.Threading.Tasks.Task<global::Microsoft.Kiota.Abstractions.Serialization.IParseNode> GetRootParseNodeAsync(string? contentType, global::System.IO.Stream content, global::System.Threading.CancellationToken cancellationToken = default)
        {
            CheckArguments(contentType, content);
            var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(InitialSize(content));
            var length = 0;
            try
            {
                int read;
                // The Memory overload: a network stream completes it as a ValueTask, without a Task per read.
                while ((read = await content.ReadAsync(new global::System.Memory<byte>(buffer, length, buffer.Length - length), cancellationToken).ConfigureAwait(false)) > 0)
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
            bool ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context);
        }

        /// <summary>
        /// State shared by the readers of one answer: the unknown property names already read, so each name is allocated
        /// once, and how many unknown fields the last object had, so its siblings' dictionaries are sized once; over an
        /// answer's buffer, where the unknown members of the objects being read are, until each object's end copies
        /// them out as the text of its <see cref="global::Prevu3d.Generator.Templates.LazyAdditionalData"/>.
        /// </summary>
        internal sealed class JsonReadContext
        {
            private const int MaxNames = 64;
            private const int MaxCapacity = 32;
            private global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<byte[], string>>? _names;
            private readonly byte[]? _source;
            private readonly int _sourceStart;
            // Whether no string of the whole source can fail to read (checked by the constructor that takes it).
            private readonly bool _sourceReadable;
            // Strings of up to this many UTF-8 bytes are shared between objects (see ReadString).
            private const int MaxSharedLength = 16;
            private int _lastCount;
            private JsonPeekNode? _peek;
            private string?[]? _lastStrings;

            /// <summary>The JSON the readers read (their <c>TokenStartIndex</c> counts from its start); empty when unknown.</summary>
            public global::System.ReadOnlyMemory<byte> Source { get; set; }

            /// <summary>A node over the object the reader is on, for a factory that reads a discriminator: reused, since a factory does not keep it.</summary>
            /// <param name="reader">The reader, on the value; it is not moved.</param>
            /// <returns>The node.</returns>
            public global::Microsoft.Kiota.Abstractions.Serialization.IParseNode Peek(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                if (Source.IsEmpty)
                {
                    // Without the source bytes, a copy of the reader reads the value into a JsonParseNode of its own.
                    var copy = reader;
                    return ValueNode(ref copy);
                }

                _peek ??= new JsonPeekNode(Source);
                _peek.Start = (int)reader.TokenStartIndex;
                return _peek;
            }

            private int[] _ranges = global::System.Array.Empty<int>();
            private int _rangeCount;
            // Text segments stay below the large object heap's threshold: they live as long as the models that read them.
            private const int MaxSegmentSize = 64 * 1024;
            private byte[]? _text;
            private int _textUsed;
            private byte[][]? _segments;
            private int _segmentCount;
            private global::Prevu3d.Generator.Templates.LazyAdditionalData? _answerText;

            /// <summary>A context whose readers keep unknown fields as values at once (no buffer to point into).</summary>
            public JsonReadContext()
            {
            }

            /// <summary>
            /// A context for readers over the <paramref name="length"/> bytes of <paramref name="source"/> from
            /// <paramref name="start"/>: unknown fields are kept as text. The bytes are checked once here: when no string
            /// in them can fail to read later, the unknown members kept as text need no check of their own.
            /// </summary>
            /// <param name="source">The buffer the reader reads; it must not change until the last object is read.</param>
            /// <param name="start">Where the reader's span starts in it.</param>
            /// <param name="length">How many bytes the reader reads.</param>
            public JsonReadContext(byte[] source, int start, int length)
            {
                _source = source ?? throw new global::System.ArgumentNullException(nameof(source));
                _sourceStart = start;
                var all = new global::System.ReadOnlySpan<byte>(source, start, length);
                // One vectorized pass over the answer costs less than a check per kept member (measured: 3 members a node).
                _sourceReadable = !HasSurrogateEscape(all) && global::System.Text.Unicode.Utf8.IsValid(all);
            }

            /// <summary>
            /// A string property's value, or null for any other JSON value, as
            /// <see cref="global::Prevu3d.Generator.Templates.GeneratedJsonParseNodeFactory.ReadString"/> reads it; a short
            /// ASCII string equal to the last one of its length read in this answer is that same instance: siblings repeat
            /// kinds, states and units, and an equal string need not be allocated again.
            /// </summary>
            /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
            /// <returns>The value.</returns>
            public string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                if (reader.TokenType != global::System.Text.Json.JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxSharedLength)
                {
                    return global::Prevu3d.Generator.Templates.GeneratedJsonParseNodeFactory.ReadString(ref reader);
                }

                var span = reader.ValueSpan;
                var strings = _lastStrings ??= new string?[MaxSharedLength + 1];
                // Equal ASCII text reads as the same string; anything else is read (and its UTF-8 checked) by GetString.
                if (strings[span.Length] is { } last && global::System.Text.Ascii.Equals(span, last))
                {
                    return last;
                }

                return strings[span.Length] = reader.GetString();
            }

            /// <summary>Starts the read of an object: where its unknown members will be noted.</summary>
            /// <returns>The mark to give <see cref="EndObject"/>.</returns>
            public int BeginObject() => _rangeCount;

            /// <summary>Ends an object's read: notes how many unknown fields it had, and copies them out as text when they were kept so.</summary>
            /// <param name="begin">What <see cref="BeginObject"/> returned for the object.</param>
            /// <param name="additionalData">The dictionary its unknown fields went into; null when they were kept as text, or there were none.</param>
            /// <param name="at">Where the object's unknown fields start in the answer's text: its segment in the high bits, its offset in the low 16.</param>
            /// <returns>
            /// What the model's <c>AdditionalData</c> field holds: <paramref name="additionalData"/>; else the answer's text of
            /// unknown fields, a <see cref="global::Prevu3d.Generator.Templates.LazyAdditionalData"/>; null when there were none.
            /// </returns>
            public object? EndObject(int begin, global::System.Collections.Generic.IDictionary<string, object>? additionalData, out int at)
            {
                at = 0;
                if (additionalData is not null)
                {
                    _lastCount = global::System.Math.Min(additionalData.Count, MaxCapacity);
                    return additionalData;
                }

                var members = (_rangeCount - begin) / 2;
                _lastCount = global::System.Math.Min(members, MaxCapacity);
                if (members == 0)
                {
                    return null;
                }

                at = CopyOut(begin, members);
                return _answerText ??= new global::Prevu3d.Generator.Templates.LazyAdditionalData();
            }

            /// <summary>
            /// Ends the answer's read: the unknown fields kept as text are copied, at their exact size, out of the pooled
            /// scratch space into the array the models' <see cref="global::Prevu3d.Generator.Templates.LazyAdditionalData"/> reads.
            /// </summary>
            public void Complete()
            {
                if (_text is { } text)
                {
                    Seal();
                    _answerText?.Complete(_segments!);
                    _text = null;
                    global::System.Buffers.ArrayPool<byte>.Shared.Return(text);
                }
            }

            /// <summary>Copies the scratch text filled so far into a segment of its exact size, and starts the next one.</summary>
            private void Seal()
            {
                if (_segments is null || _segmentCount == _segments.Length)
                {
                    global::System.Array.Resize(ref _segments, global::System.Math.Max(4, _segmentCount * 2));
                }

                _segments[_segmentCount++] = new global::System.ReadOnlySpan<byte>(_text, 0, _textUsed).ToArray();
                _textUsed = 0;
            }

            /// <summary>
            /// Reads an unknown property (the reader is on its name). Over a buffer, while the object has no dictionary, its
            /// text is noted to be kept; otherwise its value goes into <paramref name="additionalData"/> (created, sized like
            /// the last object's, when null) as Kiota's JsonParseNode stores it: the first of duplicate names wins.
            /// </summary>
            /// <param name="reader">The reader, on the property name; it ends on the value's last token.</param>
            /// <param name="additionalData">The model's additional data, null until something needs one.</param>
            public void ReadUnknown(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Collections.Generic.IDictionary<string, object>? additionalData)
            {
                if (additionalData is null)
                {
                    if (_source is not null)
                    {
                        KeepText(ref reader);
                        return;
                    }

                    // A dictionary grows 0 -> 3 -> 7 -> 17 entries, allocating each step; siblings in an answer mostly share a shape.
                    additionalData = new global::System.Collections.Generic.Dictionary<string, object>(_lastCount);
                }

                var name = PropertyName(ref reader);
                reader.Read();
                var value = global::Prevu3d.Generator.Templates.LazyAdditionalData.ReadValue(ref reader);
                if (additionalData is global::System.Collections.Generic.Dictionary<string, object> dictionary)
                {
                    dictionary.TryAdd(name, value!);
                }
                else if (!additionalData.ContainsKey(name))
                {
                    additionalData.Add(name, value!);
                }
            }

            /// <summary>Notes where the member the reader is on starts and ends, having checked what reading it later could reject.</summary>
            private void KeepText(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                var start = (int)reader.TokenStartIndex;
                if (_sourceReadable)
                {
                    reader.Read();
                    reader.Skip();
                }
                else
                {
                    var check = reader;
                    reader.Read();
                    reader.Skip();
                    var member = new global::System.ReadOnlySpan<byte>(_source, _sourceStart + start, (int)reader.BytesConsumed - start);
                    // Only a surrogate escape or a malformed byte can make a string unreadable: everything else was checked by the reader.
                    if (HasSurrogateEscape(member) || !global::System.Text.Unicode.Utf8.IsValid(member))
                    {
                        global::Prevu3d.Generator.Templates.LazyAdditionalData.CheckStrings(check);
                    }
                }

                var end = (int)reader.BytesConsumed;

                if (_rangeCount + 2 > _ranges.Length)
                {
                    global::System.Array.Resize(ref _ranges, global::System.Math.Max(16, _ranges.Length * 2));
                }

                _ranges[_rangeCount++] = _sourceStart + start;
                _ranges[_rangeCount++] = end - start;
            }

            /// <summary>
            /// Whether <paramref name="text"/> holds a <c>\uD800</c>-<c>\uDFFF</c> escape, the only escape whose string can fail
            /// to read (a lone surrogate); '\n' or the '\u002B' STJ writes for '+' cannot.
            /// </summary>
            private static bool HasSurrogateEscape(global::System.ReadOnlySpan<byte> text)
            {
                int at;
                while ((at = global::System.MemoryExtensions.IndexOf(text, (byte)'\\')) >= 0)
                {
                    // An escaped backslash is skipped whole, so "\\ud800" is not read as an escape.
                    if (at + 1 < text.Length && text[at + 1] == (byte)'u' && at + 3 < text.Length && (text[at + 2] | 0x20) == (byte)'d' && IsHighHex(text[at + 3]))
                    {
                        return true;
                    }

                    text = text.Slice(global::System.Math.Min(at + 2, text.Length));
                }

                return false;
            }

            /// <summary>8-9 or a-f in either case: the second hex digit of a surrogate.</summary>
            private static bool IsHighHex(byte digit) => digit is (byte)'8' or (byte)'9' || (digit | 0x20) is >= (byte)'a' and <= (byte)'f';

            /// <summary>Copies an object's members (the last ranges noted, from <paramref name="begin"/>) into the scratch text as <c>{m1,m2,...}</c>; returns where.</summary>
            private int CopyOut(int begin, int members)
            {
                // Braces and commas: one byte per member, plus one.
                var length = members + 1;
                for (var i = begin + 1; i < _rangeCount; i += 2)
                {
                    length += _ranges[i];
                }

                if (_textUsed > 0 && _textUsed + length > MaxSegmentSize)
                {
                    // An object starts in a segment before its 64 KB are reached: its offset fits the low 16 bits of its position.
                    Seal();
                }

                if (_text is null || _text.Length - _textUsed < length)
                {
                    // Pooled and doubled as it fills: the models get an exact copy when the answer is read (Complete).
                    var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent(global::System.Math.Max(_textUsed + length, global::System.Math.Max(4096, (_text?.Length ?? 0) * 2)));
                    if (_text is { } old)
                    {
                        global::System.Buffer.BlockCopy(old, 0, larger, 0, _textUsed);
                        global::System.Buffers.ArrayPool<byte>.Shared.Return(old);
                    }

                    _text = larger;
                }

                var text = _text;
                var offset = _textUsed;
                var position = offset;
                for (var i = begin; i < _rangeCount; i += 2)
                {
                    text[position++] = i == begin ? (byte)'{' : (byte)',';
                    global::System.Buffer.BlockCopy(_source!, _ranges[i], text, position, _ranges[i + 1]);
                    position += _ranges[i + 1];
                }

                text[position++] = (byte)'}';
                _textUsed = position;
                _rangeCount = begin;
                return (_segmentCount << 16) | offset;
            }

            private string PropertyName(ref global::System.Text.Json.Utf8JsonReader reader)
            {
                if (reader.ValueIsEscaped || reader.HasValueSequence)
                {
                    return reader.GetString()!;
                }

                var span = reader.ValueSpan;
                var names = _names ??= new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<byte[], string>>();
                foreach (var pair in names)
                {
                    if (global::System.MemoryExtensions.SequenceEqual(span, new global::System.ReadOnlySpan<byte>(pair.Key)))
                    {
                        return pair.Value;
                    }
                }

                var name = reader.GetString()!;
                if (names.Count < MaxNames)
                {
                    names.Add(new global::System.Collections.Generic.KeyValuePair<byte[], string>(span.ToArray(), name));
                }

                return name;
            }
        }

        /// <summary>A string, or null for any other JSON value (as JsonParseNode.GetStringValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
            return null;
        }

        /// <summary>A boolean, or null for any other JSON value (as JsonParseNode.GetBoolValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static bool? ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.True:
                    return true;
                case global::System.Text.Json.JsonTokenType.False:
                    return false;
                default:
                    reader.Skip();
                    return null;
            }
        }

        /// <summary>An int32; null for a value that is not a number; a JsonException for a number that is not an int32 (as JsonParseNode.GetIntValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static int? ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)
            {
                reader.Skip();
                return null;
            }

            return reader.TryGetInt32(out var value) ? value : throw NotConvertible(typeof(int));
        }

        /// <summary>An sbyte (format int8); null for a value that is not a number; a JsonException for a number outside -128..127 (as JsonParseNode.GetSbyteValue), never a wrapped value.</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static sbyte? ReadSByte(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)
            {
                reader.Skip();
                return null;
            }

            return reader.TryGetSByte(out var value) ? value : throw NotConvertible(typeof(sbyte));
        }

        /// <summary>A byte (format uint8); null for a value that is not a number; a JsonException for a number outside 0..255 (as JsonParseNode.GetByteValue), never a wrapped value.</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static byte? ReadByte(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)
            {
                reader.Skip();
                return null;
            }

            return reader.TryGetByte(out var value) ? value : throw NotConvertible(typeof(byte));
        }

        /// <summary>An int64; null for a value that is not a number; a JsonException for a number that is not an int64 (as JsonParseNode.GetLongValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static long? ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)
            {
                reader.Skip();
                return null;
            }

            return reader.TryGetInt64(out var value) ? value : throw NotConvertible(typeof(long));
        }

        /// <summary>A double; null for a value that is not a number; a JsonException for a number out of range (as JsonParseNode.GetDoubleValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static double? ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)
            {
                reader.Skip();
                return null;
            }

            return reader.TryGetDouble(out var value) ? value : throw NotConvertible(typeof(double));
        }

        /// <summary>A uuid; null for a string that is not one or a value that is not a string (as JsonParseNode.GetGuidValue).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static global::System.Guid? ReadGuid(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)
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
        internal static T ReadObject<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            where T : IJsonReadable, new()
        {
            var value = new T();
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
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
        internal static global::System.Collections.Generic.List<T> ReadObjectList<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            where T : IJsonReadable, new()
        {
            var list = new global::System.Collections.Generic.List<T>();
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
                return list;
            }

            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                list.Add(ReadObject<T>(ref reader, context));
            }

            return list;
        }

        /// <summary>
        /// A model whose class the factory picks (<c>CreateFromDiscriminatorValue</c> reading a discriminator) from a node that
        /// peeks at the object without moving the reader; read as JsonParseNode.GetObjectValue reads it.
        /// </summary>
        /// <typeparam name="T">The generated model.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <param name="context">The parse's shared state.</param>
        /// <param name="factory">The model's factory.</param>
        /// <returns>The value.</returns>
        internal static T ReadObject<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context, global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
            where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
        {
            var value = factory(context.Peek(ref reader));
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                reader.Skip();
                return value;
            }

            if (value is IJsonReadable readable && readable.ReadJson(ref reader, context))
            {
                return value;
            }

            // A class the generator did not write: Kiota's parse node reads the object.
            return ValueNode(ref reader).GetObjectValue(factory);
        }

        /// <summary>A list of models whose classes the factory picks, as <see cref="ReadObjectList{T}(ref global::System.Text.Json.Utf8JsonReader, JsonReadContext)"/> reads a list.</summary>
        /// <typeparam name="T">The generated model.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <param name="context">The parse's shared state.</param>
        /// <param name="factory">The model's factory.</param>
        /// <returns>The value.</returns>
        internal static global::System.Collections.Generic.List<T> ReadObjectList<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context, global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
            where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
        {
            var list = new global::System.Collections.Generic.List<T>();
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
                return list;
            }

            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                list.Add(ReadObject(ref reader, context, factory));
            }

            return list;
        }

        /// <summary>A list of strings, null for an element that is not a string, empty for a JSON value that is not an array (as JsonParseNode.GetCollectionOfPrimitiveValues).</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static global::System.Collections.Generic.List<string> ReadStringList(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            var list = new global::System.Collections.Generic.List<string>();
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
                return list;
            }

            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                list.Add(ReadString(ref reader)!);
            }

            return list;
        }

        /// <summary>A Kiota JsonParseNode over the current value only, for the types read by Kiota's own rules.</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The parse node.</returns>
        internal static global::Microsoft.Kiota.Abstractions.Serialization.IParseNode ValueNode(ref global::System.Text.Json.Utf8JsonReader reader)
            => new global::Microsoft.Kiota.Serialization.Json.JsonParseNode(global::System.Text.Json.JsonElement.ParseValue(ref reader));

        private static global::System.Text.Json.JsonException NotConvertible(global::System.Type type)
            => new("The JSON value could not be converted to " + type.FullName + ".");

        /// <summary>
        /// A parse node over one JSON value inside a buffer, read from its start each time it is asked: a factory's
        /// <c>GetChildNode(discriminator)</c> reads one property without moving the reader that will read the object.
        /// Child nodes and every other answer are Kiota's <see cref="global::Microsoft.Kiota.Serialization.Json.JsonParseNode"/>'s.
        /// </summary>
        private sealed class JsonPeekNode : global::Microsoft.Kiota.Abstractions.Serialization.IParseNode
        {
            private readonly global::System.ReadOnlyMemory<byte> _source;

            public JsonPeekNode(global::System.ReadOnlyMemory<byte> source) => _source = source;

            /// <summary>Where the value starts in the source.</summary>
            public int Start { get; set; }

            public global::System.Action<global::Microsoft.Kiota.Abstractions.Serialization.IParsable>? OnBeforeAssignFieldValues { get; set; }

            public global::System.Action<global::Microsoft.Kiota.Abstractions.Serialization.IParsable>? OnAfterAssignFieldValues { get; set; }

            /// <summary>The property's value as JsonParseNode.GetChildNode finds it (the last of duplicate names, as JsonElement.TryGetProperty); null when absent or not an object.</summary>
            public global::Microsoft.Kiota.Abstractions.Serialization.IParseNode? GetChildNode(string identifier)
            {
                _ = identifier ?? throw new global::System.ArgumentNullException(nameof(identifier));
                var reader = new global::System.Text.Json.Utf8JsonReader(_source.Span.Slice(Start));
                if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    return null;
                }

                global::System.Text.Json.JsonElement? found = null;
                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    var match = reader.ValueTextEquals(identifier);
                    reader.Read();
                    if (match)
                    {
                        found = global::System.Text.Json.JsonElement.ParseValue(ref reader);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return found is { } value ? new global::Microsoft.Kiota.Serialization.Json.JsonParseNode(value) : null;
            }

            private global::Microsoft.Kiota.Serialization.Json.JsonParseNode Whole()
            {
                var reader = new global::System.Text.Json.Utf8JsonReader(_source.Span.Slice(Start));
                reader.Read();
                return new global::Microsoft.Kiota.Serialization.Json.JsonParseNode(global::System.Text.Json.JsonElement.ParseValue(ref reader))
                {
                    OnBeforeAssignFieldValues = OnBeforeAssignFieldValues,
                    OnAfterAssignFieldValues = OnAfterAssignFieldValues,
                };
            }

            public string? GetStringValue() => Whole().GetStringValue();

            public bool? GetBoolValue() => Whole().GetBoolValue();

            public byte? GetByteValue() => Whole().GetByteValue();

            public sbyte? GetSbyteValue() => Whole().GetSbyteValue();

            public int? GetIntValue() => Whole().GetIntValue();

            public float? GetFloatValue() => Whole().GetFloatValue();

            public long? GetLongValue() => Whole().GetLongValue();

            public double? GetDoubleValue() => Whole().GetDoubleValue();

            public decimal? GetDecimalValue() => Whole().GetDecimalValue();

            public global::System.Guid? GetGuidValue() => Whole().GetGuidValue();

            public global::System.DateTimeOffset? GetDateTimeOffsetValue() => Whole().GetDateTimeOffsetValue();

            public global::System.TimeSpan? GetTimeSpanValue() => Whole().GetTimeSpanValue();

            public global::Microsoft.Kiota.Abstractions.Date? GetDateValue() => Whole().GetDateValue();

            public global::Microsoft.Kiota.Abstractions.Time? GetTimeValue() => Whole().GetTimeValue();

            public byte[]? GetByteArrayValue() => Whole().GetByteArrayValue();

            public T? GetEnumValue<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                where T : struct, global::System.Enum
                => Whole().GetEnumValue<T>();

            public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfPrimitiveValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                => Whole().GetCollectionOfPrimitiveValues<T>();

            public global::System.Collections.Generic.IEnumerable<T?> GetCollectionOfEnumValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                where T : struct, global::System.Enum
                => Whole().GetCollectionOfEnumValues<T>();

            public T GetObjectValue<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
                => Whole().GetObjectValue(factory);

            public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfObjectValues<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
                => Whole().GetCollectionOfObjectValues(factory);
        }

        /// <summary>The root node of one answer: objects and collections of generated models are read in place, anything else by a JsonParseNode.</summary>
        private sealed partial class ResponseNode : global::Microsoft.Kiota.Abstractions.Serialization.IParseNode
        {
            private byte[]? _buffer;
            private readonly int _length;
            private global::Microsoft.Kiota.Serialization.Json.JsonParseNode? _fallback;

            public ResponseNode(byte[] buffer, int length)
            {
                _buffer = buffer;
                _length = length;
            }

            public global::System.Action<global::Microsoft.Kiota.Abstractions.Serialization.IParsable>? OnBeforeAssignFieldValues { get; set; }

            public global::System.Action<global::Microsoft.Kiota.Abstractions.Serialization.IParsable>? OnAfterAssignFieldValues { get; set; }

            public T GetObjectValue<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
            {
                _ = factory ?? throw new global::System.ArgumentNullException(nameof(factory));
                if (_buffer is not null && OnBeforeAssignFieldValues is null && OnAfterAssignFieldValues is null && typeof(T) != typeof(global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode))
                {
                    if (IsComposed<T>())
                    {
                        return ReadComposedRoot(factory);
                    }

                    var reader = Reader();
                    var context = Context();
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject && factory(this) is var item && item is IJsonReadable readable
                        && readable.ReadJson(ref reader, context))
                    {
                        Finish(ref reader, context);
                        return item;
                    }
                }

                return Fallback().GetObjectValue(factory);
            }

            public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfObjectValues<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
            {
                _ = factory ?? throw new global::System.ArgumentNullException(nameof(factory));
                if (_buffer is not null && OnBeforeAssignFieldValues is null && OnAfterAssignFieldValues is null && typeof(T) != typeof(global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode))
                {
                    if (IsComposed<T>())
                    {
                        return ReadComposedRootList(factory);
                    }

                    var reader = Reader();
                    var context = Context();
                    if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartArray && TryReadList(ref reader, context, factory, out var list))
                    {
                        Finish(ref reader, context);
                        return list;
                    }
                }

                return Fallback().GetCollectionOfObjectValues(factory);
            }

            /// <summary>
            /// Reads the root array's elements into a pooled array first, then into a list of their exact count: a list
            /// grown one element at a time would allocate every intermediate array (twice the final one, in all).
            /// </summary>
            private bool TryReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context, global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory, out global::System.Collections.Generic.List<T> list)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
            {
                var items = global::System.Buffers.ArrayPool<T>.Shared.Rent(16);
                var count = 0;
                try
                {
                    while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        // The element's own node: a factory that reads a discriminator reads this element's.
                        var item = factory(context.Peek(ref reader));
                        if (item is not IJsonReadable readable)
                        {
                            list = new global::System.Collections.Generic.List<T>();
                            return false;
                        }

                        if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
                        {
                            if (!readable.ReadJson(ref reader, context))
                            {
                                list = new global::System.Collections.Generic.List<T>();
                                return false;
                            }
                        }
                        else
                        {
                            reader.Skip();
                        }

                        if (count == items.Length)
                        {
                            var larger = global::System.Buffers.ArrayPool<T>.Shared.Rent(count * 2);
                            global::System.Array.Copy(items, larger, count);
                            global::System.Buffers.ArrayPool<T>.Shared.Return(items, clearArray: true);
                            items = larger;
                        }

                        items[count++] = item;
                    }

                    list = new global::System.Collections.Generic.List<T>(count);
                    global::System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, count);
                    new global::System.ReadOnlySpan<T>(items, 0, count).CopyTo(global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
                    return true;
                }
                finally
                {
                    // Cleared, so the pool does not keep the models alive.
                    global::System.Buffers.ArrayPool<T>.Shared.Return(items, clearArray: true);
                }
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

            public global::Microsoft.Kiota.Abstractions.Date? GetDateValue() => Fallback().GetDateValue();

            public global::Microsoft.Kiota.Abstractions.Time? GetTimeValue() => Fallback().GetTimeValue();

            public byte[]? GetByteArrayValue() => Fallback().GetByteArrayValue();

            public T? GetEnumValue<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                where T : struct, global::System.Enum
                => Fallback().GetEnumValue<T>();

            public global::System.Collections.Generic.IEnumerable<T> GetCollectionOfPrimitiveValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                => Fallback().GetCollectionOfPrimitiveValues<T>();

            public global::System.Collections.Generic.IEnumerable<T?> GetCollectionOfEnumValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()
                where T : struct, global::System.Enum
                => Fallback().GetCollectionOfEnumValues<T>();

            public global::Microsoft.Kiota.Abstractions.Serialization.IParseNode? GetChildNode(string identifier)
                // A factory peeking at a discriminator before the answer is read in place keeps the buffer for that read.
                => _buffer is not null ? new JsonPeekNode(Content()).GetChildNode(identifier) : Fallback().GetChildNode(identifier);

            /// <summary>The answer's bytes, without a UTF-8 byte order mark (what <see cref="Reader"/> reads).</summary>
            private global::System.ReadOnlyMemory<byte> Content()
            {
                var memory = new global::System.ReadOnlyMemory<byte>(_buffer, 0, _length);
                return _length >= 3 && _buffer![0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF ? memory.Slice(3) : memory;
            }

            /// <summary>Where the JSON starts in the buffer: after a UTF-8 byte order mark, which JsonDocument skips and the reader does not.</summary>
            private int Start => _length >= 3 && _buffer![0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF ? 3 : 0;

            private global::System.Text.Json.Utf8JsonReader Reader()
            {
                var start = Start;
                var reader = new global::System.Text.Json.Utf8JsonReader(new global::System.ReadOnlySpan<byte>(_buffer, start, _length - start));
                reader.Read();
                return reader;
            }

            /// <summary>The context of the read: unknown fields point into the buffer until each object's end copies them out.</summary>
            private JsonReadContext Context()
            {
                var start = Start;
                return new(_buffer!, start, _length - start) { Source = Content() };
            }

            /// <summary>Checks that nothing but whitespace follows the root value, gives the models their unknown fields' text, then returns the buffer to the pool.</summary>
            private void Finish(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            {
                reader.Read();
                context.Complete();
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

                    using (var document = global::System.Text.Json.JsonDocument.Parse(memory))
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
}
