using System.Linq;
using Prevu3d.Corpus.Surface;

namespace Prevu3d.Corpus.Tests.Surface;

public class SurfaceComparerTests
{
    /// <summary>A small client in Kiota's shape: a builder with a nested query-parameter class, a model, an enum.</summary>
    private const string Client = """
        using System.Runtime.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Kiota.Stand.In;

        namespace Api.Models
        {
            public partial class Pet
            {
                public string? Name { get; set; }
                public global::Api.Models.Pet_status? Status { get; set; }
            }

            public enum Pet_status
            {
                [EnumMember(Value = "available")]
                Available,
                [EnumMember(Value = "sold-out")]
                SoldOut,
            }
        }

        namespace Api.Pets
        {
            public partial class PetsRequestBuilder
            {
                public Task<global::Api.Models.Pet?> GetAsync(global::Api.Pets.PetsRequestBuilder.PetsRequestBuilderGetQueryParameters? query = default, CancellationToken cancellationToken = default) => Task.FromResult<global::Api.Models.Pet?>(null);

                internal void NotPublic() { }

                public partial class PetsRequestBuilderGetQueryParameters
                {
                    [QueryParameter("page%2Dsize")]
                    public int? PageSize { get; set; }
                }
            }
        }
        """;

    [Fact]
    public void IdenticalClientsShouldMatchEverySymbol()
    {
        var kiota = ApiSurface.Collect(TinyCompilation.Create(Client));
        var ours = ApiSurface.Collect(TinyCompilation.Create(Client));

        var comparison = SurfaceComparer.Compare(kiota, ours);

        Assert.Empty(comparison.Differences);
        Assert.Equal(kiota.Count, comparison.KiotaSymbols);
        Assert.Equal(comparison.KiotaSymbols, comparison.Matched);
        Assert.Equal(0, comparison.OursOnly);
        Assert.Equal(100, comparison.Percent);
    }

    [Fact]
    public void SurfaceShouldHoldNamespacesNestedTypesAndWireValuesButNotInternalMembers()
    {
        var symbols = ApiSurface.Collect(TinyCompilation.Create(Client)).ToDictionary(s => s.Kind + " " + s.Id, s => s);

        Assert.Contains("namespace Api.Models", symbols.Keys);
        Assert.Equal("Api.Pets.PetsRequestBuilder", symbols["class Api.Pets.PetsRequestBuilder.PetsRequestBuilderGetQueryParameters"].Container);
        Assert.Equal("page%2Dsize", symbols["property Api.Pets.PetsRequestBuilder.PetsRequestBuilderGetQueryParameters.PageSize"].Shape.WireValue);
        Assert.Equal("sold-out", symbols["enum member Api.Models.Pet_status.SoldOut"].Shape.WireValue);
        Assert.DoesNotContain("method Api.Pets.PetsRequestBuilder.NotPublic", symbols.Keys);
        Assert.DoesNotContain("constructor Api.Models.Pet_status..ctor", symbols.Keys);
    }

    [Fact]
    public void AnInternalInterfaceShouldNotBeListedAmongAPublicClasssInterfaces()
    {
        const string Ours = """
            namespace Api.Models
            {
                public sealed class Factory
                {
                    internal interface IReadable { }
                    public interface IPublicReadable { }
                }

                public partial class Pet : System.IDisposable, Factory.IReadable, Factory.IPublicReadable
                {
                    public void Dispose() { }
                }
            }
            """;

        var pet = ApiSurface.Collect(TinyCompilation.Create(Ours)).Single(s => s.Kind == "class" && s.Id == "Api.Models.Pet");

        // A type's interfaces are the Parameters part of its shape.
        Assert.Contains("IDisposable", pet.Shape.Parameters);
        Assert.Contains("IPublicReadable", pet.Shape.Parameters);
        Assert.DoesNotContain("IReadable", pet.Shape.Parameters);
    }

    [Fact]
    public void ReturnTypeDifferenceShouldBeReportedWithBothDeclarations()
    {
        var ours = Client.Replace("public Task<global::Api.Models.Pet?> GetAsync", "public Task GetAsync", System.StringComparison.Ordinal);

        var comparison = Compare(Client, ours);

        var difference = Assert.Single(comparison.Differences);
        Assert.Equal("method: differs in return type", difference.Class);
        Assert.Equal(1, difference.Count);
        var example = Assert.Single(difference.Examples);
        Assert.Contains("System.Threading.Tasks.Task<Api.Models.Pet?>", example.Kiota, System.StringComparison.Ordinal);
        Assert.EndsWith(": System.Threading.Tasks.Task", example.Ours, System.StringComparison.Ordinal);
        Assert.Equal(comparison.KiotaSymbols - 1, comparison.Matched);
    }

