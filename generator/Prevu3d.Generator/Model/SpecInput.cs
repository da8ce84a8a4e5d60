namespace Prevu3d.Generator.Model
{
    /// <summary>One candidate spec file with the options that apply to it.</summary>
    /// <remarks>
    /// Caching rule: only strings, so an edit of an unrelated C# file leaves it equal and every
    /// later stage cached. The text is copied out of the <c>SourceText</c> on purpose.
    /// </remarks>
    internal sealed record SpecInput(string FilePath, string Text, string ClientNamespace, string ClientClassName);
}
