using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi;
using Prevu3d.Generator.Model;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Where the parsing stages report: every diagnostic is located through the spec's
    /// <see cref="SpecPositions"/> and lands in one list, in the order the stages run.
    /// </summary>
    /// <remarks>
    /// The one piece of state the stages share, passed to each explicitly. It also remembers what was
    /// reported once per spec (a dangling reference reached from several places, a server variable
    /// without default seen by a builder and each of its operations).
    /// </remarks>
    internal sealed class DiagnosticSink
    {
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly HashSet<string> _reportedReferences = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _reportedOnce = new HashSet<string>(System.StringComparer.Ordinal);

        private readonly IReadOnlyList<KeyValuePair<string, string>> _pointerMap;

        public DiagnosticSink(List<DiagnosticInfo> diagnostics, SpecPositions positions)
            : this(diagnostics, positions, System.Array.Empty<KeyValuePair<string, string>>())
        {
        }

        /// <param name="diagnostics">Where diagnostics land.</param>
        /// <param name="positions">The spec's positions.</param>
        /// <param name="pointerMap">Pointers of parts <see cref="ReferenceBundler"/> made → the spec pointer to locate them at.</param>
        public DiagnosticSink(List<DiagnosticInfo> diagnostics, SpecPositions positions, IReadOnlyList<KeyValuePair<string, string>> pointerMap)
        {
            _diagnostics = diagnostics;
            Positions = positions;
            _pointerMap = pointerMap;
        }

        public SpecPositions Positions { get; }

        /// <summary>The spec position of a pointer, through the bundler's map for a component it made.</summary>
        public LocationInfo Locate(string? pointer)
        {
            if (pointer is not null)
            {
                foreach (var pair in _pointerMap)
                {
                    if (pointer.StartsWith(pair.Key, System.StringComparison.Ordinal) && (pointer.Length == pair.Key.Length || pointer[pair.Key.Length] == '/'))
                    {
                        // A moved part keeps its inner path; a part copied from another file is located at its reference.
                        return Positions.Locate(pair.Value + pointer.Substring(pair.Key.Length));
                    }
                }
            }

            return Positions.Locate(pointer);
        }

        public void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

        public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(pointer), arguments));

        /// <summary>P3D0004: a construct the generator does not support, and what it does instead.</summary>
        public void Unsupported(string pointer, string what) =>
            Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, pointer, what);

        /// <summary>Like <see cref="Unsupported"/>, once per <paramref name="key"/>.</summary>
        public void UnsupportedOnce(string key, string pointer, string what)
        {
            if (_reportedOnce.Add(key))
            {
                Unsupported(pointer, what);
            }
        }

        /// <summary>P3D0013 once per <paramref name="key"/>: a defect of the document that does not stop a correct client.</summary>
        public void LenientOnce(string key, string pointer, string what)
        {
            if (_reportedOnce.Add(key))
            {
                Report(DiagnosticDescriptors.LenientFinding, pointer, pointer, what);
            }
        }

        /// <summary>P3D0003 once per reference and place, however many stages reach it.</summary>
        public void Dangling(string reference, string? pointer)
        {
            if (FirstDangling(reference, pointer))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, Locate(pointer), reference));
            }
        }

        /// <summary>True the first time a dangling reference is seen at a place (the reader's warnings count).</summary>
        public bool FirstDangling(string reference, string? pointer) => _reportedReferences.Add(reference + "|" + pointer);

        /// <summary>P3D0005: two spec names give the same C# name in one scope.</summary>
        public void Collision(string pointer, string first, string second, string name, string scope) =>
            Report(DiagnosticDescriptors.NameCollision, pointer, first, second, name, scope);

        /// <summary>The reference text when <paramref name="element"/> is a $ref that resolves to nothing.</summary>
        public static string? Unresolved(object? element) => element switch
        {
            OpenApiSchemaReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
            OpenApiParameterReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
            OpenApiRequestBodyReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
            OpenApiResponseReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
            _ => null,
        };
    }
}
