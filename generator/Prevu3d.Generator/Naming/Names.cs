using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Prevu3d.Generator.Naming
{
    /// <summary>Turns spec names into C# names, following Kiota's conventions.</summary>
    /// <remarks>
    /// Casing and identifier rules here; literals and URI template variables in <c>Names.Literals.cs</c>;
    /// the members a generated type already has in <see cref="ReservedNames"/>; scopes in <see cref="NameScope"/>.
    /// </remarks>
    internal static partial class Names
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
        /// The second fallback when names collide: symbols spelled as words, so <c>+1</c> → <c>Plus1</c>,
        /// <c>-1</c> → <c>Minus1</c>, <c>GMT-0</c> → <c>GMTMinus0</c>, <c>a.b</c> → <c>ADotB</c>; a symbol without a
        /// word becomes its code point (<c>U2A</c>). Spaces and underscores stay separators.
        /// </summary>
        public static string ToSpelledName(string raw)
        {
            var builder = new StringBuilder(raw.Length + 8);
            var upperNext = true;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                    continue;
                }

                upperNext = true;
                if (c == '_' || char.IsWhiteSpace(c))
                {
                    continue;
                }

                var codePoint = char.IsSurrogatePair(raw, i) ? char.ConvertToUtf32(c, raw[++i]) : c;
                builder.Append(SymbolWord(codePoint));
            }

            return Finish(builder.ToString());
        }

        private static string SymbolWord(int codePoint) => codePoint switch
        {
            '+' => "Plus",
            '-' => "Minus",
            '.' => "Dot",
            '*' => "Star",
            '/' => "Slash",
            '\\' => "Backslash",
            '@' => "At",
            '#' => "Hash",
            '$' => "Dollar",
            '%' => "Percent",
            '&' => "And",
            '!' => "Bang",
            '=' => "Equals",
            '<' => "Lt",
            '>' => "Gt",
            ':' => "Colon",
            ',' => "Comma",
            '~' => "Tilde",
            '^' => "Caret",
            '|' => "Pipe",
            '?' => "Question",
            _ => "U" + codePoint.ToString("X2", CultureInfo.InvariantCulture),
        };

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

        /// <summary>
        /// The two passes that name a set of spec names: first those without separators, then the others, so
        /// <c>AccessToken</c> keeps its clean name next to <c>access_token</c> whatever their order in the spec.
        /// </summary>
        /// <remarks>Use as <c>foreach (var pass in CleanNamesFirst) … if (HasNoSeparators(raw) != pass) continue;</c>.</remarks>
        public static readonly bool[] CleanNamesFirst = { true, false };

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
}
