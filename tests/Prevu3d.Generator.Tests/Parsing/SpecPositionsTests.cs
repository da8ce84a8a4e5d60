using Prevu3d.Generator.Parsing;

namespace Prevu3d.Generator.Tests.Parsing;

public sealed class SpecPositionsTests
{
    private const string Yaml = "openapi: 3.0.0\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - name: id\n        - name: other\n      responses: {}\n";

    [Theory]
    [InlineData("#/paths", 2)]
    [InlineData("#/paths/~1a~1{id}/get", 4)]
    [InlineData("#/paths/~1a~1%7Bid%7D/get", 4)]
    [InlineData("#/paths/~1a~1{id}/get/parameters/1", 7)]
    [InlineData("#/paths/~1a~1{id}/get/responses", 8)]
    [InlineData("#/paths/~1a~1{id}/get/missing/deeper", 4)]
    [InlineData("", 1)]
    [InlineData(null, 1)]
    public void PointerShouldLocateTheDeepestNodeItReaches(string? pointer, int line)
    {
        var positions = SpecPositions.Load("/spec.yaml", Yaml);

        var location = positions.Locate(pointer);

        Assert.Equal("/spec.yaml", location.FilePath);
        Assert.Equal(line, location.StartLine + 1);
    }

    [Fact]
    public void JsonWithTabsShouldBeLocatedToo()
    {
        var positions = SpecPositions.Load("/spec.json", "{\n\t\"openapi\": \"3.0.0\",\n\t\"paths\": {\n\t\t\"/a\": {}\n\t}\n}");

        Assert.Equal(4, positions.Locate("#/paths/~1a").StartLine + 1);
    }

    [Fact]
    public void EscapeShouldFollowRfc6901()
    {
        Assert.Equal("~1a~1~0b", SpecPositions.Escape("/a/~b"));
    }

    [Fact]
    public void LocationShouldSpanTheKeyInTheFile()
    {
        var positions = SpecPositions.Load("/spec.yaml", Yaml);

        var location = positions.Locate("#/paths").ToLocation();

        Assert.Equal("paths", Yaml.Substring(location.SourceSpan.Start, location.SourceSpan.Length));
    }
}
