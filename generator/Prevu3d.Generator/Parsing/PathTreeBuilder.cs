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

        /// <summary>The parameter's name for a <c>{parameter}</c> segment; null for a literal one.</summary>
        public string? ParameterName { get; }

        /// <summary>
        /// The parameters of a segment that mixes text and parameters (<c>{id}:cancel</c>, <c>thumbnail.{ext}</c>), in
        /// order; empty for a literal or a <c>{parameter}</c> segment. Such a segment is a method of its parent builder.
        /// </summary>
        public IReadOnlyList<string> SegmentParameters { get; set; } = Array.Empty<string>();

        /// <summary>The URI template operator of a <c>{parameter}</c> segment: <c>.</c> for style label, <c>;</c> for matrix, else empty.</summary>
        public string Operator { get; set; } = string.Empty;

        /// <summary>Whether a <c>{parameter}</c> segment's array or object parameter is exploded (<c>{.x*}</c>): <c>explode: true</c> in the spec.</summary>
        public bool Explode { get; set; }

        public List<PathNode> Children { get; } = new List<PathNode>();

        /// <summary>The node above; null for the root.</summary>
        public PathNode? Parent { get; set; }

        /// <summary>The children by literal segment; the parameter child under <c>{}</c>.</summary>
        public Dictionary<string, PathNode> ChildrenByKey { get; } = new Dictionary<string, PathNode>(StringComparer.Ordinal);

        /// <summary>The normalized path down to this node (<c>/v1/nodes/{nodeId}</c>).</summary>
        public string Path { get; set; } = "/";

        /// <summary>The key of the spec's path item that ends here, if any (it may differ from <see cref="Path"/>: <c>/a/</c>).</summary>
        public string? SpecPath { get; set; }

        public IOpenApiPathItem? Item { get; set; }

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
            return "/" + string.Join("/", parts);
        }
    }

    /// <summary>Arranges the document's paths into a tree of segments, one request builder per node.</summary>
    internal static class PathTreeBuilder
    {
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

            return root;
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

        /// <summary>The node of <paramref name="path"/>, creating the missing segments; null when the path is skipped.</summary>
        private static PathNode? Walk(PathNode root, string path, IOpenApiPathItem item, string pointer, DiagnosticSink sink)
        {
            var node = root;
            foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
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

                    if (matches.Count == 1 && matches[0].Length == segment.Length)
                    {
                        parameter = matches[0].Groups[1].Value;
                    }
                    else
                    {
                        // Text and parameters in one segment (`{id}:cancel`): a method of the parent, as Kiota makes it.
                        segmentParameters = matches.Select(m => m.Groups[1].Value).ToList();
                    }
                }

                // Looked up by key, not by scanning siblings: thousands of paths stay linear.
                var key = parameter is null ? segment : "{}";
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

            return node;
        }
    }
}
