using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Prevu3d.Generator.Naming
{
    /// <summary>Spec text that goes into generated code as text: C# literals and URI template variables.</summary>
    internal static partial class Names
    {
        /// <summary>Escapes a string for a C# regular string literal.</summary>
        public static string Literal(string value) =>
            SymbolDisplay.FormatLiteral(value, quote: true);

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
    }
}
