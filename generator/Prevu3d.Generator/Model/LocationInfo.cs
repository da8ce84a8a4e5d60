using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Prevu3d.Generator.Model
{
    /// <summary>A position in a spec file, kept as plain values so it can be cached.</summary>
    /// <remarks>
    /// Caching rule: a <see cref="Location"/> holds a syntax tree or a file path and spans; it is
    /// rebuilt from this record only when a diagnostic is reported, never stored in the pipeline.
    /// </remarks>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>A location at the start of a file, for problems without a better position.</summary>
        public static LocationInfo FileStart(string filePath) => new LocationInfo(filePath, 0, 0, 0, 0, 0, 0);

        public Location ToLocation() => Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
    }
}
