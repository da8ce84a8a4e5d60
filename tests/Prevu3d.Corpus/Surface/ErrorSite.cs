namespace Prevu3d.Corpus.Surface;

/// <summary>A compile error of Kiota's output and the id of the declaration it sits in, when one encloses it.</summary>
internal sealed record ErrorSite(string Error, string? Symbol);
