using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Tests.Helpers;

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
        writer.WriteLines("a\r\nb");
        writer.CloseBlock(";");

        Assert.Equal("class C\n{\n    int X;\n\n    a\n    b\n};\n", writer.ToString());
    }

    [Fact]
    public void ClosingMoreBlocksThanOpenedShouldThrow()
    {
        var writer = new SourceWriter();

        Assert.Throws<System.InvalidOperationException>(() => writer.CloseBlock());
    }
}
