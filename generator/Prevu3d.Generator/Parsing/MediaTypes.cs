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

        /// <summary>The preferred entry of a <c>content</c> map: JSON, then <c>+json</c>, form, text, anything else; ties by name.</summary>
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

        public static bool IsText(string contentType) => contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

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

            if (type.StartsWith("text/", StringComparison.Ordinal))
            {
                return 3;
            }

            return 4;
        }
    }
}
