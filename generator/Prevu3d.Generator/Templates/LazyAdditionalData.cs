namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// A model's <c>AdditionalData</c> as the JSON fast path reads it: the unknown members of one object kept as their
    /// raw JSON text, turned into the values Kiota's <c>JsonParseNode</c> would have stored only when the dictionary is
    /// first used (read, enumerated, changed, or serialized with the model).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The text is <c>{"name":value,...}</c> in a chunk shared by the models of one answer (see
    /// <see cref="global::Prevu3d.Generator.Templates.GeneratedJsonParseNodeFactory.JsonReadContext"/>), copied out of
    /// the pooled buffer the answer was read into. Materializing reads it with the same rules as the eager path
    /// (<see cref="ReadValue"/>), so keys, order, .NET types and values are the ones an eager read gives; after that
    /// the instance is a plain <see cref="global::System.Collections.Generic.Dictionary{TKey, TValue}"/> underneath and
    /// the text is dropped.
    /// </para>
    /// <para>
    /// Every failure an eager read could raise (a string that is not valid UTF-8 or UTF-16 once unescaped) is checked
    /// while the answer is read, so materializing cannot throw. Concurrent readers may both build the dictionary the
    /// first time; one result is kept, as reading a <c>Dictionary</c> from several threads is safe too.
    /// </para>
    /// </remarks>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    internal sealed class LazyAdditionalData : global::System.Collections.Generic.IDictionary<string, object>, global::System.Collections.Generic.IReadOnlyDictionary<string, object>
    {
        private global::System.Collections.Generic.Dictionary<string, object>? _values;
        private byte[]? _text;
        private int _offset;
        private int _length;
        private int _members;

        /// <summary>Creates a dictionary whose members the reading context adds as it reads the object.</summary>
        /// <param name="firstRange">The index of the object's first member in the context's list of ranges.</param>
        internal LazyAdditionalData(int firstRange)
        {
            FirstRange = firstRange;
            Filling = true;
        }

        /// <summary>While the object is being read: where its members start in the reading context's list of ranges.</summary>
        internal int FirstRange { get; }

        /// <summary>Whether the object is still being read (its members are ranges of the answer, not yet text of their own).</summary>
        internal bool Filling { get; private set; }

        /// <inheritdoc/>
        public int Count => _members == 0 && _values is null ? 0 : Values().Count;

        /// <inheritdoc/>
        public bool IsReadOnly => false;

        /// <inheritdoc/>
        public global::System.Collections.Generic.ICollection<string> Keys => Values().Keys;

        /// <inheritdoc/>
        global::System.Collections.Generic.ICollection<object> global::System.Collections.Generic.IDictionary<string, object>.Values => Values().Values;

        /// <inheritdoc/>
        global::System.Collections.Generic.IEnumerable<string> global::System.Collections.Generic.IReadOnlyDictionary<string, object>.Keys => Values().Keys;

        /// <inheritdoc/>
        global::System.Collections.Generic.IEnumerable<object> global::System.Collections.Generic.IReadOnlyDictionary<string, object>.Values => Values().Values;

        /// <inheritdoc/>
        public object this[string key]
        {
            get => Values()[key];
            set => Values()[key] = value;
        }

        /// <summary>Ends the read of the object: its members are <paramref name="length"/> bytes of <paramref name="text"/> from <paramref name="offset"/>.</summary>
        /// <param name="text">The chunk holding <c>{...}</c>; null when the object had no unknown member.</param>
        /// <param name="offset">Where the object's text starts.</param>
        /// <param name="length">Its length.</param>
        /// <param name="members">How many members it holds (duplicate names included).</param>
        internal void Complete(byte[]? text, int offset, int length, int members)
        {
            _text = text;
            _offset = offset;
            _length = length;
            _members = members;
            Filling = false;
        }

        /// <inheritdoc/>
        public void Add(string key, object value) => Values().Add(key, value);

        /// <inheritdoc/>
        public bool ContainsKey(string key) => Values().ContainsKey(key);

        /// <inheritdoc/>
        public bool Remove(string key) => Values().Remove(key);

        /// <inheritdoc/>
        public bool TryGetValue(string key, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) => Values().TryGetValue(key, out value);

        /// <inheritdoc/>
        public void Add(global::System.Collections.Generic.KeyValuePair<string, object> item) => Collection().Add(item);

        /// <inheritdoc/>
        public void Clear() => Values().Clear();

        /// <inheritdoc/>
        public bool Contains(global::System.Collections.Generic.KeyValuePair<string, object> item) => Collection().Contains(item);

        /// <inheritdoc/>
        public void CopyTo(global::System.Collections.Generic.KeyValuePair<string, object>[] array, int arrayIndex) => Collection().CopyTo(array, arrayIndex);

        /// <inheritdoc/>
        public bool Remove(global::System.Collections.Generic.KeyValuePair<string, object> item) => Collection().Remove(item);

        /// <inheritdoc/>
        public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, object>> GetEnumerator() => Values().GetEnumerator();

        /// <inheritdoc/>
        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

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

        private global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, object>> Collection() => Values();

        /// <summary>The dictionary, built from the text on first use.</summary>
        private global::System.Collections.Generic.Dictionary<string, object> Values()
        {
            var values = global::System.Threading.Volatile.Read(ref _values);
            if (values is not null)
            {
                return values;
            }

            if (Filling)
            {
                // A reader's own property would only see this while its object is read, which it never does.
                throw new global::System.InvalidOperationException("The additional data is used before its object has been read.");
            }

            var built = new global::System.Collections.Generic.Dictionary<string, object>(_members);
            if (_text is { } text)
            {
                var reader = new global::System.Text.Json.Utf8JsonReader(new global::System.ReadOnlySpan<byte>(text, _offset, _length));
                reader.Read();
                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    // The first of duplicate names wins, as in JsonParseNode.
                    built.TryAdd(name, ReadValue(ref reader)!);
                }
            }

            values = global::System.Threading.Interlocked.CompareExchange(ref _values, built, null) ?? built;
            _text = null;
            return values;
        }
    }
}
