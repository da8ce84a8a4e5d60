using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>Which of a body's media types the client uses, and how a content type is read.</summary>
    internal static class MediaTypes
    {
        public const string FormUrlEncoded = "application/x-www-form-urlencoded";

        public const string MultipartFormData = "multipart/form-data";

        /// <summary>The preferred entry of a <c>content</c> map: JSON, then <c>+json</c>, form, <c>text/plain</c>, anything else; ties by name.</summary>
        public static KeyValuePair<string, IOpenApiMediaType>? Pick(IDictionary<string, IOpenApiMediaType>? content)
        {
            if (content is null || content.Count == 0)
            {
                return null;
            }

            return content.OrderBy(c => Rank(c.Key)).ThenBy(c => c.Key, StringComparer.Ordinal).First();
        }

        /// <summary>The media type without its parameters (<c>application/json; charset=utf-8</c> → <c>application/json</c>).</summary>
        public static string Essence(string contentType) => contentType.Split(';')[0].Trim();

        public static bool IsJson(string contentType) =>
            contentType == "application/json" || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// <c>text/plain</c>: the only text type a Kiota client (de)serializes as a value; other text types
        /// (<c>text/html</c>, <c>text/csv</c>) have no serializer in Kiota's registries and travel as a stream, as in Kiota.
        /// </summary>
        public static bool IsText(string contentType) => contentType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

        public static bool IsMultipart(string contentType) => contentType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The <c>Accept</c> header of a response read as <paramref name="chosen"/> is: that type first, then every other
        /// type of the same <paramref name="content"/> map read the same way (JSON types for JSON, any type for a stream),
        /// so a server that offers several representations may answer with any one the client can read.
        /// </summary>
        public static string Accept(IDictionary<string, IOpenApiMediaType> content, string chosen, bool asStream)
        {
            var types = new List<string> { chosen };
            foreach (var key in content.Keys.OrderBy(Rank).ThenBy(k => k, StringComparer.Ordinal))
            {
                var type = Essence(key);
                var readable = asStream || (IsJson(chosen) ? IsJson(type) : type.Equals(chosen, StringComparison.OrdinalIgnoreCase));
                if (readable && !types.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    types.Add(type);
                }
            }

            return string.Join(", ", types);
        }

        private static int Rank(string contentType)
        {
            var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
            if (type == "application/json")
            {
                return 0;
            }

            if (type.EndsWith("+json", StringComparison.Ordinal))
            {
                return 1;
            }

            if (type == FormUrlEncoded)
            {
                return 2;
            }

            if (type == "text/plain")
            {
                return 3;
            }

            return 4;
        }
    }
}
