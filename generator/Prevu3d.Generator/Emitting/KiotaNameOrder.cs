using System.Collections.Generic;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// The order in which <c>kiota generate -l CSharp</c> 1.38 writes a model's properties in <c>Serialize</c>: by C#
    /// property name with .NET's culture-sensitive comparer (ICU, as on Windows, macOS and glibc Linux), so a JSON or
    /// form body of ours has its keys in the same order as Kiota's. Reproduced here for identifiers rather than asked of
    /// the culture, which would make the generator's output depend on the machine (ordinal in invariant-globalization
    /// mode): letters compare without case (<c>ListennotesUrl</c> before <c>ListenScore</c>), <c>_</c> before digits
    /// before letters, and of two names equal but for case the one whose first differing letter is lower case first.
    /// </summary>
    internal sealed class KiotaNameOrder : IComparer<string>
    {
        public static readonly KiotaNameOrder Instance = new KiotaNameOrder();

        private KiotaNameOrder()
        {
        }

        public int Compare(string? x, string? y)
        {
            // A keyword's '@' is C# syntax, not part of the name Kiota sorted.
            var a = (x ?? string.Empty).TrimStart('@');
            var b = (y ?? string.Empty).TrimStart('@');
            var length = System.Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                var primary = Weight(a[i]).CompareTo(Weight(b[i]));
                if (primary != 0)
                {
                    return primary;
                }
            }

            if (a.Length != b.Length)
            {
                return a.Length.CompareTo(b.Length);
            }

            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    // Equal but for case here: lower case first.
                    return char.IsLower(a[i]) ? -1 : 1;
                }
            }

            return 0;
        }

        private static int Weight(char c)
        {
            if (c == '_')
            {
                return 0;
            }

            if (c >= '0' && c <= '9')
            {
                return 1 + (c - '0');
            }

            var lower = char.ToLowerInvariant(c);
            return lower >= 'a' && lower <= 'z' ? 100 + (lower - 'a') : 1000 + lower;
        }
    }
}
