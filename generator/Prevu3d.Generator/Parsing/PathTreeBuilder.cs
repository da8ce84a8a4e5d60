using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
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
        /// The tree of <paramref name="document"/>'s paths. A path whose segments cannot become builders (unbalanced
        /// braces, a parameter named as another path names the parameter of another segment) or that normalizes onto
        /// another path is reported and left out. Sibling paths that name the parameter of one segment differently share
        /// its builder, as Kiota merges them (<see cref="PathNode.AddParameterName"/>).
        /// </summary>
        public static PathNode Build(OpenApiDocument document, DiagnosticSink sink)
        {
            var root = new PathNode(string.Empty, null);
            if (document.Paths is null)
            {
                return root;
            }

            var clashes = ParameterMerges.Clashes(document.Paths.Keys);
            foreach (var pair in document.Paths)
            {
                var pointer = SpecPointer.Append("#/paths", pair.Key);
                if (clashes.TryGetValue(pair.Key, out var clash))
                {
                    sink.Unsupported(pointer, clash);
                    continue;
                }

                var node = Walk(root, pair.Key, pair.Value, pointer, sink);
                if (node is null)
                {
                    continue;
                }

                var segments = string.Join("/", new PathSource(pair.Key, pair.Value).Segments());
                if (node.Sources.FirstOrDefault(s => string.Join("/", s.Segments()) == segments) is { } earlier)
                {
                    // `/a`, `/a/` and `//a` are one builder: keeping either would drop the other's operations silently.
                    sink.Collision(pointer, earlier.SpecPath, pair.Key, node.Path, "the request builders");
                }
                else
                {
                    node.Sources.Add(new PathSource(pair.Key, pair.Value));
                }
            }

            ParameterMerges.OrderSources(root);
            KeepOneItemChild(root);
            return root;
        }

        /// <summary>
        /// Leaves each node one item child, the one its indexer reaches: a plain <c>{parameter}</c> one if there is one,
        /// else the first <c>{parameter}.json</c> one by segment. A <c>{parameter}.json</c> beside a plain one is folded into
        /// it when it can be (<see cref="PathNode.TryFold"/>); the other item children become methods.
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
                // `{id}` beside `{id}.json` (or `{name}.json`): the item builder carries both (Kiota's merged builder), when it can.
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
                    return node.ChildrenByKey.TryGetValue(segment, out var queryChild)
                        ? queryChild
                        : node.AddChild(segment, new PathNode(queryNode.Name, null) { IsQuerySegment = true }, queryNode.Text);
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
                    child = node.AddChild(key, new PathNode(segment, parameter) { SegmentParameters = segmentParameters }, segment);
                }
                else if (parameter is not null && child.ParameterName != parameter)
                {
                    // `{attestation_id}` beside `{subject_digest}`: one builder, as Kiota merges them; each path keeps its
                    // own name in its URL template, and the indexer sets every name.
                    child.AddParameterName(parameter);
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
                node = node.ChildrenByKey.TryGetValue(string.Empty, out var empty)
                    ? empty
                    : node.AddChild(string.Empty, new PathNode(string.Empty, null), string.Empty);
            }

            return node;
        }
    }
}
