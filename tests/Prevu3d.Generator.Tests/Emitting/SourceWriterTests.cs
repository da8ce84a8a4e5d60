using Prevu3d.Generator.Emitting;

namespace Prevu3d.Generator.Tests.Emitting;

public sealed class SourceWriterTests
{
    [Fact]
    public void BlocksShouldIndentByFourSpacesWithUnixNewLines()
    {
        var writer = new SourceWriter();

        writer.WriteLine("class C");
        writer.OpenBlock();
        writer.WriteLine("int X;");
        writer.WriteLine();
        writer.WriteLine(string.Empty);
        writer.WriteLine("int Y;");
        writer.CloseBlock(";");

        Assert.Equal("class C\n{\n    int X;\n\n\n    int Y;\n};\n", writer.ToString());
    }

    [Fact]
    public void ClosingMoreBlocksThanOpenedShouldThrow()
    {
        var writer = new SourceWriter();

        Assert.Throws<System.InvalidOperationException>(() => writer.CloseBlock());
    }
}
