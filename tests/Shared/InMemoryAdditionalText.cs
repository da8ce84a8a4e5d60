using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Prevu3d.Testing;

/// <summary>
/// A spec held in memory and handed to the generator as an <c>AdditionalFiles</c> item, as the compiler does.
/// One file, linked into the generator tests, the benchmarks and the corpus runner.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
