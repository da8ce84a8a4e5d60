using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The types Kiota's style names after a node of the path tree rather than a schema: the inline items of an array
    /// component that a model's property refers to. Kiota 1.38 drops the property's name for a referenced schema and has
    /// no name for the items of an array, so it names them after the node it builds the model at (see
    /// <see cref="KiotaReach"/>): github's <c>code-search-result-item.text_matches</c>, a <c>$ref</c> to the array
    /// <c>search-result-text-matches</c>, is a <c>List&lt;Models.Code&gt;</c>, met under <c>/search/code</c>, and the same
    /// items are <c>Models.Commits</c> in <c>commit-search-result-item</c>, met under <c>/search/commits</c>.
    /// </summary>
    /// <remarks>
    /// One class per node name and component, shared by every model built at a node of that name. Where that name is
    /// already another type's, Kiota reuses that type whatever it is (launchdarkly's <c>ApprovalRequest.instructions</c>
    /// becomes a list of the <c>ApprovalRequests</c> page): ours keeps the component's own name for the items there.
    /// Used at an operation (a body, a response), the array's items are named after the component, as Kiota names them after
    /// the operation's schema.
    /// </remarks>
    internal sealed partial class SchemaResolver
    {
        private readonly Dictionary<PathNode, string> _nodeBases = new Dictionary<PathNode, string>(ReferenceComparer<PathNode>.Instance);
        private readonly Dictionary<string, TypeRef> _nodeNamedItems = new Dictionary<string, TypeRef>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _nodeNamedInProgress = new HashSet<string>(System.StringComparer.Ordinal);
        private IReadOnlyDictionary<string, PathNode>? _reach;

        /// <summary>The reference the value of the model property being typed is, if it is one (<see cref="PropertyReference"/>).</summary>
        private OpenApiSchemaReference? _propertyReference;

        /// <summary>The name Kiota gives types named after the node being read (its builder's type base), or null.</summary>
        private string? _nodeBase;

        /// <summary>Where Kiota first meets each component (<see cref="KiotaReach"/>); only in Kiota's style.</summary>
        public void SetReach(IReadOnlyDictionary<string, PathNode> reach) => _reach = reach;

        /// <summary>The builder of <paramref name="node"/> is being read: its types are named after <paramref name="typeBase"/>.</summary>
        public void EnterNode(PathNode node, string typeBase)
        {
            _nodeBases[node] = typeBase;
            _nodeBase = typeBase;
        }

        /// <summary>No builder is being read: types are named after no node (the walk is over).</summary>
        public void LeaveNode() => _nodeBase = null;

        /// <summary>
        /// The model of component <paramref name="id"/> is being built: at the node Kiota first meets it, or at none (a
        /// component no operation reaches, built after the walk).
        /// </summary>
        public void EnterComponent(string id) =>
            _nodeBase = _reach is not null && _reach.TryGetValue(id, out var node) && _nodeBases.TryGetValue(node, out var typeBase) ? typeBase : null;

        /// <summary>
        /// An alias component is being resolved, once for every place that refers to it: its inline types are named at the
        /// node Kiota first meets it (in Kiota's style). Returns the node name to restore afterwards.
        /// </summary>
        private string? EnterAlias(string id)
        {
            var current = _nodeBase;
            if (_reach is not null)
            {
                EnterComponent(id);
            }

            return current;
        }

        /// <summary>
        /// A property's reference to an array component whose items are an inline model or enum, in Kiota's style: the items
        /// named after the node (<see cref="SchemaResolver"/>'s remarks on this file); null to resolve it as any alias.
        /// </summary>
        private TypeRef? ResolveNodeNamedItems(ComponentEntry entry)
        {
            if (Style != NamingStyle.Kiota || _nodeBase is not { Length: > 0 } nodeBase || entry.InlineContext is not null
                || !HasNamedInlineItems(entry.Schema))
            {
                return null;
            }

            var key = entry.Id + "\n" + nodeBase;
            if (_nodeNamedItems.TryGetValue(key, out var known))
            {
                return known;
            }

            var ns = string.IsNullOrEmpty(entry.Namespace) ? _modelsNamespace : entry.Namespace;
            var pointer = PointerOf(entry);
            if (_nodeNamedInProgress.Contains(key))
            {
                // The items refer to their own array: the model being built answers (see ResolveInlineModel).
                return Resolve(entry.Schema, nodeBase, ns, pointer, asError: false);
            }

            if (_scopes.For(ns).IsTaken(nodeBase))
            {
                return null;
            }

            _nodeNamedInProgress.Add(key);
            var type = Resolve(entry.Schema, nodeBase, ns, pointer, asError: false);
            _nodeNamedInProgress.Remove(key);
            _nodeNamedItems[key] = type;
            return type;
        }

        /// <summary>
        /// The reference a property's value is: the schema itself, or the one alternative of a <c>oneOf</c>/<c>anyOf</c> besides
        /// <c>null</c>, which Kiota reads as that alternative; null otherwise. A reference deeper in the value (an array's
        /// items, an alternative of a union) is not the property's: Kiota names nothing after the node there.
        /// </summary>
        private static OpenApiSchemaReference? PropertyReference(IOpenApiSchema? schema)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                return reference;
            }

            var members = schema?.OneOf is { Count: > 0 } oneOf ? oneOf : schema?.AnyOf;
            var candidates = Alternatives(members);
            return schema is not null && schema.Properties is not { Count: > 0 } && candidates.Count == 1 ? candidates[0] as OpenApiSchemaReference : null;
        }

        /// <summary>An array whose items are an inline object or string enum: a type Kiota names after no schema.</summary>
        private static bool HasNamedInlineItems(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference && NonNullType(schema) == JsonSchemaType.Array && schema.Items is { } items
            && items is not OpenApiSchemaReference && (IsObjectSchema(items) || IsStringEnum(items));
    }
}
