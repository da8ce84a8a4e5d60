using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// The names Kiota 1.38 derives from a path segment, so a client written against Kiota's output compiles against ours:
    /// the item builder of <c>/pets/{petId}</c> is <c>WithPetItemRequestBuilder</c>, of <c>/pets/{id}</c>
    /// <c>PetsItemRequestBuilder</c>, of <c>/article/{article_id}</c> <c>WithArticle_ItemRequestBuilder</c>; the inline
    /// types of an operation start with the segment's name (<c>WithPetPostRequestBody</c>, <c>ServicesGetResponse</c> for
    /// <c>services.json</c>, <c>GetResponse</c> at the root).
    /// </summary>
    /// <remarks>
    /// The rules, read off Kiota's outputs over the corpus (docs/corpus.md): a <c>{name}</c> whose name is made of word
    /// characters becomes <c>With</c> + the name with its first letter upper-cased (other names keep their braces, which
    /// the clean-up below removes). A parameter segment then loses a trailing <c>id</c> (any case, after an optional
    /// <c>-</c>, before an optional digit); when only <c>With</c> is left, the previous segment names it. Dotted parts are
    /// joined for a builder's name, and for a type's name only the last one counts, file extensions (<c>json</c>,
    /// <c>xml</c>…) dropped. Finally every symbol is removed, the character after it upper-cased; underscores stay.
    /// A name that is still no C# identifier (a letter outside ASCII that C# refuses) gives way to the caller's fallback.
    /// </remarks>
    internal static class SegmentNames
    {
        private static readonly Regex Parameter = new Regex("\\{(\\w+)\\}", RegexOptions.CultureInvariant);
        private static readonly Regex TrailingId = new Regex("-?id\\d?\\}?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly string[] Extensions = { "json", "xml", "csv", "yaml", "yml", "txt" };

        /// <summary>
        /// The class name of the builder of a <c>{parameter}</c> segment: <c>WithPetItemRequestBuilder</c>,
        /// <c>PetsItemRequestBuilder</c> (for <c>{id}</c> under <c>pets</c>); null when no C# name comes out of it.
        /// </summary>
        public static string? ItemRequestBuilder(string segment, string? parentSegment) =>
            Identifier(string.Concat(Parts(segment, parentSegment, isItem: true).Select((p, i) => i == 0 ? p : Names.UpperFirst(p))) + "ItemRequestBuilder");

        /// <summary>
        /// What the inline types of a builder's operations start with (<c>WithPet</c>, <c>Services</c>, empty at the root),
        /// as in <c>WithPetPostRequestBody</c>; null when no C# name comes out of it.
        /// </summary>
        public static string? TypeBase(string segment, string? parentSegment, bool isItem)
        {
            // As the builder's name: `_ping` → `Ping`.
            segment = isItem || segment.TrimStart('_').Length == 0 ? segment : segment.TrimStart('_');
            var parts = Parts(segment, parentSegment, isItem);
            if (parts.Length > 1)
            {
                parts = parts.Where(p => !Extensions.Contains(p, StringComparer.OrdinalIgnoreCase)).ToArray();
            }

            var last = parts.Length == 0 ? string.Empty : parts[parts.Length - 1];
            // Checked with a suffix: the base alone may be empty (the root) or start with a digit that the suffix keeps legal.
            return Identifier(last + "Get") is { } name ? name.Substring(0, name.Length - 3) : null;
        }

        /// <summary>
        /// The name base of an item builder that also carries the operations of its <c>{parameter}.json</c> sibling, or of
        /// sibling paths naming the parameter otherwise (<c>{a}</c> beside <c>{b}</c>), as Kiota names the builder it merges
        /// them into after <paramref name="segment"/>, the one that sorts first (renaming its parameter
        /// <c>{parameter-id}</c>): the segment less its braces and a trailing <c>id</c> (any case), cleaned.
        /// <c>{id}</c> → empty (<c>ItemRequestBuilder</c>, <c>GetResponse</c>), <c>{username}</c> → <c>Username</c>,
        /// <c>{enterprise-team}</c> → <c>EnterpriseTeam</c>, <c>{external_id}.json</c> → <c>External_idJson</c>; null when
        /// no C# name comes out of it.
        /// </summary>
        public static string? MergedItemBase(string segment)
        {
            var name = segment.TrimStart('{').TrimEnd('}');
            var trimmed = name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 2) : name;
            // Checked with a suffix: the base alone may be empty.
            return Identifier(trimmed + "Get") is { } result ? result.Substring(0, result.Length - 3) : null;
        }

        /// <summary>
        /// The navigation method of a segment mixing text and parameters, as Kiota names it: <c>{id}:cancel</c> →
        /// <c>WithIdCancel</c>, <c>{file_id}#add_shared_link</c> → <c>WithFile_idAdd_shared_link</c>; null when no C# name
        /// comes out of it.
        /// </summary>
        public static string? NavigationMethod(string segment) =>
            Identifier(string.Concat(Parts(segment, null, isItem: false).Select((p, i) => i == 0 ? p : Names.UpperFirst(p))));

        /// <summary>
        /// The navigation property (and builder) of a plain segment, as Kiota names it: the Kiota spelling less leading
        /// underscores (<c>_ping</c> → <c>Ping</c>); null when no C# name comes out of it.
        /// </summary>
        public static string? NavigationProperty(string segment)
        {
            var trimmed = segment.TrimStart('_');
            return Names.ToKiotaIdentifier(trimmed.Length == 0 ? segment : trimmed) is { } name && Names.IsValidIdentifier(Names.UpperFirst(name)) ? Names.UpperFirst(name) : null;
        }

        /// <summary>
        /// The class of a plain segment's builder, as Kiota names it: the segment (less leading underscores) and the suffix
        /// cleaned as one name, so a segment that ends in a word Kiota spells keeps its underscore (<c>-</c> →
        /// <c>Minus_RequestBuilder</c>, <c>x+</c> → <c>X_plus_RequestBuilder</c>) and one of symbols that go is the suffix
        /// alone (<c>$</c> → <c>RequestBuilder</c>); null when no C# name comes out of it.
        /// </summary>
        public static string? RequestBuilderClass(string segment)
        {
            var trimmed = segment.TrimStart('_');
            return Identifier((trimmed.Length == 0 ? segment : trimmed) + "RequestBuilder");
        }

        /// <summary>
        /// The namespace a plain segment's builder and the builders below it go to, as Kiota names it: the segment split at
        /// <c>.</c>, <c>-</c> and <c>$</c>, the parts joined (each after the first upper-cased) and cleaned (<c>-x-</c> →
        /// <c>X</c>, <c>a.b</c> → <c>AB</c>). Empty when nothing is left (<c>-</c>, <c>$</c>): the builder then sits in its
        /// parent's namespace, and its children in the parent's child namespaces (discourse's <c>/t/-/{id}.json</c> is in
        /// <c>T.Item</c>, beside <c>/t/{id}.json</c>); null when no C# name comes out of it.
        /// </summary>
        public static string? NamespaceSegment(string segment)
        {
            var parts = segment.Split(NamespaceSeparators, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? string.Empty : NavigationProperty(string.Concat(parts.Select((p, i) => i == 0 ? p : Names.UpperFirst(p))));
        }

        private static readonly char[] NamespaceSeparators = { '.', '-', '$' };

        /// <summary>
        /// Kiota's property name for a builder named <paramref name="builderName"/>: the name of an HTTP method takes
        /// <c>Path</c> (docker's <c>/images/get</c>: <c>GetPath</c> of type <c>Get.GetRequestBuilder</c>; gitlab's
        /// <c>/builds/{build_id}/trace</c>: <c>TracePath</c>, whatever methods the builder has), any other name is itself
        /// (<c>Connect</c>, no OpenAPI operation, stays).
        /// </summary>
        public static string EscapeNavigationProperty(string builderName) =>
            builderName is "Get" or "Put" or "Post" or "Delete" or "Options" or "Head" or "Patch" or "Trace" ? builderName + "Path" : builderName;

        /// <summary>
        /// A path parameter as Kiota names the argument that carries it: <c>-</c>, <c>.</c> and <c>~</c> join the parts
        /// (the next letter upper-cased), other symbols go, underscores and the first letter's case stay
        /// (<c>file_id</c>, <c>user-id</c> → <c>userId</c>); null when that is no C# identifier (a keyword is one with <c>@</c>).
        /// </summary>
        public static string? ParameterName(string name)
        {
            var builder = new StringBuilder(name.Length);
            var upperNext = false;
            foreach (var c in name)
            {
                if (c == '-' || c == '.' || c == '~')
                {
                    upperNext = builder.Length > 0;
                    continue;
                }

                if (c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
                {
                    builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                }
            }

            var result = builder.ToString();
            return result.Length > 0 && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(result) ? result : null;
        }

        /// <summary>
        /// What Kiota names an operation's inline error bodies after when its success body is the component
        /// <paramref name="referenceId"/>: its last dotted part, cleaned (<c>Pet</c> → <c>Pet</c> in <c>Pet404Error</c>);
        /// null without one or when no C# name comes out of it.
        /// </summary>
        public static string? ReferenceBase(string? referenceId)
        {
            var last = referenceId?.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            return string.IsNullOrEmpty(last) ? null : Identifier(last + "Get") is { } name ? name.Substring(0, name.Length - 3) : null;
        }

        /// <summary>The dotted parts of the segment's name, before the clean-up.</summary>
        private static string[] Parts(string segment, string? parentSegment, bool isItem)
        {
            var raw = Parameter.Replace(segment, m => "With" + Names.UpperFirst(m.Groups[1].Value)).Replace("$value", "Content");
            if (isItem && raw.Length > 0)
            {
                var trimmed = TrailingId.Replace(raw, string.Empty);
                if (trimmed != raw)
                {
                    // `{id}` names nothing: the collection above it does (`/pets/{id}` → `Pets`); at the root, the parameter stays.
                    raw = trimmed != "With" ? trimmed : string.IsNullOrEmpty(parentSegment) ? raw : Names.UpperFirst(parentSegment!);
                }
            }

            return raw.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>The name with its symbols removed (the next character upper-cased) and its first letter upper-cased; null unless a C# identifier.</summary>
        private static string? Identifier(string name)
        {
            var cleaned = Names.UpperFirst(Names.CleanKiotaSymbols(name));
            return Names.IsValidIdentifier(cleaned) ? cleaned : null;
        }
    }
}
