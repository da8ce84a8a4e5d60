using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The client generated from <c>Specs/composed.yaml</c> (oneOf with an explicit and an implicit discriminator mapping,
/// anyOf of objects, oneOf of primitives and a collection, inline wrappers in properties, bodies and responses),
/// compiled in memory and run over real HTTP, once with the JSON fast path and once with Kiota's JsonParseNode.
/// </summary>
public sealed class ComposedTypesClientTests(ComposedTypesClientTests.CompiledClient compiled) : IClassFixture<ComposedTypesClientTests.CompiledClient>, IAsyncLifetime
{
    /// <summary>Describes any generated value: its non-null properties by name, recursively (what is set, and as which type).</summary>
    internal const string Dumper = """

        namespace Probe
        {
            public static class Dumper
            {
                public static string Dump(object? value)
                {
                    var builder = new System.Text.StringBuilder();
                    Write(value, builder);
                    return builder.ToString();
                }

                private static void Write(object? value, System.Text.StringBuilder builder)
                {
                    switch (value)
                    {
                        case null:
                            builder.Append("null");
                            return;
                        case string text:
                            builder.Append('"').Append(text).Append('"');
                            return;
                        case Microsoft.Kiota.Abstractions.Serialization.UntypedNode untyped:
                            builder.Append(untyped.GetType().Name);
                            return;
                        case System.Collections.IDictionary dictionary:
                            builder.Append('{');
                            foreach (var key in System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Cast<string>(dictionary.Keys), k => k, System.StringComparer.Ordinal))
                            {
                                builder.Append(key).Append('=');
                                Write(dictionary[key], builder);
                                builder.Append(';');
                            }

                            builder.Append('}');
                            return;
                        case System.Collections.Generic.IDictionary<string, object> map:
                            // AdditionalData as the fast path keeps it (a lazy dictionary, not a non-generic IDictionary).
                            builder.Append('{');
                            foreach (var key in System.Linq.Enumerable.OrderBy(map.Keys, k => k, System.StringComparer.Ordinal))
                            {
                                builder.Append(key).Append('=');
                                Write(map[key], builder);
                                builder.Append(';');
                            }

                            builder.Append('}');
                            return;
                        case System.Collections.IEnumerable items:
                            builder.Append('[');
                            foreach (var item in items)
                            {
                                Write(item, builder);
                                builder.Append(',');
                            }

                            builder.Append(']');
                            return;
                    }

                    var type = value.GetType();
                    if (type.IsValueType)
                    {
                        builder.Append(type.Name).Append(':').Append(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        return;
                    }

                    builder.Append(type.Name).Append('{');
                    foreach (var property in System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Where(type.GetProperties(), p => p.GetIndexParameters().Length == 0), p => p.Name, System.StringComparer.Ordinal))
                    {
                        var child = property.GetValue(value);
                        if (child is null || (child is System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>> { Count: 0 } && property.Name == "AdditionalData"))
                        {
                            continue;
                        }

                        builder.Append(property.Name).Append('=');
                        Write(child, builder);
                        builder.Append(';');
                    }

                    builder.Append('}');
                }
            }
        }
        """;

    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using Microsoft.Kiota.Serialization.Json;
        using C = Composed;
        using M = Composed.Models;

        namespace Probe
        {
            public static class Entry
            {
                // One parse path per client: the generated fast path, or Kiota's own JsonParseNode.
                private static C.RealityConnectClient Client(string url, bool fast)
                {
                    var registry = new ParseNodeFactoryRegistry();
                    registry.ContentTypeAssociatedFactories["application/json"] = fast ? new C.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    return new C.RealityConnectClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), registry, httpClient: new HttpClient()) { BaseUrl = url });
                }

                public static async Task<string> ListPetsAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Pets.GetAsync());

                public static async Task<string> CreatePetAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Pets.PostAsync(new M.Pet { Dog = new M.Dog { PetType = "dog", Name = "Rex", Barks = true } }));

                public static async Task<string> PutAnimalAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Animals.PutAsync(new M.Animal { Cat = new M.Cat { PetType = "Cat", Name = "Tom", Lives = 9 } }));

                public static async Task<string> CreateOwnerAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Owners.PostAsync(new M.Owner { Person = new M.Person { Name = "Ann", Age = 30 }, Company = new M.Company { Employees = 4 } }));

                public static async Task<string> PutValuesAsync(string url, bool fast)
                {
                    var client = Client(url, fast);
                    var sent = new[]
                    {
                        new M.Value { ValueString = "text" },
                        new M.Value { Integer = 5 },
                        new M.Value { Double = 1.5 },
                        new M.Value { Boolean = false },
                        new M.Value { String = new List<string> { "a", "b" } },
                        new M.Value { Cat = new M.Cat { Name = "Tom" } },
                    };
                    var answers = new List<string>();
                    foreach (var value in sent)
                    {
                        answers.Add(Dumper.Dump(await client.Values.PutAsync(value)));
                    }

                    return string.Join("\n", answers);
                }

                public static async Task<string> GetShelterAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Shelter.GetAsync());

                public static async Task<string> PostShelterAsync(string url, bool fast) =>
                    Dumper.Dump(await Client(url, fast).Shelter.PostAsync(new C.Shelter.ShelterRequestBuilder.ShelterPostRequestBody { Dog = new List<M.Dog> { new M.Dog { Name = "a" }, new M.Dog { Name = "b" } } }));
            }
        }
        """;

    private const string Shelter = """
        {"name":"Home","favorite":{"petType":"cat","name":"Tom","lives":9,"extra":1},
         "residents":[{"petType":"dog","name":"Rex","barks":true},{"petType":"CAT","name":"Kit"},{"petType":"bird","name":"Tweety"},null],
         "owner":{"name":"Acme","employees":5,"age":40,"x":true},
         "tag":7,"single":{"petType":"dog","name":"Solo"},"maybe":{"name":"Maybe"},"nullableName":null,
         "values":["s",1,2.5,true,["x"],{"name":"Tom","petType":"cat"},null]}
        """;

    private LocalServer? _server;

    private DynamicClient Client => compiled.Client;

    private LocalServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(Map);
    }

    /// <summary>The composed spec's endpoints: fixed answers, and echoes of the request body.</summary>
    internal static void Map(WebApplication app)
    {
        {
            app.MapGet("/pets", () => Results.Text("""[{"petType":"cat","name":"Tom","lives":9},{"petType":"dog","name":"Rex","barks":true},{"petType":"bird","name":"Tweety"}]""", "application/json"));
            app.MapPost("/pets", Echo);
            app.MapPut("/animals", Echo);
            app.MapPost("/owners", Echo);
            app.MapPut("/values", Echo);
            app.MapGet("/shelter", () => Results.Text(Shelter, "application/json"));
            app.MapPost("/shelter", () => Results.Text("42", "application/json"));
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ADiscriminatedOneOfShouldFillTheMappedAlternativeAndNothingForAnUnknownValue(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "ListPetsAsync", Server.BaseUrl, fast);

        Assert.Equal("""[Pet{Cat=Cat{Lives=Int32:9;Name="Tom";PetType="cat";};},Pet{Dog=Dog{Barks=Boolean:True;Name="Rex";PetType="dog";};},Pet{},]""", summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ADiscriminatedOneOfBodyShouldBeTheChosenObjectAndItsAnswerReadBack(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "CreatePetAsync", Server.BaseUrl, fast);

        Assert.Equal("""{"barks":true,"name":"Rex","petType":"dog"}""", Server.SingleRequest().Body);
        Assert.Equal("""Pet{Dog=Dog{Barks=Boolean:True;Name="Rex";PetType="dog";};}""", summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnImplicitMappingShouldUseTheSchemaNames(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "PutAnimalAsync", Server.BaseUrl, fast);

        Assert.Equal("""{"lives":9,"name":"Tom","petType":"Cat"}""", Server.SingleRequest().Body);
        Assert.Equal("""Animal{Cat=Cat{Lives=Int32:9;Name="Tom";PetType="Cat";};}""", summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnAnyOfOfObjectsShouldBeWrittenAsOneObjectAndReadIntoEveryAlternative(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "CreateOwnerAsync", Server.BaseUrl, fast);

        // Kiota's intersection type: the alternatives merged into one object (each writing its properties by name); a
        // shared name goes to the first by name when read.
        Assert.Equal("""{"employees":4,"age":30,"name":"Ann"}""", Server.SingleRequest().Body);
        Assert.Equal("""Owner{Company=Company{Employees=Int32:4;Name="Ann";};Person=Person{Age=Int32:30;};}""", summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AOneOfOfPrimitivesAndACollectionShouldSendTheChosenValueAndReadItByItsKind(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "PutValuesAsync", Server.BaseUrl, fast);

        Assert.Equal(["\"text\"", "5", "1.5", "false", """["a","b"]""", """{"name":"Tom"}"""], Server.Requests.Select(r => r.Body));
        // Kiota's order of trial: scalars by property name (Double before Integer), then the collection, then the object.
        Assert.Equal(
            """
            Value{ValueString="text";}
            Value{Double=Double:5;}
            Value{Double=Double:1.5;}
            Value{Boolean=Boolean:False;}
            Value{String=["a","b",];}
            Value{Cat=Cat{Name="Tom";};}
            """.Replace("\r\n", "\n"),
            summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WrappersInPropertiesAndArrayItemsShouldBeRead(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "GetShelterAsync", Server.BaseUrl, fast);

        Assert.Equal(
            "Shelter{Favorite=Pet{Cat=Cat{Lives=Int32:9;Name=\"Tom\";PetType=\"cat\";};};Maybe=Cat{Name=\"Maybe\";};Name=\"Home\";"
            + "Owner=Owner{Company=Company{Employees=Int32:5;Name=\"Acme\";};Person=Person{Age=Int32:40;};};"
            + "Residents=[Pet{Dog=Dog{Barks=Boolean:True;Name=\"Rex\";PetType=\"dog\";};},Pet{Cat=Cat{Name=\"Kit\";PetType=\"CAT\";};},Pet{},Pet{},];"
            + "Single=Dog{Name=\"Solo\";PetType=\"dog\";};Tag=Shelter_tag{Integer=Int32:7;};"
            + "Values=[Value{ValueString=\"s\";},Value{Double=Double:1;},Value{Double=Double:2.5;},Value{Boolean=Boolean:True;},Value{String=[\"x\",];},Value{Cat=Cat{Name=\"Tom\";PetType=\"cat\";};},Value{Cat=Cat{};},];}",
            summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InlineWrappersShouldBeARequestBodyAndAResponse(bool fast)
    {
        var summary = await Client.InvokeAsync("Probe.Entry", "PostShelterAsync", Server.BaseUrl, fast);

        Assert.Equal("""[{"name":"a"},{"name":"b"}]""", Server.SingleRequest().Body);
        Assert.Equal("ShelterPostResponse{Integer=Int32:42;}", summary);
    }

    [Fact]
    public void OneOfOfOneAlternativeNullableWrappersAndConstraintOnlyAlternativesShouldStayPlainTypes()
    {
        var shelter = Client.GetType("Composed.Models.Shelter");

        Assert.Equal("Composed.Models.Dog", shelter.GetProperty("Single")!.PropertyType.FullName);
        Assert.Equal("Composed.Models.Cat", shelter.GetProperty("Maybe")!.PropertyType.FullName);
        Assert.Equal(typeof(string), shelter.GetProperty("NullableName")!.PropertyType);
        Assert.Equal(typeof(string), shelter.GetProperty("Described")!.PropertyType);
        Assert.Equal("Microsoft.Kiota.Abstractions.Serialization.IComposedTypeWrapper", Assert.Single(shelter.GetProperty("Favorite")!.PropertyType.GetInterfaces(), i => i.Name == "IComposedTypeWrapper").FullName);
    }

    [Theory]
    [InlineData("Kiota", "Composed.Models.Shelter+Shelter_tag", "Composed.Shelter.ShelterRequestBuilder+ShelterPostRequestBody", "Composed.Shelter.ShelterRequestBuilder+ShelterPostResponse")]
    [InlineData("Pascal", "Composed.Models.ShelterTag", "Composed.Shelter.ShelterPostRequestBody", "Composed.Shelter.ShelterPostResponse")]
    public void InlineWrappersShouldBeNestedInTheirOwnerInKiotaStyleOnly(string naming, string property, string body, string response)
    {
        var result = GeneratorHarness.Run(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.Prevu3dNaming"] = naming, ["build_property.Prevu3dClientNamespace"] = "Composed" },
            ("/specs/composed.yaml", TestPaths.ReadSpec("composed.yaml")));

        var (compilation, diagnostics) = GeneratorHarness.Compile(result);

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        foreach (var wrapper in new[] { property, body, response })
        {
            var type = compilation.GetTypeByMetadataName(wrapper);
            Assert.True(type is not null, wrapper + " is not declared");
            Assert.Contains(type!.AllInterfaces, i => i.Name == "IComposedTypeWrapper");
        }
    }

    [Fact]
    public async Task WrappersThatHoldEachOtherShouldReadWithoutEndlessRecursionOnBothPaths()
    {
        const string CycleProbe = """
            #pragma warning disable CS1591 // test probe, not an API
            using System.IO;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions.Serialization;
            using Microsoft.Kiota.Serialization.Json;
            using M = Cycle.Models;

            namespace Probe
            {
                public static class Cycle
                {
                    public static async Task<string> ReadAsync(string json, bool fast)
                    {
                        IParseNodeFactory factory = fast ? new global::Cycle.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                        using var loop = new MemoryStream(Encoding.UTF8.GetBytes(json));
                        using var self = new MemoryStream(Encoding.UTF8.GetBytes(json));
                        return Dumper.Dump((await factory.GetRootParseNodeAsync("application/json", loop)).GetObjectValue(M.Loop.CreateFromDiscriminatorValue))
                            + " " + Dumper.Dump((await factory.GetRootParseNodeAsync("application/json", self)).GetObjectValue(M.Self.CreateFromDiscriminatorValue));
                    }
                }
            }
            """;
        using var client = DynamicClient.Create(TestPaths.ReadSpec("Hostile/composed-cycle.yaml"), "Cycle", CycleProbe + Dumper);

        foreach (var json in new[] { """{"name":"x"}""", "\"s\"", "true", "[]" })
        {
            var kiota = await client.InvokeAsync("Probe.Cycle", "ReadAsync", json, false);
            var generated = await client.InvokeAsync("Probe.Cycle", "ReadAsync", json, true);

            Assert.Equal(kiota, generated);
            Assert.StartsWith(json == "\"s\"" ? "Loop{String=\"s\"" : "Loop{", generated, System.StringComparison.Ordinal);
        }
    }

    /// <summary>The composed client, generated and compiled once for the whole class.</summary>
    public sealed class CompiledClient : System.IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(TestPaths.ReadSpec("composed.yaml"), "Composed", Probe + Dumper);

        public void Dispose() => Client.Dispose();
    }

    private static async Task<IResult> Echo(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return Results.Text(await reader.ReadToEndAsync(), "application/json");
    }
}
