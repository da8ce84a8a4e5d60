using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Prevu3d.Generator.Helpers
{
    /// <summary>Turns spec names into C# names, following Kiota's conventions.</summary>
    internal static class Names
    {
        /// <summary><c>api-info</c> → <c>ApiInfo</c>, <c>grant_type</c> → <c>GrantType</c>, <c>v1</c> → <c>V1</c>.</summary>
        public static string ToPascalCase(string raw)
        {
            var builder = new StringBuilder(raw.Length);
            var upperNext = true;
            foreach (var c in raw)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            return Finish(builder.ToString());
        }

        /// <summary>
        /// The fallback when two names collide after <see cref="ToPascalCase"/>: keep the separators
        /// as underscores, so <c>access_token</c> → <c>Access_token</c> next to <c>AccessToken</c>.
        /// </summary>
        public static string ToUnderscoredName(string raw)
        {
            var builder = new StringBuilder(raw.Length);
            foreach (var c in raw)
            {
                builder.Append(IsIdentifierChar(c) ? c : '_');
            }

            var text = builder.ToString().Trim('_');
            if (text.Length == 0)
            {
                // Nothing but symbols: spell them, so `-`, `--` and `!` stay apart.
                return SymbolName(raw);
            }

            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
            return Finish(text);
        }

        /// <summary>
        /// <c>""</c> → <c>Empty</c>, <c>-</c> → <c>Value_2D</c>, <c>😀</c> → <c>Value_1F600</c>: a name for a
        /// spec name without a letter or digit, distinct for distinct names.
        /// </summary>
        public static string SymbolName(string raw)
        {
            if (raw.Length == 0)
            {
                return "Empty";
            }

            var builder = new StringBuilder("Value");
            for (var i = 0; i < raw.Length; i++)
            {
                var codePoint = char.IsSurrogatePair(raw, i) ? char.ConvertToUtf32(raw[i], raw[++i]) : raw[i];
                builder.Append('_').Append(codePoint.ToString("X2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>True when a name needs no cleanup other than its first letter (an empty name needs more).</summary>
        public static bool HasNoSeparators(string raw)
        {
            if (raw.Length == 0)
            {
                return false;
            }

            foreach (var c in raw)
            {
                if (!IsIdentifierChar(c) || c == '_')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>nodeId</c> → <c>Node</c>, <c>user-id</c> → <c>User</c>, <c>id</c> → <c>Id</c>.</summary>
        public static string ItemName(string parameterName)
        {
            var pascal = ToPascalCase(parameterName);
            if (pascal.Length > 2 && pascal.EndsWith("Id", System.StringComparison.Ordinal))
            {
                return pascal.Substring(0, pascal.Length - 2);
            }

            return pascal;
        }

        /// <summary>Encodes a name as a URI template variable (RFC 6570 varchar: ALPHA, DIGIT, _ and pct-encoded).</summary>
        public static string ToTemplateVariable(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
                {
                    builder.Append(c);
                }
                else
                {
                    foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                    {
                        builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                    }
                }
            }

            return builder.ToString();
        }

        /// <summary>True when <paramref name="name"/> is a dotted C# namespace.</summary>
        public static bool IsValidNamespace(string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return false;
            }

            foreach (var part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsValidIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        /// <summary>Escapes a string for a C# regular string literal.</summary>
        public static string Literal(string value) =>
            SymbolDisplay.FormatLiteral(value, quote: true);

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static string Finish(string name)
        {
            if (name.Length == 0)
            {
                return "Value";
            }

            if (char.IsDigit(name[0]))
            {
                name = "_" + name;
            }

            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                name = "@" + name;
            }

            return name;
        }
    }

    /// <summary>
    /// Hands out C# names inside one scope (a class, a namespace): the preferred name first,
    /// then the underscored fallback; a clash that survives both is reported by the caller.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly Dictionary<string, string> _taken = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public NameScope(params string[] reserved)
        {
            foreach (var name in reserved)
            {
                _taken[name] = name;
            }
        }

        /// <summary>Reserves <paramref name="name"/> for <paramref name="owner"/>; false when it is already taken.</summary>
        public bool TryReserve(string name, string owner)
        {
            if (_taken.ContainsKey(name))
            {
                return false;
            }

            _taken[name] = owner;
            return true;
        }

        public bool IsTaken(string name) => _taken.ContainsKey(name);

        public string OwnerOf(string name) => _taken.TryGetValue(name, out var owner) ? owner : name;

        /// <summary>Reserves the first free name among the candidates, or returns null.</summary>
        public string? Reserve(string owner, params string[] candidates)
        {
            foreach (var candidate in candidates)
            {
                if (TryReserve(candidate, owner))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Reserves <paramref name="name"/>, or <c>name2</c>, <c>name3</c>… for synthetic names.</summary>
        public string ReserveWithSuffix(string name, string owner)
        {
            if (TryReserve(name, owner))
            {
                return name;
            }

            for (var i = 2; ; i++)
            {
                var candidate = name + i.ToString(CultureInfo.InvariantCulture);
                if (TryReserve(candidate, owner))
                {
                    return candidate;
                }
            }
        }
    }
}
