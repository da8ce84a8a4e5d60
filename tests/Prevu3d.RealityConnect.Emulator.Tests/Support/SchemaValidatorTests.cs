using System.Net.Http;
using System.Text.Json;

namespace Prevu3d.RealityConnect.Emulator.Tests.Support;

/// <summary>The contract tests' checker must catch what the spec forbids, or those tests could not fail.</summary>
public sealed class SchemaValidatorTests
{
    [Fact]
    public void ConformingNodeArrayShouldPass() => Assert.Empty(ValidateBrowse(
        """[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":"North America","type":"division","parentId":null,"extra":{"a":1}}]"""));

    [Theory]
    [InlineData("""[{"name":"North America"}]""", "required property 'id'")]
    [InlineData("""[{"id":"5b0c7e0a","name":"x"}]""", "is not a uuid")]
    [InlineData("""[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":null}]""", "null where")]
    [InlineData("""[{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":3}]""", "Number where")]
    [InlineData("""{"id":"5b0c7e0a-3f5e-4c52-9b7a-1d2e3f405162","name":"x"}""", "Object where")]
    public void NonConformingNodeArrayShouldFail(string json, string expected)
    {
        var errors = ValidateBrowse(json);

        Assert.Contains(errors, e => e.Contains(expected, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"issuedAt":"yesterday"}""", "is not a date-time")]
    [InlineData("""{"issuedAt":"2025-07-23T16:06:56.788Z","expiresAt":null,"scopes":"read"}""", "String where")]
    [InlineData("""{"user":{"id":"nope"}}""", "is not a uuid")]
    [InlineData("""{"apiUrl":null}""", "null where")]
    public void NonConformingApiInfoShouldFail(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        var errors = SchemaValidator.Validate(document.RootElement, SpecDocument.ResponseSchema("/oauth/api-info", HttpMethod.Get, 200));

        Assert.Contains(errors, e => e.Contains(expected, System.StringComparison.Ordinal));
    }

    [Fact]
    public void IntegerFormatsShouldBeChecked()
    {
        using var tooBig = JsonDocument.Parse("""{"hasError":true,"statusCode":3000000000}""");
        using var fraction = JsonDocument.Parse("""{"expiresIn":1.5}""");

        Assert.NotEmpty(SchemaValidator.Validate(tooBig.RootElement, SpecDocument.ComponentSchema("ErrorResponse")));
        Assert.NotEmpty(SchemaValidator.Validate(fraction.RootElement, SpecDocument.ComponentSchema("TokenResponse")));
    }

    [Fact]
    public void UndocumentedStatusShouldHaveNoSchema() =>
        Assert.Throws<System.InvalidOperationException>(() => SpecDocument.ResponseSchema("/oauth/api-info", HttpMethod.Get, 500));

    private static System.Collections.Generic.IReadOnlyList<string> ValidateBrowse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaValidator.Validate(document.RootElement, SpecDocument.ResponseSchema("/v1/nodes/{nodeId}/browse", HttpMethod.Get, 200));
    }
}
