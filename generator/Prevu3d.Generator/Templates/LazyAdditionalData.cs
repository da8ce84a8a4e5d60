namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// The unknown members of the objects of one answer as the JSON fast path keeps them: their raw JSON text, turned
    /// into the dictionary of values Kiota's <c>JsonParseNode</c> would have stored only when a model's
    /// <c>AdditionalData</c> is first used (read, changed, or serialized with the model).
    /// </summary>
    /// <remarks>
    /// <para>
    /// One instance per answer holds the text of every object's unknown members, <c>{"name":value,...}</c> one after
    /// the other in segments of at most 64 KB (below the large object heap), copied out of the pooled buffer the answer
    /// was read into (see
    /// <see cref="global::Prevu3d.Generator.Templates.GeneratedJsonParseNodeFactory.JsonReadContext"/>). A model's
    /// <c>AdditionalData</c> field holds this instance, and another field where its object starts, until the property
    /// is first used: no object is allocated per model for fields nobody reads. <see cref="Create"/> reads the text with
    /// the same rules as the eager path (<see cref="ReadValue"/>), so keys, order, .NET types and values are the ones an
    /// eager read gives, into a plain <see cref="global::System.Collections.Generic.Dictionary{TKey, TValue}"/>.
    /// </para>
    /// <para>
    /// Every failure an eager read could raise (a string that is not valid UTF-8 or UTF-16 once unescaped) is checked
    /// while the answer is read, so building a dictionary cannot throw. Concurrent first readers may each build one;
    /// the first stored is kept and returned to all, as reading a <c>Dictionary</c> from several threads is safe too.
    /// </para>
    /// </remarks>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    internal sealed class LazyAdditionalData
    {
        private byte[][] _segments = global::System.Array.Empty<byte[]>();

        /// <summary>Gives the instance its text once the answer is read (the models are not returned before).</summary>
        /// <param name="segments">The objects' unknown members, each <c>{...}</c> where its model's position says (segment in the high bits, offset in the low 16).</param>
        internal void Complete(byte[][] segments) => _segments = segments;

        /// <summary>
        /// A model's <c>AdditionalData</c> on its first use: the dictionary already in <paramref name="field"/>, else one of
        /// the unknown members kept at <paramref name="at"/> (empty when it holds none), stored in <paramref name="field"/>
        /// unless another thread stored one first.
        /// </summary>
        /// <param name="field">The model's field: its dictionary, the answer's text (this type), or null.</param>
        /// <param name="at">Where the model's object starts in the text.</param>
        /// <returns>The dictionary.</returns>
        internal static global::System.Collections.Generic.IDictionary<string, object> Create(ref object? field, int at)
        {
            var current = global::System.Threading.Volatile.Read(ref field);
            if (current is global::System.Collections.Generic.IDictionary<string, object> existing)
            {
                return existing;
            }

            var built = current is LazyAdditionalData text ? text.Build(at) : new global::System.Collections.Generic.Dictionary<string, object>();
            var seen = global::System.Threading.Interlocked.CompareExchange(ref field, built, current);
            return ReferenceEquals(seen, current) ? built : seen as global::System.Collections.Generic.IDictionary<string, object> ?? built;
        }

        /// <summary>The dictionary of the members of the object at <paramref name="at"/>.</summary>
        private global::System.Collections.Generic.Dictionary<string, object> Build(int at)
        {
            var values = new global::System.Collections.Generic.Dictionary<string, object>();
            // The reader stops at the object's '}': the next object's text is never read.
            var text = _segments[at >> 16];
            var offset = at & 0xFFFF;
            var reader = new global::System.Text.Json.Utf8JsonReader(new global::System.ReadOnlySpan<byte>(text, offset, text.Length - offset));
            reader.Read();
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                // The first of duplicate names wins, as in JsonParseNode.
                values.TryAdd(name, ReadValue(ref reader)!);
            }

            return values;
        }

        /// <summary>An unknown field's value, typed as JsonParseNode types it for AdditionalData.</summary>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static object? ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.Number:
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
                case global::System.Text.Json.JsonTokenType.String:
                    if (reader.TryGetDateTime(out var dt)) return dt;
                    if (reader.TryGetDateTimeOffset(out var dto)) return dto;
                    if (reader.TryGetGuid(out var g)) return g;
                    return reader.GetString();
                case global::System.Text.Json.JsonTokenType.StartArray:
                case global::System.Text.Json.JsonTokenType.StartObject:
                    return ReadUntyped(ref reader);
                case global::System.Text.Json.JsonTokenType.True:
                    return true;
                case global::System.Text.Json.JsonTokenType.False:
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Checks what <see cref="ReadValue"/> would reject in a member whose text has an escape or is not valid UTF-8:
        /// every escaped or malformed name and string of it is unescaped as reading it would (without keeping the text),
        /// so the same exception is thrown at the same point of the read.
        /// </summary>
        /// <param name="reader">A copy of the reader, on the member's name.</param>
        internal static void CheckStrings(global::System.Text.Json.Utf8JsonReader reader)
        {
            CheckString(ref reader);
            reader.Read();
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
            {
                CheckString(ref reader);
                return;
            }

            if (reader.TokenType is not (global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray))
            {
                return;
            }

            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.TokenType is global::System.Text.Json.JsonTokenType.String or global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    CheckString(ref reader);
                }
            }
        }

        /// <summary>Unescapes and transcodes the string the reader is on into scratch space, as GetString would, when it could fail.</summary>
        private static void CheckString(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            // Escape-free valid UTF-8 always reads (STJ's default encoder escapes '+', so dates often carry escapes).
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && global::System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                return;
            }

            var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            var rented = length > 256 ? global::System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
            try
            {
                // CopyString validates as GetString does (malformed UTF-8, lone surrogates) without allocating a string.
                _ = reader.CopyString(rented is null ? stackalloc char[256] : rented);
            }
            finally
            {
                if (rented is not null)
                {
                    global::System.Buffers.ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        /// <summary>Any JSON value as an untyped node, as JsonParseNode builds them.</summary>
        private static global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode ReadUntyped(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.Number:
                    if (reader.TryGetInt32(out var i)) return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedInteger(i);
                    if (reader.TryGetInt64(out var l)) return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedLong(l);
                    if (reader.TryGetDecimal(out var dec)) return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedDecimal(dec);
                    if (reader.TryGetSingle(out var f)) return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedFloat(f);
                    if (reader.TryGetDouble(out var db)) return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedDouble(db);
                    throw new global::System.InvalidOperationException("unexpected additional value type during number deserialization");
                case global::System.Text.Json.JsonTokenType.String:
                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedString(reader.GetString());
                case global::System.Text.Json.JsonTokenType.True:
                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedBoolean(true);
                case global::System.Text.Json.JsonTokenType.False:
                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedBoolean(false);
                case global::System.Text.Json.JsonTokenType.StartArray:
                    var items = new global::System.Collections.Generic.List<global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode>();
                    while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        items.Add(ReadUntyped(ref reader));
                    }

                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedArray(items);
                case global::System.Text.Json.JsonTokenType.StartObject:
                    var properties = new global::System.Collections.Generic.Dictionary<string, global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode>();
                    while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        properties[name] = ReadUntyped(ref reader);
                    }

                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedObject(properties);
                default:
                    return new global::Microsoft.Kiota.Abstractions.Serialization.UntypedNull();
            }
        }
    }
}
