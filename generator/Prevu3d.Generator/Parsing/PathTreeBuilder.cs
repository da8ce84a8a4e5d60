using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>One segment of the path tree: a literal (<c>nodes</c>) or a parameter (<c>{nodeId}</c>).</summary>
    internal sealed class PathNode
    {
        public PathNode(string segment, string? parameterName)
        {
            Segment = segment;
            ParameterName = parameterName;
        }

        public string Segment { get; }

        /// <summary>The parameter's name for a <c>{parameter}</c> segment; null for a literal one.</summary>
        public string? ParameterName { get; }

        public List<PathNode> Children { get; } = new List<PathNode>();

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
            var parts = Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.StartsWith("{", StringComparison.Ordinal) ? "{" + Names.ToTemplateVariable(p.Substring(1, p.Length - 2)) + "}" : p);
            return "/" + string.Join("/", parts);
        }
    }

    /// <summary>Arranges the document's paths into a tree of segments, one request builder per node.</summary>
    internal static class PathTreeBuilder
    {
        /// <summary>
        /// The tree of <paramref name="document"/>'s paths. A path whose segments cannot become builders
        /// (text and a parameter in one segment, a parameter renamed between paths) or that normalizes onto
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
                var node = Walk(root, pair.Key, pointer, sink);
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

        /// <summary>The node of <paramref name="path"/>, creating the missing segments; null when the path is skipped.</summary>
        private static PathNode? Walk(PathNode root, string path, string pointer, DiagnosticSink sink)
        {
            var node = root;
            foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string? parameter = null;
                if (segment.IndexOf('{') >= 0 || segment.IndexOf('}') >= 0)
                {
                    if (!(segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal) && segment.IndexOf('{', 1) < 0))
                    {
                        sink.Unsupported(pointer, "the path segment '" + segment + "' mixes text and parameters; the path is skipped");
                        return null;
                    }

                    parameter = segment.Substring(1, segment.Length - 2);
                }

                // Looked up by key, not by scanning siblings: thousands of paths stay linear.
                var key = parameter is null ? segment : "{}";
                if (!node.ChildrenByKey.TryGetValue(key, out var child))
                {
                    child = new PathNode(segment, parameter) { Path = node.Path.TrimEnd('/') + "/" + segment };
                    node.Children.Add(child);
                    node.ChildrenByKey[key] = child;
                }
                else if (parameter is not null && child.ParameterName != parameter)
                {
                    sink.Unsupported(pointer, "the path parameter '{" + parameter + "}' sits where another path names it '{" + child.ParameterName + "}'; the path is skipped");
                    return null;
                }

                node = child;
            }

            return node;
        }
    }
}
