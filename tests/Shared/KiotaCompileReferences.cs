using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Prevu3d.Testing;

/// <summary>
/// The references a generated client is compiled against in memory: the framework and the Kiota packages the
/// running process was built with (not Roslyn or Microsoft.OpenApi, which it also loads). Linked into the generator
/// tests and the corpus runner, so both compile generated code against the same set.
/// </summary>
internal static class KiotaCompileReferences
{
    public static ImmutableArray<MetadataReference> Load()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p) is { } name
                && (name.StartsWith("System.", StringComparison.Ordinal)
                    || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"
                    || name.StartsWith("Microsoft.Kiota.", StringComparison.Ordinal)
                    || name.StartsWith("Std.UriTemplate", StringComparison.Ordinal)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
