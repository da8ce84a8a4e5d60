namespace Prevu3d.Generator.Templates
{
    /// <summary>The JSON fast path's part for <c>oneOf</c>/<c>anyOf</c> wrappers, which read any JSON value, not only an object.</summary>
    public sealed partial class GeneratedJsonParseNodeFactory
    {
        /// <summary>
        /// A parse node over JSON <c>null</c>: what the root reader hands a wrapper's factory, which then only creates the
        /// instance (every getter answers null), so the factory never reads the answer through Kiota's parse node.
        /// </summary>
        private static readonly global::Microsoft.Kiota.Serialization.Json.JsonParseNode NullNode = CreateNullNode();

        /// <summary>A generated <c>oneOf</c>/<c>anyOf</c> wrapper that reads itself from any JSON value.</summary>
        internal interface IJsonComposedReadable
        {
            /// <summary>Sets the alternative(s) the value selects, as the wrapper's factory and Kiota's JsonParseNode would.</summary>
            /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
            /// <param name="context">Shared state of one parse.</param>
            void ReadJsonValue(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context);
        }

        /// <summary>A wrapper read from any JSON value.</summary>
        /// <typeparam name="T">The generated wrapper.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <param name="context">The parse's shared state.</param>
        /// <returns>The value.</returns>
        internal static T ReadComposed<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            where T : IJsonComposedReadable, new()
        {
            var value = new T();
            value.ReadJsonValue(ref reader, context);
            return value;
        }

        /// <summary>A list of wrappers, empty for a JSON value that is not an array (as JsonParseNode.GetCollectionOfObjectValues).</summary>
        /// <typeparam name="T">The generated wrapper.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <param name="context">The parse's shared state.</param>
        /// <returns>The value.</returns>
        internal static global::System.Collections.Generic.List<T> ReadComposedList<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            where T : IJsonComposedReadable, new()
        {
            var list = new global::System.Collections.Generic.List<T>();
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
                return list;
            }

            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                list.Add(ReadComposed<T>(ref reader, context));
            }

            return list;
        }

        /// <summary>An empty instance, the value skipped: a nested wrapper that would lead back to its own wrapper.</summary>
        /// <typeparam name="T">The generated wrapper.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <returns>The value.</returns>
        internal static T SkipToEmpty<T>(ref global::System.Text.Json.Utf8JsonReader reader)
            where T : new()
        {
            reader.Skip();
            return new T();
        }

        /// <summary>
        /// An object alternative of a wrapper: the model as <see cref="ReadObject{T}(ref global::System.Text.Json.Utf8JsonReader, JsonReadContext)"/> reads it, without the unknown fields,
        /// which JsonParseNode drops (it fills a wrapper, which holds no additional data, with the alternative's deserializers).
        /// </summary>
        /// <typeparam name="T">The generated model.</typeparam>
        /// <param name="reader">The reader, on the value; it ends on the value's last token.</param>
        /// <param name="context">The parse's shared state.</param>
        /// <returns>The value.</returns>
        internal static T ReadAlternative<T>(ref global::System.Text.Json.Utf8JsonReader reader, JsonReadContext context)
            where T : IJsonReadable, global::Microsoft.Kiota.Abstractions.Serialization.IAdditionalDataHolder, new()
        {
            var value = ReadObject<T>(ref reader, context);
            // Empty, as the dictionary Kiota's models are constructed with (the fields read stay text nobody reads).
            value.AdditionalData = new global::System.Collections.Generic.Dictionary<string, object>();
            return value;
        }

        /// <summary>
        /// The discriminator of an object, read ahead on a copy of the reader as <c>GetChildNode(name)?.GetStringValue()</c>
        /// reads it: null when the value is not an object, lacks the property or holds no string there; the last of duplicate names.
        /// </summary>
        /// <param name="reader">A copy of the reader, on the value (the caller's reader does not move).</param>
        /// <param name="name">The property's UTF-8 name.</param>
        /// <returns>The discriminator value.</returns>
        internal static string? PeekString(global::System.Text.Json.Utf8JsonReader reader, global::System.ReadOnlySpan<byte> name)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                return null;
            }

            string? value = null;
            var found = false;
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    found = true;
                    value = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return found ? value : null;
        }

        /// <summary>
        /// Which object alternative of a <c>oneOf</c> an object fits: the one with the most of its property names present,
        /// the first on a tie (and for a value that is not an object), as the wrapper's factory decides with <c>GetChildNode</c>.
        /// </summary>
        /// <param name="reader">A copy of the reader, on the value (the caller's reader does not move).</param>
        /// <param name="alternatives">Each alternative's UTF-8 property names.</param>
        /// <returns>The index of the alternative.</returns>
        internal static int PeekBestAlternative(global::System.Text.Json.Utf8JsonReader reader, byte[][][] alternatives)
        {
            var present = new bool[alternatives.Length][];
            for (var i = 0; i < alternatives.Length; i++)
            {
                present[i] = new bool[alternatives[i].Length];
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    for (var i = 0; i < alternatives.Length; i++)
                    {
                        for (var j = 0; j < alternatives[i].Length; j++)
                        {
                            if (!present[i][j] && reader.ValueTextEquals(alternatives[i][j]))
                            {
                                present[i][j] = true;
                            }
                        }
                    }

                    reader.Read();
                    reader.Skip();
                }
            }

            var best = 0;
            var bestScore = -1;
            for (var i = 0; i < alternatives.Length; i++)
            {
                var score = 0;
                foreach (var hit in present[i])
                {
                    score += hit ? 1 : 0;
                }

                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            return best;
        }

        /// <summary>A Kiota JsonParseNode over the current value, read from a copy of the reader (the caller's reader does not move).</summary>
        /// <param name="reader">A copy of the reader, on the value.</param>
        /// <returns>The parse node.</returns>
        internal static global::Microsoft.Kiota.Abstractions.Serialization.IParseNode PeekNode(global::System.Text.Json.Utf8JsonReader reader)
            => ValueNode(ref reader);

        private static global::Microsoft.Kiota.Serialization.Json.JsonParseNode CreateNullNode()
        {
            using var document = global::System.Text.Json.JsonDocument.Parse("null");
            return new global::Microsoft.Kiota.Serialization.Json.JsonParseNode(document.RootElement.Clone());
        }

        /// <summary>The root reader's part for wrappers: a wrapper (or a list of them) is read from any root value.</summary>
        private sealed partial class ResponseNode
        {
            private static bool IsComposed<T>() => typeof(IJsonComposedReadable).IsAssignableFrom(typeof(T));

            private T ReadComposedRoot<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
            {
                var reader = Reader();
                var item = factory(NullNode);
                var context = Context();
                ((IJsonComposedReadable)item).ReadJsonValue(ref reader, context);
                Finish(ref reader, context);
                return item;
            }

            private global::System.Collections.Generic.List<T> ReadComposedRootList<T>(global::Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
                where T : global::Microsoft.Kiota.Abstractions.Serialization.IParsable
            {
                var reader = Reader();
                var list = new global::System.Collections.Generic.List<T>();
                var context = Context();
                if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
                else
                {
                    while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
                    {
                        var item = factory(NullNode);
                        ((IJsonComposedReadable)item).ReadJsonValue(ref reader, context);
                        list.Add(item);
                    }
                }

                Finish(ref reader, context);
                return list;
            }
        }
    }
}
