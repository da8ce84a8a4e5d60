using System;
using System.Collections.Generic;

namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// One <see cref="NameScope"/> per namespace of a client. Types and child namespaces share it: a type
    /// and a namespace of the same name in one namespace do not compile.
    /// </summary>
    internal sealed class TypeScopes
    {
        private readonly Dictionary<string, NameScope> _scopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);

        public TypeScopes(NamingStyle style = NamingStyle.Kiota)
        {
            Style = style;
        }

        /// <summary>How the client's names are spelled; every stage that names a type reads it here.</summary>
        public NamingStyle Style { get; }

        /// <summary>The scope of <paramref name="ns"/>, created on first use.</summary>
        public NameScope For(string ns)
        {
            if (!_scopes.TryGetValue(ns, out var scope))
            {
                scope = new NameScope();
                _scopes[ns] = scope;
            }

            return scope;
        }

        /// <summary>
        /// The namespace of a child builder: its name, shared with any builder that asked for it before, unless a type or
        /// another kind of namespace has it already (then <c>ModelsRequests</c> in Kiota's style, <c>ModelsEndpoint</c> in
        /// Pascal's). Kiota's style also suffixes a
        /// segment named like a <c>System</c> type: <c>Math</c> → <c>MathNamespace</c>, and escapes <c>Json</c> →
        /// <c>JsonEscaped</c> (and <c>xml</c>, <c>csv</c>, <c>yaml</c>, <c>yml</c>, <c>txt</c> alike).
        /// </summary>
        /// <remarks>
        /// The namespace of item builders (<paramref name="items"/>) and that of a plain segment are shared only among
        /// their own kind: a segment named <c>item</c> beside a <c>{id}</c> keeps the two apart (<c>Item</c>, <c>ItemRequests</c>).
        /// </remarks>
        public string ChildNamespace(string ns, string preferred, bool items = false)
        {
            var scope = For(ns);
            var kiota = Style == NamingStyle.Kiota;
            if (kiota && Names.IsSystemTypeName(preferred))
            {
                preferred += "Namespace";
            }
            else if (kiota && Names.IsKiotaEscapedNamespace(preferred))
            {
                preferred = ReservedNames.Escape(preferred);
            }

            // A namespace reached twice (the `Item` of `/t/{id}` and of `/t/-/{id}`, `-` naming no namespace) is one, as in
            // Kiota; a name a type has takes the suffix.
            var owner = (items ? "item namespace " : "namespace ") + ns + "." + preferred;
            if (scope.TryReserve(preferred, owner) || scope.OwnerOf(preferred) == owner)
            {
                return preferred;
            }

            return scope.ReserveWithSuffix(preferred + (kiota ? "Requests" : "Endpoint"), preferred);
        }
    }
}
