using System.Collections.Generic;
using System.Globalization;

namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// Hands out C# names inside one scope (a class, a namespace): the preferred name first,
    /// then the fallbacks of <see cref="ReserveSpecName(string, string)"/>, so two spec names never share one.
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

        /// <summary>
        /// Reserves a name from the spec by Kiota's rule: its Pascal case (<paramref name="preferred"/>), else the
        /// fallbacks of <see cref="ReserveSpecName(string, string)"/>. Never fails: a clash gets a distinct name.
        /// </summary>
        public string ReserveSpecName(string raw, out string preferred)
        {
            preferred = Names.ToPascalCase(raw);
            return ReserveSpecName(raw, preferred);
        }

        /// <summary>
        /// Reserves <paramref name="preferred"/> for the spec name <paramref name="raw"/>, else the underscored
        /// fallback (<c>Foo_bar</c>), else the name with its symbols spelled (<c>+1</c>/<c>-1</c> →
        /// <c>Plus1</c>/<c>Minus1</c>), else a numbered suffix as a last resort (<c>FooBar2</c>).
        /// </summary>
        /// <remarks>Real documents hold such pairs (Stripe's <c>GMT0</c>/<c>GMT-0</c>); refusing them would refuse the API.</remarks>
        public string ReserveSpecName(string raw, string preferred) =>
            Reserve(raw, preferred, Names.ToUnderscoredName(raw), Names.ToSpelledName(raw)) ?? ReserveWithSuffix(preferred, raw);

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
