using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>One segment of the path tree: a literal (<c>nodes</c>) or a parameter (<c>{nodeId}</c>).</summary>
    internal sealed class PathNode
    {
        /// <summary>A <c>{name}</c> inside a segment.</summary>
        internal static readonly Regex ParameterPattern = new Regex("\\{([^{}]*)\\}", RegexOptions.CultureInvariant);

        public PathNode(string segment, string? parameterName)
        {
            Segment = segment;
            ParameterName = parameterName;
        }

        public string Segment { get; private set; }

        /// <summary>
        /// The parameter's name for a <c>{parameter}</c> segment, or one followed by a file extension (<c>{id}.json</c>);
        /// null for a literal one or one that mixes text and parameters otherwise.
        /// </summary>
        public string? ParameterName { get; private set; }

        /// <summary>
        /// The other names sibling paths give the parameter of this <c>{parameter}</c> segment
        /// (<c>/orgs/{org}/attestations/{subject_digest}</c> beside <c>…/{attestation_id}</c>), in the order met; empty
        /// when every path names it alike. One builder carries them all: its indexer sets each name, so every path's URL
        /// template, which keeps its own names, expands.
        /// </summary>
        public IReadOnlyList<string> OtherParameterNames => _otherParameterNames;

        private readonly List<string> _otherParameterNames = new List<string>();

        /// <summary>
        /// The parameters of a segment that mixes text and parameters (<c>{id}:cancel</c>, <c>thumbnail.{ext}</c>), in
        /// order; empty for a literal, a <c>{parameter}</c> or an item <c>{parameter}.json</c> segment. Such a segment
        /// is a method of its parent builder.
        /// </summary>
        public IReadOnlyList<string> SegmentParameters { get; set; } = Array.Empty<string>();

        /// <summary>The URI template operator of a <c>{parameter}</c> segment: <c>.</c> for style label, <c>;</c> for matrix, else empty.</summary>
        public string Operator { get; set; } = string.Empty;

        /// <summary>
        /// Whether the segment carried a query string in the document's path key (<c>articles?query={query}</c>, which
        /// OpenAPI does not allow but documents hold) whose parameters every operation declares <c>in: query</c>: the
        /// segment is then <c>articles{query}</c> (named as Kiota names it, <c>ArticlesWithQuery</c>), a method of its
        /// parent without arguments, and its URL the path before the <c>?</c>, the operations adding their query.
        /// </summary>
        public bool IsQuerySegment { get; set; }

        /// <summary>
        /// The empty segment a trailing slash leaves (<c>/transform/list/languagepairs/</c>): a builder of its own, Kiota's
        /// <c>EmptyPathSegment</c>, whose URL ends with the slash.
        /// </summary>
        public bool IsEmptySegment => Segment.Length == 0 && Parent is not null;

        /// <summary>Whether a <c>{parameter}</c> segment's array or object parameter is exploded (<c>{.x*}</c>): <c>explode: true</c> in the spec.</summary>
        public bool Explode { get; set; }

        public List<PathNode> Children { get; } = new List<PathNode>();

        /// <summary>The node above; null for the root.</summary>
        public PathNode? Parent { get; set; }

        /// <summary>The children by literal segment; an item child under <c>{}</c> and what follows its parameter (<c>{}.json</c>).</summary>
        public Dictionary<string, PathNode> ChildrenByKey { get; } = new Dictionary<string, PathNode>(StringComparer.Ordinal);

        /// <summary>The normalized path down to this node (<c>/v1/nodes/{nodeId}</c>).</summary>
        public string Path { get; set; } = "/";

        /// <summary>
        /// The spec's path items that end here, the one Kiota keeps first (its parameters the names this and the nodes above
        /// are named after), then those whose parameters are named otherwise, in document order. Empty for a node no path
        /// ends at.
        /// </summary>
        public List<PathSource> Sources { get; } = new List<PathSource>();

        /// <summary>The key of the first path item that ends here, if any (it may differ from <see cref="Path"/>: <c>/a/</c>).</summary>
        public string? SpecPath => Sources.Count == 0 ? null : Sources[0].SpecPath;

        /// <summary>The first path item that ends here, if any.</summary>
        public IOpenApiPathItem? Item => Sources.Count == 0 ? null : Sources[0].Item;

        /// <summary>
        /// The <c>{parameter}.json</c> sibling whose operations this <c>{parameter}</c> item builder also carries, each with
        /// its own URL (<c>/topics/{id}.json</c> beside <c>/topics/{id}</c>); null for none.
        /// </summary>
        public PathNode? Folded { get; private set; }

        /// <summary>
        /// Makes a <c>{parameter}.json</c> segment a method of its parent, as a segment mixing text and parameters is:
        /// its parent has another item segment, and a builder has one indexer.
        /// </summary>
        public void DemoteToMethod()
        {
            SegmentParameters = new[] { ParameterName! };
            ParameterName = null;
            Operator = string.Empty;
            Explode = false;
        }

        /// <summary>
        /// Carries the operations of <paramref name="sibling"/> (<c>{id}.json</c>, or <c>{external_id}.json</c> beside
        /// <c>{provider}</c>) on this item builder (<c>{id}</c>), as Kiota's merged builder does, and takes the sibling out
        /// of the tree: no children of its own, no HTTP method in common and, when it names the parameter otherwise, a name
        /// no builder above sets (the indexer sets it too), or nothing is folded.
        /// </summary>
        /// <returns>Whether the sibling was folded.</returns>
        public bool TryFold(PathNode sibling)
        {
            var mine = Methods(this);
            var theirs = Methods(sibling);
            if (Folded is not null || sibling.Children.Count != 0 || mine.Intersect(theirs).Any())
            {
                return false;
            }

            var name = sibling.ParameterName!;
            if (!ParameterNames().Contains(name))
            {
                if (Parent!.SetsAtOrAbove(name))
                {
                    // This indexer would overwrite the value an indexer above set for the paths below it.
                    return false;
                }

                _otherParameterNames.Add(name);
            }

            Folded = sibling;
            Parent!.Children.Remove(sibling);
            return true;
        }

        /// <summary>
        /// The segment Kiota names this builder after when it merged siblings into it: of this one and a folded
        /// <c>{parameter}.json</c>, the one that sorts first (ordinal, ignoring case).
        /// </summary>
        public string MergedSegment() =>
            Folded is not null && StringComparer.OrdinalIgnoreCase.Compare(Folded.Segment, Segment) < 0 ? Folded.Segment : Segment;

        /// <summary>
        /// Takes <paramref name="name"/>, a sibling path's name for this segment's parameter, as one more name of it. Kiota
        /// names the merged builder after the name whose <c>{segment}</c> sorts first (ordinal, ignoring case), so that one
        /// becomes <see cref="ParameterName"/>.
        /// </summary>
        public void AddParameterName(string name)
        {
            if (name == ParameterName || _otherParameterNames.Contains(name))
            {
                return;
            }

            if (StringComparer.OrdinalIgnoreCase.Compare("{" + name + "}", "{" + ParameterName + "}") < 0)
            {
                _otherParameterNames.Add(ParameterName!);
                ParameterName = name;
                Segment = "{" + name + "}";
            }
            else
            {
                _otherParameterNames.Add(name);
            }
        }

        /// <summary>
        /// Adds <paramref name="child"/> below this node under <paramref name="key"/>, its path this node's followed by
        /// <paramref name="text"/>.
        /// </summary>
        /// <returns>The child.</returns>
        public PathNode AddChild(string key, PathNode child, string text)
        {
            child.Parent = this;
            child.Path = Path.TrimEnd('/') + "/" + text;
            Children.Add(child);
            ChildrenByKey[key] = child;
            return child;
        }

        /// <summary>Whether the indexer of this node or of a node above it sets <paramref name="name"/> (merged siblings' names included).</summary>
        public bool SetsAtOrAbove(string name)
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.ParameterNames().Contains(name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The parameter's names, <see cref="ParameterName"/> first; empty for a node that is no item segment.</summary>
        public IEnumerable<string> ParameterNames() =>
            ParameterName is null ? Enumerable.Empty<string>() : new[] { ParameterName }.Concat(_otherParameterNames);

        private static IEnumerable<string> Methods(PathNode node) =>
            node.Sources.SelectMany(s => s.Item.Operations?.Keys ?? Enumerable.Empty<System.Net.Http.HttpMethod>()).Select(k => k.Method.ToUpperInvariant());

        /// <summary>The first path's URL as a URI template (see <see cref="UrlTemplate(string)"/>).</summary>
        public string UrlTemplate() => UrlTemplate(SpecPath ?? Path);

        /// <summary>
        /// <paramref name="specPath"/>, a path that ends at this node, as a URI template: each parameter an encoded
        /// template variable of the path's own name, in the style of the node it sits at.
        /// </summary>
        public string UrlTemplate(string specPath)
        {
            var nodes = new List<PathNode>();
            for (var node = this; node is not null; node = node.Parent)
            {
                nodes.Insert(0, node);
            }

            // A query segment's URL is the path before its `?`: the operations add their query.
            if (IsQuerySegment && specPath.IndexOf('?') is var query and > 0)
            {
                specPath = specPath.Substring(0, query);
            }

            // nodes[0] is the root (no segment): segment i of the path is node i + 1.
            var parts = specPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select((p, i) => ParameterPattern.Replace(p, m => i + 1 < nodes.Count
                    ? "{" + nodes[i + 1].Operator + Names.ToTemplateVariable(m.Groups[1].Value) + (nodes[i + 1].Explode ? "*" : string.Empty) + "}"
                    : "{" + Names.ToTemplateVariable(m.Groups[1].Value) + "}"));
            // The empty segment after a trailing slash (`/languagepairs/`) keeps the slash.
            return "/" + string.Join("/", parts) + (IsEmptySegment ? "/" : string.Empty);
        }
    }
}
