using System;
using System.Collections.Generic;
using Microsoft.Kiota.Abstractions;
using Prevu3d.Generator.Templates;

namespace Prevu3d.Generator.Tests.Templates;

/// <summary>The compiled template of the parameter checks (<c>ParameterValidator</c>, <c>ParameterConstraint</c>).</summary>
public sealed class ParameterValidatorTests
{
    private const string Template = "{+baseurl}/nodes/{nodeId}{?kind}";
    private const string Id = "217ebd23-ec54-4af0-a6d6-4a441a6d1966";

    private static readonly ParameterValidator Validator = new(
    [
        new ParameterConstraint("nodeId", "nodeId", ParameterConstraint.Path, true, ParameterConstraint.Uuid, null),
        new ParameterConstraint("kind", "kind", ParameterConstraint.Query, true, null, ["mesh", "cloud"]),
        new ParameterConstraint("X-Trace", "X-Trace", ParameterConstraint.Header, false, ParameterConstraint.Uuid, null),
    ]);

    [Fact]
    public void AGuidIdAndAGoodTextIdShouldPass()
    {
        Validator.Validate(Request(Guid.Parse(Id), "mesh"));
        Validator.Validate(Request(Id, "cloud"));
    }

    [Fact]
    public void ThePathNilUuidShouldBeRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(Request(Guid.Empty, "mesh")));

        Assert.Equal("nodeId", error.ParamName);
        Assert.StartsWith("The path parameter 'nodeId' is the empty UUID.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{217ebd23-ec54-4af0-a6d6-4a441a6d1966}")]
    [InlineData("217ebd23ec544af0a6d64a441a6d1966")]
    [InlineData("217ebd23-ec54-4af0-a6d6")]
    public void APathIdInAnotherShapeThanTheHyphenatedOneShouldBeRefused(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(Request(id, "mesh")));

        Assert.StartsWith("The path parameter 'nodeId' must be a UUID, not '" + id + "'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingPathValueShouldBeRefused()
    {
        var request = new RequestInformation(Method.GET, Template, new Dictionary<string, object>());
        request.QueryParameters["kind"] = "mesh";

        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(request));

        Assert.StartsWith("The path parameter 'nodeId' of GET " + Template + " is missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryTextOutsideTheEnumShouldBeRefusedOrdinally()
    {
        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(Request(Id, "Mesh")));

        Assert.Equal("kind", error.ParamName);
        Assert.StartsWith("The query parameter 'kind' must be one of 'mesh', 'cloud', not 'Mesh'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredQueryValueShouldBeRefusedWhenAbsent()
    {
        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(Request(Id, null)));

        Assert.StartsWith("The query parameter 'kind' of GET " + Template + " is missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryValueOfAHeaderShouldBeChecked()
    {
        var request = Request(Id, "mesh");
        request.Headers.Add("x-trace", Id);
        request.Headers.Add("X-Trace", "nope");

        var error = Assert.Throws<ArgumentException>(() => Validator.Validate(request));

        Assert.Equal("X-Trace", error.ParamName);
        Assert.StartsWith("The header parameter 'X-Trace' must be a UUID, not 'nope'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARawUrlShouldSkipPathAndQueryButNotHeaders()
    {
        var request = new RequestInformation(Method.GET, Template, new Dictionary<string, object> { ["request-raw-url"] = "https://x.invalid/nodes/whatever" });
        Validator.Validate(request);

        request.Headers.Add("X-Trace", "nope");
        Assert.Throws<ArgumentException>(() => Validator.Validate(request));
    }

    [Fact]
    public void AGoodRequestShouldBeCheckedWithoutAllocating()
    {
        var request = Request(Id, "mesh");
        Validator.Validate(request);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Validator.Validate(request);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static RequestInformation Request(object nodeId, string? kind)
    {
        var request = new RequestInformation(Method.GET, Template, new Dictionary<string, object> { ["nodeId"] = nodeId });
        if (kind is not null)
        {
            request.QueryParameters["kind"] = kind;
        }

        return request;
    }
}
