using Microsoft.CodeAnalysis;
using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>A diagnostic waiting to be reported: descriptor id, location and message arguments.</summary>
    /// <remarks>
    /// Caching rule: holds the descriptor's id rather than the <see cref="DiagnosticDescriptor"/>
    /// and a <see cref="LocationInfo"/> rather than a <see cref="Location"/>, so it compares by value.
    /// </remarks>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var descriptor = DiagnosticDescriptors.Find(Id);
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
