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
        /// The namespace of a child builder: its name, unless a type or namespace beside it has it already (then
        /// <c>ModelsRequests</c> in Kiota's style, <c>ModelsEndpoint</c> in Pascal's). Kiota's style also suffixes a
        /// segment named like a <c>System</c> type: <c>Math</c> → <c>MathNamespace</c>, and escapes <c>Json</c> →
        /// <c>JsonEscaped</c>.
        /// </summary>
        public string ChildNamespace(string ns, string preferred)
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

            return scope.TryReserve(preferred, preferred) ? preferred : scope.ReserveWithSuffix(preferred + (kiota ? "Requests" : "Endpoint"), preferred);
        }
    }
}
