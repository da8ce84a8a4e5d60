using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>One candidate spec file with the options that apply to it, and the other files its <c>$ref</c>s name.</summary>
    /// <remarks>
    /// Caching rule: only strings, so an edit of an unrelated C# file leaves it equal and every
    /// later stage cached. The text is copied out of the <c>SourceText</c> on purpose. <see cref="Files"/> holds only
    /// the files the spec refers to (transitively), so editing another YAML file leaves this spec cached.
    /// </remarks>
    internal sealed record SpecInput(string FilePath, string Text, string ClientNamespace, string ClientClassName)
    {
        /// <summary>The <c>AdditionalFiles</c> the spec's relative <c>$ref</c>s name (a spec split over several files).</summary>
        public EquatableArray<ReferencedFile> Files { get; init; } = EquatableArray<ReferencedFile>.Empty;

        /// <summary>The <c>Prevu3dNaming</c> option as written (<c>Kiota</c> or <c>Pascal</c>); checked by the parser, which reports another value.</summary>
        public string Naming { get; init; } = OpenApiClientGenerator.DefaultNaming;
    }

    /// <summary>Another <c>AdditionalFiles</c> item a spec refers to: its path and text.</summary>
    /// <remarks>Caching rule: strings only.</remarks>
    internal sealed record ReferencedFile(string Path, string Text);
}
