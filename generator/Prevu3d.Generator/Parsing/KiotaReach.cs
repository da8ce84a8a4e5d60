using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The node of the path tree where Kiota 1.38 first meets each component schema: it builds a component's class (its
    /// properties, its base, the classes its discriminator names) where a path's operation first refers to it, and a type
    /// it names after no schema (the inline items of an array component, <c>search-result-text-matches</c>) takes the name
    /// of that node (<c>Code</c> under <c>/search/code</c>, see <see cref="SchemaResolver"/>).
    /// </summary>
    /// <remarks>
    /// Kiota walks the tree depth first, a node's operations before its children, the children in the order the
    /// document's paths first name them, each operation's schemas in turn; a component met again keeps the node it was
    /// first met at, and so do the components met through it. Kiota walks the children of a node in parallel, so where two
    /// subtrees reach a component its choice may vary from run to run; this is the walk run in one thread.
    /// </remarks>
    internal static class KiotaReach
    {
        /// <summary>Component id → the first node whose operations reach it, directly or through other components.</summary>
        public static Dictionary<string, PathNode> Compute(PathNode root, OpenApiDocument document)
        {
            var reach = new Dictionary<string, PathNode>(StringComparer.Ordinal);
            var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
            var derived = DerivedComponents(components);
            var stack = new Stack<PathNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                var items = node.Sources.Select(s => s.Item).Concat(node.Folded?.Item is { } folded ? new[] { folded } : Enumerable.Empty<IOpenApiPathItem>());
                var visit = new Visit(node, reach, components, derived);
                foreach (var operation in items.SelectMany(i => i.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
                {
                    foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                    {
                        visit.Schema(media.Schema);
                    }

                    foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                    {
                        foreach (var media in response.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                        {
                            visit.Schema(media.Schema);
                        }
                    }
                }

                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(node.Children[i]);
                }
            }

            return reach;
        }

        /// <summary>
        /// Component id → the components whose <c>allOf</c> refers to it: Kiota builds them with it (the classes its
        /// discriminator may create).
        /// </summary>
        private static Dictionary<string, List<string>> DerivedComponents(IDictionary<string, IOpenApiSchema> components)
        {
            var derived = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var pair in components)
            {
                // A component that is a reference has no allOf of its own (and reading one through a cycle throws).
                if (pair.Value is OpenApiSchemaReference)
                {
                    continue;
                }

                foreach (var member in pair.Value.AllOf?.OfType<OpenApiSchemaReference>() ?? Enumerable.Empty<OpenApiSchemaReference>())
                {
                    if (member.Reference?.Id is { } id)
                    {
                        if (!derived.TryGetValue(id, out var list))
                        {
                            list = new List<string>();
                            derived[id] = list;
                        }

                        list.Add(pair.Key);
                    }
                }
            }

            return derived;
        }

        /// <summary>
        /// One node's walk through the schemas of its operations, marking the components it reaches first. A work list,
        /// not recursion: a document may chain thousands of components.
        /// </summary>
        private sealed class Visit
        {
            private readonly PathNode _node;
            private readonly Dictionary<string, PathNode> _reach;
            private readonly IDictionary<string, IOpenApiSchema> _components;
            private readonly Dictionary<string, List<string>> _derived;
            private readonly HashSet<IOpenApiSchema> _seen = new HashSet<IOpenApiSchema>(ReferenceComparer<IOpenApiSchema>.Instance);
            private readonly Stack<IOpenApiSchema> _pending = new Stack<IOpenApiSchema>();

            public Visit(PathNode node, Dictionary<string, PathNode> reach, IDictionary<string, IOpenApiSchema> components, Dictionary<string, List<string>> derived)
            {
                _node = node;
                _reach = reach;
                _components = components;
                _derived = derived;
            }

            /// <summary>Marks the components <paramref name="root"/> reaches that no node reached before.</summary>
            public void Schema(IOpenApiSchema? root)
            {
                Push(root);
                while (_pending.Count > 0)
                {
                    var schema = _pending.Pop();
                    if (schema is OpenApiSchemaReference reference)
                    {
                        if (reference.Reference?.Id is { } id)
                        {
                            Component(id);
                        }

                        continue;
                    }

                    foreach (var property in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
                    {
                        Push(property);
                    }

                    // Kiota reads the items of an array only (`type: object` with `items` is an object).
                    if (SchemaResolver.NonNullType(schema) == JsonSchemaType.Array)
                    {
                        Push(schema.Items);
                    }

                    foreach (var member in (schema.AllOf ?? Enumerable.Empty<IOpenApiSchema>()).Concat(schema.OneOf ?? Enumerable.Empty<IOpenApiSchema>()).Concat(schema.AnyOf ?? Enumerable.Empty<IOpenApiSchema>()))
                    {
                        Push(member);
                    }

                    foreach (var mapped in schema.Discriminator?.Mapping?.Values ?? Enumerable.Empty<OpenApiSchemaReference>())
                    {
                        Push(mapped);
                    }
                }
            }

            private void Push(IOpenApiSchema? schema)
            {
                if (schema is not null && (schema is OpenApiSchemaReference || _seen.Add(schema)))
                {
                    _pending.Push(schema);
                }
            }

            /// <summary>Marks a component and the components deriving from it (whose classes Kiota builds with it), then reads them.</summary>
            private void Component(string id)
            {
                var ids = new Stack<string>();
                ids.Push(id);
                while (ids.Count > 0)
                {
                    var current = ids.Pop();
                    if (_reach.ContainsKey(current) || !_components.TryGetValue(current, out var schema))
                    {
                        continue;
                    }

                    _reach[current] = _node;
                    Push(schema);
                    foreach (var child in _derived.TryGetValue(current, out var list) ? list : Enumerable.Empty<string>())
                    {
                        ids.Push(child);
                    }
                }
            }
        }
    }
}
