using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Prevu3d.Generator.Helpers
{
    /// <summary>Compares by identity: a node or schema reached twice is the same object.</summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
