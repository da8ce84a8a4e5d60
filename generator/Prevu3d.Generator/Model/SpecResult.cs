using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>The outcome of parsing one spec: a client to emit (or none) and diagnostics.</summary>
    /// <remarks>
    /// Caching rule: the client carries no positions, so moving a line in the spec changes only
    /// <see cref="Diagnostics"/> and the source output stays cached.
    /// </remarks>
    internal sealed record SpecResult(ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);
}
