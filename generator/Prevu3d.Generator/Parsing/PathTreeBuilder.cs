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

        public string Segment { get; }

        /// <summary>
        /// The parameter's name for a <c>{parameter}</c> segment, or one followed by a file extension (<c>{id}.json</c>);
        /// null for a literal one or one that mixes text and parameters otherwise.
        /// </summary>
        public string? ParameterName { get; private set; }

        /// <summary>
        /// The parameters of a segment that mixes text and parameters (<c>{id}:cancel</c>, <c>thumbnail.{ext}</c>), in
        /// order; empty for a literal, a <c>{parameter}</c> or an item <c>{parameter}.json</c> segment. Such a segment
        /// is a method of its parent builder.
        /// </summary>
        public IReadOnlyList<string> SegmentParameters { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Whether the segment carried a query string in the document's path key (<c>articles?query={query}</c>, which
        /// OpenAPI does not allow but documents hold) whose parameters every operation declares <c>in: query</c>: the
        /// segment is then <c>articles{query}</c> (named as Kiota names it, <c>ArticlesWithQuery</c>), a method of its
        /// parent without arguments, and its URL the path before the <c>?</c>, the operations adding their query.
        /// </summary>
        public bool IsQuerySegment { get; set; }

        /// <summary>The URI template operator of a <c>{parameter}</c> segment: <c>.</c> for style label, <c>;</c> for matrix, else empty.</summary>
        public string Operator { get; set; } = string.Empty;

        /// <summary>Whether a <c>{parameter}</c> segment's array or object parameter is exploded (<c>{.x*}</c>): <c>explode: true</c> in the spec.</summary>
        public bool Explode { get; set; }

        public List<PathNode> Children { get; } = new List<PathNode>();

        /// <summary>The node above; null for the root.</summary>
        public PathNode? Parent { get; set; }

        /// <summary>The children by literal segment; an item child under <c>{}</c> and what follows its parameter (<c>{}.json</c>).</summary>
        public Dictionary<string, PathNode> ChildrenByKey { get; } = new Dictionary<string, PathNode>(StringComparer.Ordinal);

        /// <summary>The normalized path down to this node (<c>/v1/nodes/{nodeId}</c>).</summary>
        public string Path { get; set; } = "/";

        /// <summary>The key of the spec's path item that ends here, if any (it may differ from <see cref="Path"/>: <c>/a/</c>).</summary>
        public string? SpecPath { get; set; }

        public IOpenApiPathItem? Item { get; set; }

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
        /// Carries the operations of <paramref name="sibling"/> (<c>{id}.json</c>) on this item builder (<c>{id}</c>), as
        /// Kiota's merged builder does, and takes the sibling out of the tree: same parameter, no children of its own and
        /// no HTTP method in common, or nothing is folded.
        /// </summary>
        /// <returns>Whether the sibling was folded.</returns>
        public bool TryFold(PathNode sibling)
        {
            var mine = Item?.Operations?.Keys.Select(k => k.Method.ToUpperInvariant()) ?? Enumerable.Empty<string>();
            var theirs = sibling.Item?.Operations?.Keys.Select(k => k.Method.ToUpperInvariant()) ?? Enumerable.Empty<string>();
            if (Folded is not null || sibling.ParameterName != ParameterName || sibling.Children.Count != 0 || mine.Intersect(theirs).Any())
            {
                return false;
            }

            Folded = sibling;
            Parent!.Children.Remove(sibling);
            return true;
        }

        /// <summary>The path as a URI template: each parameter an encoded template variable.</summary>
        public string UrlTemplate()
        {
            var nodes = new List<PathNode>();
            for (var node = this; node is not null; node = node.Parent)
            {
                nodes.Insert(0, node);
            }

            // nodes[0] is the root (no segment): segment i of the path is node i + 1.
            var parts = Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select((p, i) => ParameterPattern.Replace(p, m => i + 1 < nodes.Count
                    ? "{" + nodes[i + 1].Operator + Names.ToTemplateVariable(m.Groups[1].Value) + (nodes[i + 1].Explode ? "*" : string.Empty) + "}"
                    : "{" + Names.ToTemplateVariable(m.Groups[1].Value) + "}"));
            // The empty segment after a trailing slash (`/languagepairs/`) keeps the slash.
            return "/" + string.Join("/", parts) + (IsEmptySegment ? "/" : string.Empty);
        }

        /// <summary>
        /// The empty segment a trailing slash leaves (<c>/transform/list/languagepairs/</c>): a builder of its own, Kiota's
        /// <c>EmptyPathSegment</c>, whose URL ends with the slash.
        /// </summary>
        public bool IsEmptySegment => Segment.Length == 0 && Parent is not null;
    }

    /// <summary>Arranges the document's paths into a tree of segments, one request builder per node.</summary>
    internal static class PathTreeBuilder
    {
        /// <summary>
        /// File extensions after a lone parameter that still make the segment an item builder reached by an indexer, as
        /// Kiota 1.38 reads them (<c>{id}.json</c>: <c>WithIdJsonItemRequestBuilder</c>); any other text makes it a method.
        /// </summary>
        private static readonly Regex ItemExtension = new Regex("^\\.(?:json|yaml|yml|csv|txt)$", RegexOptions.CultureInvariant);

        /// <summary>A query string in a path key: <c>name={name}</c> pairs joined by <c>&amp;</c>.</summary>
        private static readonly Regex QueryString = new Regex("^(?:([A-Za-z0-9_.-]+)=\\{\\1\\})(?:&([A-Za-z0-9_.-]+)=\\{\\2\\})*$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The tree of <paramref name="document"/>'s paths. A path whose segments cannot become builders
        /// (unbalanced braces, a parameter renamed between paths) or that normalizes onto
        /// another path is reported and left out.
        /// </summary>
        public static PathNode Build(OpenApiDocument document, DiagnosticSink sink)
        {
            var root = new PathNode(string.Empty, null);
            if (document.Paths is null)
            {
                return root;
            }

            foreach (var pair in document.Paths)
            {
                var pointer = SpecPointer.Append("#/paths", pair.Key);
                var node = Walk(root, pair.Key, pair.Value, pointer, sink);
                if (node?.SpecPath is { } earlier)
                {
                    // `/a`, `/a/` and `//a` are one builder: keeping either would drop the other's operations silently.
                    sink.Collision(pointer, earlier, pair.Key, node.Path, "the request builders");
                }
                else if (node is not null)
                {
                    node.Item = pair.Value;
                    node.SpecPath = pair.Key;
                }
            }

            KeepOneItemChild(root);
            return root;
        }

        /// <summary>
        /// Leaves each node one item child, the one its indexer reaches: a plain <c>{parameter}</c> one if there is one,
        /// else the first <c>{parameter}.json</c> one by segment. A <c>{parameter}.json</c> beside a plain one of the same
        /// parameter is folded into it (<see cref="PathNode.TryFold"/>); the other item children become methods.
        /// </summary>
        /// <remarks>
        /// Kiota merges such siblings (<c>{id}</c> and <c>{id}.json</c>) into one builder whose operations lose the
        /// extension from their URL (<c>/topics/{id}.json</c> sent as <c>/topics/7</c>); ours keeps each path's URL.
        /// </remarks>
        private static void KeepOneItemChild(PathNode node)
        {
            var items = node.Children.Where(c => c.ParameterName is not null)
                .OrderBy(c => c.Segment.Length == c.ParameterName!.Length + 2 ? 0 : 1)
                .ThenBy(c => c.Segment, StringComparer.Ordinal)
                .ToList();
            foreach (var extra in items.Skip(1))
            {
                // `{id}` beside `{id}.json`: the item builder carries both (Kiota's merged builder), when it can.
                if (items[0].Segment.Length != items[0].ParameterName!.Length + 2 || !items[0].TryFold(extra))
                {
                    extra.DemoteToMethod();
                }
            }

            foreach (var child in node.Children.ToList())
            {
                KeepOneItemChild(child);
            }
        }

        /// <summary>
        /// The URI template operator of path parameter <paramref name="name"/>'s style (label <c>{.x}</c>, matrix
        /// <c>{;x}</c>, else simple), and whether it explodes: only an array or object with <c>explode: true</c>.
        /// </summary>
        private static (string Operator, bool Explode) Style(IOpenApiPathItem item, string name)
        {
            var declared = (item.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                .Concat((item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()).Values.SelectMany(o => o.Parameters ?? Enumerable.Empty<IOpenApiParameter>()))
                .FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == name);
            var op = declared?.Style switch
            {
                ParameterStyle.Label => ".",
                ParameterStyle.Matrix => ";",
                _ => string.Empty,
            };
            var structured = declared?.Schema?.Type is { } type && (type.HasFlag(JsonSchemaType.Array) || type.HasFlag(JsonSchemaType.Object));
            return (op, structured && declared!.Explode);
        }

        /// <summary>
        /// The last segment of a path key that holds a query string (<c>articles?query={query}</c>): its text before the
        /// <c>?</c> and its name (<c>articles{query}</c>); null unless each parameter of the query string is declared
        /// <c>in: query</c> by every operation, so that the operations' own query sends it.
        /// </summary>
        private static (string Text, string Name)? QuerySegment(string segment, IOpenApiPathItem item)
        {
            var start = segment.IndexOf('?');
            if (start <= 0 || segment.Substring(0, start).IndexOfAny(new[] { '{', '}' }) >= 0)
            {
                return null;
            }

            var query = segment.Substring(start + 1);
            if (!QueryString.IsMatch(query))
            {
                return null;
            }

            var names = query.Split('&').Select(pair => pair.Substring(0, pair.IndexOf('='))).ToList();
            var operations = (item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()).Values.ToList();
            bool Declares(OpenApiOperation operation, string name) =>
                (item.Parameters ?? Enumerable.Empty<IOpenApiParameter>()).Concat(operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>())
                    .Any(p => p.In == ParameterLocation.Query && p.Name == name);
            if (operations.Count == 0 || !names.All(name => operations.All(operation => Declares(operation, name))))
            {
                return null;
            }

            var text = segment.Substring(0, start);
            return (text, text + string.Concat(names.Select(name => "{" + name + "}")));
        }

        /// <summary>The node of <paramref name="path"/>, creating the missing segments; null when the path is skipped.</summary>
        private static PathNode? Walk(PathNode root, string path, IOpenApiPathItem item, string pointer, DiagnosticSink sink)
        {
            var node = root;
            var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            for (var index = 0; index < segments.Length; index++)
            {
                var segment = segments[index];
                if (index == segments.Length - 1 && QuerySegment(segment, item) is { } queryNode)
                {
                    // Keyed by the whole segment: `articles?query={query}` and `articles` are two builders.
                    if (!node.ChildrenByKey.TryGetValue(segment, out var queryChild))
                    {
                        queryChild = new PathNode(queryNode.Name, null) { Path = node.Path.TrimEnd('/') + "/" + queryNode.Text, IsQuerySegment = true, Parent = node };
                        node.Children.Add(queryChild);
                        node.ChildrenByKey[segment] = queryChild;
                    }

                    return queryChild;
                }

                string? parameter = null;
                IReadOnlyList<string> segmentParameters = Array.Empty<string>();
                if (segment.IndexOf('{') >= 0 || segment.IndexOf('}') >= 0)
                {
                    var matches = PathNode.ParameterPattern.Matches(segment).Cast<Match>().ToList();
                    var rest = PathNode.ParameterPattern.Replace(segment, string.Empty);
                    if (matches.Count == 0 || rest.IndexOf('{') >= 0 || rest.IndexOf('}') >= 0 || matches.Any(m => m.Groups[1].Length == 0))
                    {
                        sink.Unsupported(pointer, "the path segment '" + segment + "' has unbalanced or empty braces; the path is skipped");
                        return null;
                    }

                    if (matches.Count == 1 && matches[0].Index == 0
                        && (matches[0].Length == segment.Length || ItemExtension.IsMatch(segment.Substring(matches[0].Length))))
                    {
                        // `{id}` or `{id}.json`: an item builder, reached by the parent's indexer.
                        parameter = matches[0].Groups[1].Value;
                    }
                    else
                    {
                        // Text and parameters in one segment (`{id}:cancel`): a method of the parent, as Kiota makes it.
                        segmentParameters = matches.Select(m => m.Groups[1].Value).ToList();
                    }
                }

                // Looked up by key, not by scanning siblings: thousands of paths stay linear. Item segments are keyed by
                // what follows the parameter: `{id}` and `{id}.json` are two builders.
                var suffix = parameter is null ? string.Empty : segment.Substring(parameter.Length + 2);
                var key = parameter is null ? segment : "{}" + suffix;
                if (suffix.Length != 0 && node.ChildrenByKey.TryGetValue(key, out var sibling) && sibling.ParameterName != parameter)
                {
                    // `{id}.json` beside `{name}.json`: one indexer cannot reach both, so this one is a method, as it was.
                    (parameter, segmentParameters, key) = (null, new[] { parameter! }, segment);
                }

                if (!node.ChildrenByKey.TryGetValue(key, out var child))
                {
                    child = new PathNode(segment, parameter) { Path = node.Path.TrimEnd('/') + "/" + segment, SegmentParameters = segmentParameters, Parent = node };
                    node.Children.Add(child);
                    node.ChildrenByKey[key] = child;
                }
                else if (parameter is not null && child.ParameterName != parameter)
                {
                    sink.Unsupported(pointer, "the path parameter '{" + parameter + "}' sits where another path names it '{" + child.ParameterName + "}'; the path is skipped");
                    return null;
                }

                if (parameter is not null && child.Operator.Length == 0 && !child.Explode)
                {
                    (child.Operator, child.Explode) = Style(item, parameter);
                }

                node = child;
            }

            if (segments.Length > 0 && path.EndsWith("/", StringComparison.Ordinal))
            {
                // `/a/` is not `/a`: the server may answer one and not the other.
                if (!node.ChildrenByKey.TryGetValue(string.Empty, out var empty))
                {
                    empty = new PathNode(string.Empty, null) { Path = node.Path.TrimEnd('/') + "/", Parent = node };
                    node.Children.Add(empty);
                    node.ChildrenByKey[string.Empty] = empty;
                }

                node = empty;
            }

            return node;
        }
    }
}