    [Fact]
    public void EnumWireValueDifferenceShouldBeReported()
    {
        var comparison = Compare(Client, Client.Replace("\"sold-out\"", "\"sold_out\"", System.StringComparison.Ordinal));

        var difference = Assert.Single(comparison.Differences);
        Assert.Equal("enum member: differs in wire value", difference.Class);
        Assert.Contains("= \"sold-out\"", difference.Examples[0].Kiota, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RenamedEnumShouldBeReportedOnceAndItsMembersApart()
    {
        var comparison = Compare(Client, Client.Replace("Pet_status", "PetStatus", System.StringComparison.Ordinal));

        var classes = comparison.Differences.ToDictionary(d => d.Class, d => d.Count);
        Assert.Equal(1, classes["enum: name spelled differently (case or separators)"]);
        Assert.Equal(2, classes["enum member of a type ours lacks"]);
        // Pet.Status refers to the enum by name, so its declaration differs too.
        Assert.Equal(1, classes["property: differs in type"]);
        Assert.Equal(3, classes.Count);
    }

    [Fact]
    public void InterfacesAndAccessorsOursAddsShouldCountAsCompatibleNotAsSame()
    {
        // Kiota's Pet with a read-only Name (`private set`) and no interface; ours with a public setter and an interface.
        var kiota = Client.Replace("public string? Name { get; set; }", "public string? Name { get; private set; }", System.StringComparison.Ordinal);
        var ours = Client.Replace("public partial class Pet\n", "public partial class Pet : System.IDisposable\n", System.StringComparison.Ordinal)
            .Replace("public global::Api.Models.Pet_status? Status { get; set; }", "public global::Api.Models.Pet_status? Status { get; set; }\n        public void Dispose() { }", System.StringComparison.Ordinal);
        Assert.NotEqual(Client, ours);

        var comparison = Compare(kiota, ours);

        Assert.Empty(comparison.Differences);
        Assert.Equal(2, comparison.Compatible);
        Assert.Equal(comparison.KiotaSymbols - 2, comparison.Matched);
        Assert.Equal(comparison.KiotaSymbols, comparison.Superset);
        Assert.Equal(100, comparison.SupersetPercent);
        var classes = comparison.Additions.ToDictionary(d => d.Class, d => d.Count);
        Assert.Equal(1, classes["class: ours adds interfaces"]);
        Assert.Equal(1, classes["property: ours adds accessors"]);
        Assert.EndsWith("{ get; set; }", comparison.Additions.Single(d => d.Class == "property: ours adds accessors").Examples[0].Ours, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AccessorOrInterfaceOursLacksShouldStayADifference()
    {
        // The reverse: Kiota's has the setter and the interface, ours has neither; not a superset.
        var kiota = Client.Replace("public partial class Pet\n", "public partial class Pet : System.IDisposable\n", System.StringComparison.Ordinal)
            .Replace("public global::Api.Models.Pet_status? Status { get; set; }", "public global::Api.Models.Pet_status? Status { get; set; }\n        public void Dispose() { }", System.StringComparison.Ordinal);
        var ours = Client.Replace("public string? Name { get; set; }", "public string? Name { get; private set; }", System.StringComparison.Ordinal);

        var comparison = Compare(kiota, ours);

        Assert.Equal(0, comparison.Compatible);
        var classes = comparison.Differences.ToDictionary(d => d.Class, d => d.Count);
        Assert.Equal(1, classes["class: differs in interfaces"]);
        Assert.Equal(1, classes["property: differs in accessors"]);
    }

    [Fact]
    public void NullableAnnotationOnlyDifferenceShouldBeNamedAsSuch()
    {
        var comparison = Compare(Client, Client.Replace("public string? Name", "public string Name { get; set; } = \"\"; public string? Unused", System.StringComparison.Ordinal));

        Assert.Equal(1, comparison.Differences.Single(d => d.Class == "property: nullable annotations differ").Count);
        // Ours' Name (not nullable) and Unused are both absent from Kiota's.
        Assert.Equal(2, comparison.OursOnly);
    }

    [Fact]
    public void QueryParameterClassAtAnotherNestingShouldBeReported()
    {
        // Ours moves the query-parameter class out of its builder, next to it in the namespace.
        var ours = Client
            .Replace("        public partial class PetsRequestBuilderGetQueryParameters\n        {\n            [QueryParameter(\"page%2Dsize\")]\n            public int? PageSize { get; set; }\n        }\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("global::Api.Pets.PetsRequestBuilder.PetsRequestBuilderGetQueryParameters?", "global::Api.Pets.PetsRequestBuilderGetQueryParameters?", System.StringComparison.Ordinal)
            .Replace("namespace Api.Pets\n{", "namespace Api.Pets\n{\n    public partial class PetsRequestBuilderGetQueryParameters { [QueryParameter(\"page%2Dsize\")] public int? PageSize { get; set; } }", System.StringComparison.Ordinal);
        Assert.NotEqual(Client, ours);

        var comparison = Compare(Client, ours);

        var moved = comparison.Differences.Single(d => d.Class == "class: at another namespace or nesting");
        Assert.Equal("class Api.Pets.PetsRequestBuilderGetQueryParameters : object", moved.Examples[0].Ours);
        Assert.Equal(1, comparison.Differences.Single(d => d.Class == "property of a type ours lacks").Count);
    }

    [Fact]
    public void KiotaCompatibilityObsoletesShouldBeLeftOutButSpecDeprecationsKept()
    {
        const string Extra = """
            namespace Api.Extra
            {
                [System.Obsolete("This class is deprecated. Please use the generic RequestConfiguration class generated by the generator.")]
                public class ExtraRequestBuilderGetRequestConfiguration { public int Member { get; set; } }

                public class Old
                {
                    [System.Obsolete("")]
                    public int Deprecated { get; set; }
                }
            }
            """;

        var comparison = Compare(Client + Extra, Client);

        // The class, its constructor and its property are left out; the spec's deprecated property is compared (and missing).
        Assert.Equal(3, comparison.LeftOut.Values.Sum());
        Assert.Equal(
            ["class in a namespace or type ours lacks", "constructor of a type ours lacks", "namespace missing", "property of a type ours lacks"],
            comparison.Differences.Select(d => d.Class).Order(System.StringComparer.Ordinal));
        Assert.Equal("property Api.Extra.Old.Deprecated: int { get; set; }", comparison.Differences.Single(d => d.Class == "property of a type ours lacks").Examples.Single().Kiota);
        Assert.DoesNotContain(comparison.Differences.SelectMany(d => d.Examples), e => e.Kiota.Contains("RequestConfiguration", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorSitesShouldNameOursUnderTheSameId()
    {
        var ours = ApiSurface.Collect(TinyCompilation.Create(Client));

        var matches = SurfaceComparer.Counterparts([new ErrorSite("CS1001", "Api.Models.Pet.Name"), new ErrorSite("CS0102", "Api.Models.Missing"), new ErrorSite("CS1056", "Api.Models.PetStatus")], ours);

        Assert.Equal("property Api.Models.Pet.Name: string? { get; set; }", matches[0].Ours);
        Assert.Null(matches[1].Ours);
        Assert.Equal("(spelled differently) enum Api.Models.Pet_status : int", matches[2].Ours);
    }

    [Fact]
    public void MembersOnABaseClassOursAddsShouldCountAsCompatibleButNotConstructorsOrOtherShapes()
    {
        const string Kiota = """
            namespace Api.Models
            {
                public partial class Metadata
                {
                    public Metadata() { }
                    public string? Scope { get; set; }
                    public int? Version { get; set; }
                }
            }
            """;
        const string Ours = """
            namespace Api.Models
            {
                public partial class MetadataBase
                {
                    public MetadataBase() { }
                    public string? Scope { get; set; }
                    public long? Version { get; set; }
                }

                public partial class Metadata : MetadataBase
                {
                    public Metadata() { }
                }
            }
            """;

        var comparison = Compare(Kiota, Ours);

        // The class (ours adds a base) and Scope (inherited, same declaration) are compatible; Version differs in type.
        Assert.Equal(2, comparison.Compatible);
        Assert.Equal(["class: ours adds a base class", "property: inherited from a base class ours adds"], comparison.Additions.Select(a => a.Class).Order(System.StringComparer.Ordinal));
        var left = Assert.Single(comparison.Misses);
        Assert.Contains("Metadata.Version: int?", left.Kiota, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MissNamedByAListedFaultShouldCountAsKiotaWrongAndNotAsADifference()
    {
        var ours = Client.Replace("public Task<global::Api.Models.Pet?> GetAsync", "public Task GetAsync", System.StringComparison.Ordinal)
            .Replace("\"sold-out\"", "\"sold_out\"", System.StringComparison.Ordinal);
        var fault = Fault("Api.Pets", "method Api.Pets.PetsRequestBuilder.GetAsync(*): System.Threading.Tasks.Task<Api.Models.Pet?>");

        var comparison = Compare(Client, ours, fault);

        Assert.Equal(1, comparison.KiotaWrong);
        var cause = Assert.Single(comparison.KiotaWrongCauses);
        Assert.Equal("the answer is lost", cause.Class);
        Assert.Contains("GetAsync", cause.Examples[0].Kiota, System.StringComparison.Ordinal);
        var left = Assert.Single(comparison.Differences);
        Assert.Equal("enum member: differs in wire value", left.Class);
        Assert.Equal(1, comparison.Unexplained);
        Assert.Equal("enum member: differs in wire value", Assert.Single(comparison.Misses).Class);
        Assert.Empty(comparison.StaleFaultPatterns);
    }

    [Fact]
    public void FaultPatternNamingNoMissShouldBeReportedStaleAndExcuseNothing()
    {
        // The pattern names GetAsync, which ours declares the same way: nothing to excuse, so the list is out of date.
        var fault = Fault("Api.Pets", "method Api.Pets.PetsRequestBuilder.GetAsync(*", "enum member Api.Models.Pet_status.SoldOut = \"sold-out\"");

        var comparison = Compare(Client, Client.Replace("\"sold-out\"", "\"sold_out\"", System.StringComparison.Ordinal), fault);

        Assert.Equal(1, comparison.KiotaWrong);
        Assert.Equal(0, comparison.Unexplained);
        Assert.Equal("method Api.Pets.PetsRequestBuilder.GetAsync(*", Assert.Single(comparison.StaleFaultPatterns));
    }

    [Fact]
    public void FaultPatternShouldMatchTheWholeDeclarationWithStarAsTheOnlyWildcard()
    {
        // "." and "?" are literal: the pattern below differs from the Kiota declaration in one character, so it must not match.
        var fault = Fault("Api.Models", "enum member Api.Models.Pet_status.SoldOut = \"sold.out\"");

        var comparison = Compare(Client, Client.Replace("\"sold-out\"", "\"sold_out\"", System.StringComparison.Ordinal), fault);

        Assert.Equal(0, comparison.KiotaWrong);
        Assert.Equal(1, comparison.Unexplained);
    }

    [Fact]
    public void FaultListShouldRefuseAPatternThatNamesTooLittle()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllText(path, """{ "faults": [ { "cause": "c", "failure": "f", "symbols": { "doc": [ "property *Name*" ] } } ] }""");

            var error = Assert.Throws<System.IO.InvalidDataException>(() => KiotaFaults.Load(path));

            Assert.Contains("names too little", error.Message, System.StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void CheckedInFaultListShouldLoad()
    {
        var root = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (!System.IO.File.Exists(System.IO.Path.Combine(root.FullName, "Prevu3d.Generated.sln")))
        {
            root = root.Parent ?? throw new System.InvalidOperationException("The repository root is not above " + System.AppContext.BaseDirectory);
        }

        var faults = KiotaFaults.Load(System.IO.Path.Combine(root.FullName, "tests", "Prevu3d.Corpus", "kiota-faults.json"));

        Assert.NotEmpty(faults.Faults);
        Assert.All(faults.Faults, f => Assert.False(string.IsNullOrWhiteSpace(f.Cause)));
    }

    private static DocumentFault[] Fault(string document, params string[] patterns) =>
        [new DocumentFault(new KiotaFault { Cause = "the answer is lost", Failure = "f", Symbols = new() { [document] = [.. patterns] } }, patterns)];

    private static SurfaceComparison Compare(string kiota, string ours, DocumentFault[] faults) =>
        SurfaceComparer.Compare(ApiSurface.Collect(TinyCompilation.Create(kiota)), ApiSurface.Collect(TinyCompilation.Create(ours)), faults);

    private static SurfaceComparison Compare(string kiota, string ours) =>
        SurfaceComparer.Compare(ApiSurface.Collect(TinyCompilation.Create(kiota)), ApiSurface.Collect(TinyCompilation.Create(ours)));
}
