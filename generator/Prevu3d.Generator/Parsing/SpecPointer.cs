using System.Globalization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>Builds the JSON pointers (<c>#/paths/~1a/get</c>) that locate diagnostics.</summary>
    internal static class SpecPointer
    {
        /// <summary>The pointer to a named child: the segment escaped (RFC 6901).</summary>
        public static string Append(string parent, string segment) => parent + "/" + SpecPositions.Escape(segment);

        /// <summary>The pointer to an item of a list under <paramref name="keyword"/>: <c>…/allOf/2</c>.</summary>
        public static string Item(string parent, string keyword, int index) =>
            Append(parent, keyword) + "/" + index.ToString(CultureInfo.InvariantCulture);
    }
}
