using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The client generated from <c>Specs/polymorphism.yaml</c> (allOf inheritance three levels deep, a discriminator with an
/// explicit mapping, one with an implicit mapping, an allOf of two references), used by a probe written against the
/// names Kiota 1.38 gives that spec (<c>kiota generate -l CSharp -n Poly.Client -c PolyClient</c>): class names, base
/// classes, property names and <c>CreateFromDiscriminatorValue</c>. It compiles only if the shapes match, and runs over real HTTP.
/// </summary>
public sealed class PolymorphismClientTests(PolymorphismClientTests.CompiledClient compiled) : IClassFixture<PolymorphismClientTests.CompiledClient>, IAsyncLifetime
{
    internal const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using Microsoft.Kiota.Serialization.Json;
        using M = Poly.Client.Models;

        namespace Probe
        {
            public static class KiotaShapes
            {
                // Kiota's base classes and property types, checked by the compiler: each assignment needs the same hierarchy.
                public static Task<string> Hierarchy()
                {
                    M.Pet cat = new M.Cat { Kind = "cat", Name = "Tom", Indoor = true };
                    M.Cat lion = new M.Lion { ManeLength = 3, Indoor = false };
                    M.Pet dog = new M.Dog { Barks = true, Friend = lion, Pack = new List<M.Pet> { cat } };
                    M.Shape sphere = new M.Sphere { Volume = 4.5, Radius = 1, Area = 2 };
                    M.Circle circle = (M.Circle)sphere;
                    M.Shape square = new M.Square { Side = 2, ShapeType = "Square" };
                    var owner = new M.Owner { Label = "l", ShapeType = "s", Area = 1, Pets = new List<M.Pet> { dog }, Favorite = cat };
                    IParsable parsable = owner;
                    Func<IParseNode, M.Pet> petFactory = M.Pet.CreateFromDiscriminatorValue;
                    Func<IParseNode, M.Lion> lionFactory = M.Lion.CreateFromDiscriminatorValue;
                    Func<IParseNode, M.Shape> shapeFactory = M.Shape.CreateFromDiscriminatorValue;
                    return Task.FromResult(string.Join(",", new[] { typeof(M.Cat), typeof(M.Lion), typeof(M.Dog), typeof(M.Circle), typeof(M.Sphere), typeof(M.Square), typeof(M.Owner) }
                        .Select(t => t.Name + ":" + t.BaseType!.Name))
                        + "|" + circle.Radius + "|" + square.GetType().Name + "|" + parsable.GetType().Name + "|" + petFactory.Method.Name + lionFactory.Method.Name + shapeFactory.Method.Name);
                }

                public static async Task<string> ParseAsync(string json, bool fast, string root)
                {
                    IParseNodeFactory factory = fast ? new Poly.Client.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var node = await factory.GetRootParseNodeAsync("application/json", stream);
                    return root switch
                    {
                        "pet" => Describe(node.GetObjectValue(M.Pet.CreateFromDiscriminatorValue)),
                        "pets" => string.Join(" ; ", node.GetCollectionOfObjectValues(M.Pet.CreateFromDiscriminatorValue).Select(Describe)),
                        "shape" => Describe(node.GetObjectValue(M.Shape.CreateFromDiscriminatorValue)),
                        _ => Describe(node.GetObjectValue(M.Owner.CreateFromDiscriminatorValue)),
                    };
                }

                /// <summary>The class of the object and of every nested model, then the object as it serializes (every field, virtual Serialize).</summary>
                public static string Describe(IParsable? value)
                {
                    if (value is null)
                    {
                        return "null";
                    }

                    var writer = new JsonSerializationWriter();
                    writer.WriteObjectValue(null, value);
                    using var content = writer.GetSerializedContent();
                    return Classes(value) + " " + new StreamReader(content).ReadToEnd();
                }

                private static string Classes(IParsable value) => value switch
                {
                    M.Dog dog => "Dog(" + (dog.Friend is null ? "" : Classes(dog.Friend)) + ";" + string.Join(",", (dog.Pack ?? new List<M.Pet>()).Select(Classes)) + ")",
                    M.Owner owner => "Owner(" + (owner.Favorite is null ? "" : Classes(owner.Favorite)) + ";" + string.Join(",", (owner.Pets ?? new List<M.Pet>()).Select(Classes)) + ")",
                    IAdditionalDataHolder holder => value.GetType().Name + "[" + string.Join(",", holder.AdditionalData.Keys.OrderBy(k => k, StringComparer.Ordinal)) + "]",
                    _ => value.GetType().Name,
                };

                /// <summary>Each derived class reads itself (and its bases' fields) on the fast path: ReadJson answers true.</summary>
                public static Task<string> ReadsItselfAsync()
                {
                    var results = new List<string>();
                    foreach (var pet in new M.Pet[] { new M.Pet(), new M.Cat(), new M.Lion(), new M.Dog() })
                    {
                        var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes("{\"kind\":\"k\",\"name\":\"n\",\"indoor\":true,\"maneLength\":4,\"barks\":false,\"friend\":{\"kind\":\"lion\"},\"z\":1}"));
                        reader.Read();
                        var read = ((Poly.Client.GeneratedJsonParseNodeFactory.IJsonReadable)pet).ReadJson(ref reader, new Poly.Client.GeneratedJsonParseNodeFactory.JsonReadContext());
                        results.Add(pet.GetType().Name + ":" + read + ":" + pet.Name + ":" + string.Join("+", pet.AdditionalData.Keys.OrderBy(k => k, StringComparer.Ordinal)) + ":" + (pet as M.Dog)?.Friend?.GetType().Name);
                    }

                    return Task.FromResult(string.Join(",", results));
                }

                /// <summary>A dog with a lion friend and a pack, written by Kiota's writer, then read back by both parse paths.</summary>
                public static async Task<string> RoundTripAsync()
                {
                    var dog = new M.Dog { Kind = "dog", Barks = true, Friend = new M.Lion { Kind = "lion", ManeLength = 2, Indoor = true }, Pack = new List<M.Pet> { new M.Cat { Kind = "cat" }, new M.Pet { Kind = "other", AdditionalData = { ["x"] = "y" } } } };
                    var written = Describe(dog);
                    var json = written.Substring(written.IndexOf(' ') + 1);
                    var slow = await ParseAsync(json, false, "pet");
                    var fast = await ParseAsync(json, true, "pet");
                    return written == slow && slow == fast ? "same: " + written : "written: " + written + "\nslow: " + slow + "\nfast: " + fast;
                }

                public static async Task<string> AddLionAsync(string url)
                {
                    var client = new Poly.Client.PolyClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: new HttpClient()) { BaseUrl = url });
                    M.Pet body = new M.Lion { Kind = "lion", Name = "Leo", Indoor = false, ManeLength = 3, AdditionalData = { ["extra"] = "kept" } };
                    var stored = await client.Pets.PostAsync(body);
                    var pets = await client.Pets.GetAsync();
                    var shape = await client.Shapes.GetAsync();
                    return Describe(stored) + " | " + string.Join(" ; ", pets!.Select(Describe)) + " | " + Describe(shape);
                }
            }
        }
        """;

    private const string DogJson = """{"kind":"dog","name":"Rex","barks":true,"friend":{"kind":"lion","maneLength":3,"name":"Leo","indoor":false},"pack":[{"kind":"cat","indoor":true},{"name":"nobody"},{"kind":"hamster","wheel":true}],"extra":1}""";

    private LocalServer? _server;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapPost("/pets", () => Results.Text(DogJson, "application/json"));
            app.MapGet("/pets", () => Results.Text("""[{"maneLength":5,"kind":"lion"},{"kind":"unknown","spots":7}]""", "application/json"));
            app.MapGet("/shapes", () => Results.Text("""{"shapeType":"Sphere","volume":4.5,"radius":1,"area":2}""", "application/json"));
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task KiotasClassNamesBaseClassesAndPropertiesShouldCompileAgainstTheGeneratedClient()
    {
        var summary = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "Hierarchy");

        Assert.Equal("Cat:Pet,Lion:Cat,Dog:Pet,Circle:Shape,Sphere:Circle,Square:Shape,Owner:Object|1|Square|Owner|CreateFromDiscriminatorValueCreateFromDiscriminatorValueCreateFromDiscriminatorValue", summary);
    }

    [Theory]
    [InlineData("pet", DogJson, "Dog(Lion[];Cat[],Pet[],Pet[wheel]) {\"kind\":\"dog\",\"name\":\"Rex\",\"extra\":1,\"barks\":true,\"friend\":{\"kind\":\"lion\",\"name\":\"Leo\",\"indoor\":false,\"maneLength\":3},\"pack\":[{\"kind\":\"cat\",\"indoor\":true},{\"name\":\"nobody\"},{\"kind\":\"hamster\",\"wheel\":true}]}")]
    [InlineData("pet", """{"kind":"hamster","name":"H","wheel":true}""", "Pet[wheel] {\"kind\":\"hamster\",\"name\":\"H\",\"wheel\":true}")]
    [InlineData("shape", """{"shapeType":"Square","side":2}""", "Square[] {\"shapeType\":\"Square\",\"side\":2}")]
    [InlineData("shape", """{"area":1,"radius":2,"shapeType":"Circle"}""", "Circle[] {\"area\":1,\"shapeType\":\"Circle\",\"radius\":2}")]
    [InlineData("owner", """{"label":"o","favorite":{"kind":"cat"},"pets":[{"kind":"dog","friend":{"kind":"cat"}}]}""", "Owner(Cat[];Dog(Cat[];)) {\"favorite\":{\"kind\":\"cat\"},\"label\":\"o\",\"pets\":[{\"kind\":\"dog\",\"friend\":{\"kind\":\"cat\"}}]}")]
    public async Task BothParsePathsShouldBuildTheMappedClassesWithEveryField(string root, string json, string expected)
    {
        var kiota = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "ParseAsync", json, false, root);
        var fast = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "ParseAsync", json, true, root);

        Assert.True(expected == kiota, kiota);
        Assert.Equal(kiota, fast);
    }

    [Fact]
    public async Task ADerivedObjectThroughABaseTypedBodyShouldSendEveryFieldAndAnswersShouldBeTheirMappedClasses()
    {
        var summary = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "AddLionAsync", _server!.BaseUrl);

        var post = _server.Requests.First(r => r.Method == "POST");
        Assert.Equal("/pets", post.PathAndQuery);
        // Pet's fields and the additional data (the base's Serialize), then Cat's, then Lion's: Kiota's order.
        Assert.Equal("""{"kind":"lion","name":"Leo","extra":"kept","indoor":false,"maneLength":3}""", post.Body);
        Assert.StartsWith("Dog(Lion[];Cat[],Pet[],Pet[wheel]) ", summary, StringComparison.Ordinal);
        Assert.Contains(" | Lion[] {\"kind\":\"lion\",\"maneLength\":5} ; Pet[spots] {\"kind\":\"unknown\",\"spots\":7} | Sphere[] {\"area\":2,\"shapeType\":\"Sphere\",\"radius\":1,\"volume\":4.5}", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachDerivedClassShouldReadItselfOnTheFastPath()
    {
        var summary = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "ReadsItselfAsync");

        Assert.Equal("Pet:True:n:barks+friend+indoor+maneLength+z:,Cat:True:n:barks+friend+maneLength+z:,Lion:True:n:barks+friend+z:,Dog:True:n:indoor+maneLength+z:Lion", summary);
    }

    [Fact]
    public async Task ADerivedObjectShouldRoundTripThroughBothParsePaths()
    {
        var summary = await compiled.Client.InvokeAsync("Probe.KiotaShapes", "RoundTripAsync");

        Assert.Equal("same: Dog(Lion[];Cat[],Pet[x]) {\"kind\":\"dog\",\"barks\":true,\"friend\":{\"kind\":\"lion\",\"indoor\":true,\"maneLength\":2},\"pack\":[{\"kind\":\"cat\"},{\"kind\":\"other\",\"x\":\"y\"}]}", summary);
    }

    [Fact]
    public void AllOfAndDiscriminatorsShouldRaiseNoDiagnostic()
    {
        var result = GeneratorHarness.Run(("/specs/polymorphism.yaml", TestPaths.ReadSpec("polymorphism.yaml")));

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
    }

    [Fact]
    public void AMappingToASchemaThatDoesNotDeriveShouldBeALocatedWarning()
    {
        var spec = TestPaths.ReadSpec("polymorphism.yaml").Replace(
            "          lion: \"#/components/schemas/Lion\"",
            "          lion: \"#/components/schemas/Lion\"\n          named: \"#/components/schemas/Named\"",
            StringComparison.Ordinal);

        var result = GeneratorHarness.Run(("/specs/polymorphism.yaml", spec));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("P3D0013", warning.Id);
        Assert.Contains("#/components/schemas/Pet/discriminator/mapping/named", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(warning.Location.IsInSource || warning.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile);
        var (_, errors) = GeneratorHarness.Compile(result);
        Assert.True(errors.IsEmpty, GeneratorHarness.Describe(errors));
    }

    /// <summary>The polymorphism client (namespace and class named as for Kiota) with the probe, generated and compiled once.</summary>
    public sealed class CompiledClient : IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(
            [("/specs/polymorphism.yaml", TestPaths.ReadSpec("polymorphism.yaml"))],
            "Poly.Client",
            Probe,
            new Dictionary<string, string> { ["build_property.Prevu3dClientClassName"] = "PolyClient" });

        public void Dispose() => Client.Dispose();
    }
}
