using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The generated JSON fast path (<c>GeneratedJsonParseNodeFactory</c> and each model's reader) against Kiota's
/// <c>JsonParseNodeFactory</c> on the same bytes: every property, every unknown field (and its .NET type) and every
/// failure must come out the same. The constructs spec's <c>Item</c> has a property of each kind the generator emits.
/// </summary>
/// <remarks>The composed spec's wrappers (oneOf/anyOf) are read both ways too, from any root and inside a model.</remarks>
public sealed class GeneratedJsonParseNodeTests(GeneratedJsonParseNodeTests.CompiledClient compiled, GeneratedJsonParseNodeTests.PolymorphicClient polymorphic, GeneratedJsonParseNodeTests.ComposedClient composed)
    : IClassFixture<GeneratedJsonParseNodeTests.CompiledClient>, IClassFixture<GeneratedJsonParseNodeTests.PolymorphicClient>, IClassFixture<GeneratedJsonParseNodeTests.ComposedClient>
{
    private const string PolymorphicProbe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.IO;
        using System.Linq;
        using System.Reflection;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Serialization.Json;
        using M = Poly.Models;

        namespace Probe
        {
            public static class PolyDifferential
            {
                public static async Task<string> ReadAsync(string json, bool fast, bool collection)
                {
                    IParseNodeFactory factory = fast ? new Poly.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    try
                    {
                        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                        var root = await factory.GetRootParseNodeAsync("application/json", stream);
                        var text = collection
                            ? string.Join("\n", root.GetCollectionOfObjectValues(M.Pet.CreateFromDiscriminatorValue).Select(Describe))
                            : Describe(root.GetObjectValue(M.Pet.CreateFromDiscriminatorValue));
                        // The fast path must read derived and discriminated classes itself, never through its Kiota fallback.
                        var fallback = fast ? root.GetType().GetField("_fallback", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(root) : null;
                        return text + (fallback is null ? "" : " (fell back)");
                    }
                    catch (Exception exception)
                    {
                        return "throws " + (exception is JsonException ? "JsonException" : exception.GetType().FullName);
                    }
                }

                private static string Describe(IParsable? value)
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

                // The class of each model and the .NET type of each unknown field, recursively.
                private static string Classes(object? value) => value switch
                {
                    null => "null",
                    M.Dog dog => "Dog" + Unknown(dog) + "(" + Classes(dog.Friend) + ";" + string.Join(",", (dog.Pack ?? new()).Select(Classes)) + ")",
                    IAdditionalDataHolder holder => value.GetType().Name + Unknown(holder),
                    _ => value.GetType().Name,
                };

                private static string Unknown(IAdditionalDataHolder holder) =>
                    "[" + string.Join(",", holder.AdditionalData.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + (p.Value?.GetType().Name ?? "null"))) + "]";
            }
        }
        """;

    /// <summary>Discriminated and derived classes: the value picks the class, every field is read, nothing falls back.</summary>
    public static TheoryData<string, string> PolymorphicDocuments => new()
    {
        { "three levels", """{"kind":"lion","name":"Leo","indoor":true,"maneLength":3,"extra":"2024-02-29"}""" },
        { "discriminator last", """{"name":"Tom","indoor":false,"other":[1],"kind":"cat"}""" },
        { "nested and listed", """{"kind":"dog","barks":true,"friend":{"kind":"lion","maneLength":1},"pack":[{"kind":"cat"},{"kind":"nope","x":1},null,7,{"kind":"dog","friend":{"kind":"dog"}}]}""" },
        { "unknown value keeps every field", """{"kind":"hamster","name":"H","wheel":true,"indoor":true,"maneLength":2}""" },
        { "no discriminator", """{"name":"anon","barks":true}""" },
        { "discriminator not a string", """{"kind":3,"indoor":true}""" },
        { "discriminator null", """{"kind":null,"indoor":true}""" },
        { "discriminator an object", """{"kind":{"kind":"cat"},"indoor":true}""" },
        { "duplicate discriminator", """{"kind":"cat","kind":"dog","barks":true,"indoor":true}""" },
        { "escaped discriminator", """{"\u006bind":"c\u0061t","indoor":true}""" },
        { "wrong kinds in a derived class", """{"kind":"lion","indoor":"yes","maneLength":"3","name":1}""" },
        { "base field redefined nowhere else", """{"kind":"dog","name":"Rex","friend":[],"pack":{}}""" },
        { "empty object", "{}" },
        { "byte order mark", "\uFEFF{\"kind\":\"cat\",\"indoor\":true}" },
        { "truncated", """{"kind":"dog","friend":{"kind":""" },
    };

    [Theory]
    [MemberData(nameof(PolymorphicDocuments))]
    public async Task ADiscriminatedObjectShouldReadTheSameAsWithKiotasJsonParseNode(string name, string json)
    {
        var kiota = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", json, false, false);
        var generated = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", json, true, false);

        Assert.True(kiota == generated, $"{name}:\nKiota:     {kiota}\nGenerated: {generated}");
    }

    [Theory]
    [MemberData(nameof(PolymorphicDocuments))]
    public async Task ACollectionOfDiscriminatedObjectsShouldReadTheSameAsWithKiotasJsonParseNode(string name, string json)
    {
        var asArray = "[" + json.TrimStart('\uFEFF') + "," + json.TrimStart('\uFEFF') + "]";
        var kiota = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", asArray, false, true);
        var generated = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", asArray, true, true);

        Assert.True(kiota == generated, $"{name}:\nKiota:     {kiota}\nGenerated: {generated}");
    }

    /// <summary>400 seeded random documents over the polymorphic spec's properties and discriminator values.</summary>
    [Fact]
    public async Task RandomPolymorphicDocumentsShouldReadTheSameAsWithKiotasJsonParseNode()
    {
        string[] properties = ["kind", "kind", "name", "indoor", "maneLength", "barks", "friend", "pack", "wheel", "x"];
        string[] values =
        [
            "null", "true", "1", "1.5", "\"cat\"", "\"dog\"", "\"lion\"", "\"hamster\"", "\"\"", "[]", "{}",
            "{\"kind\":\"lion\",\"maneLength\":2}", "{\"kind\":\"dog\",\"friend\":{\"kind\":\"cat\",\"indoor\":true}}",
            "[{\"kind\":\"cat\"},{\"kind\":\"x\",\"y\":1},null]", "\"2024-02-29\"",
        ];
        var random = new Random(20261130);
        var failures = new List<string>();
        for (var document = 0; document < 400; document++)
        {
            var json = new StringBuilder("{");
            var count = random.Next(0, 8);
            for (var i = 0; i < count; i++)
            {
                json.Append(i == 0 ? string.Empty : ",")
                    .Append('"').Append(properties[random.Next(properties.Length)]).Append("\":")
                    .Append(values[random.Next(values.Length)]);
            }

            var text = json.Append('}').ToString();
            var kiota = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", text, false, false);
            var generated = await polymorphic.Client.InvokeAsync("Probe.PolyDifferential", "ReadAsync", text, true, false);
            if (kiota != generated)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"#{document} {text}\nKiota:     {kiota}\nGenerated: {generated}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Serialization.Json;
        using M = Constructs.Models;

        namespace Probe
        {
            public static class Differential
            {
                public static async Task<string> ReadAsync(string json, bool fast, bool collection)
                {
                    IParseNodeFactory factory = fast ? new Constructs.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    try
                    {
                        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                        var root = await factory.GetRootParseNodeAsync("application/json", stream);
                        if (collection)
                        {
                            var items = root.GetCollectionOfObjectValues(M.Item.CreateFromDiscriminatorValue).ToList();
                            return string.Join("\n", items.Select(Describe));
                        }

                        return Describe(root.GetObjectValue(M.Item.CreateFromDiscriminatorValue));
                    }
                    catch (Exception exception)
                    {
                        return "throws " + (exception is JsonException ? "JsonException" : exception.GetType().FullName);
                    }
                }

                public static async Task<string> ReadTwiceAsync(string json)
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var root = await new Constructs.GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
                    root.GetObjectValue(M.Item.CreateFromDiscriminatorValue);
                    try
                    {
                        root.GetObjectValue(M.Item.CreateFromDiscriminatorValue);
                        return "read twice";
                    }
                    catch (InvalidOperationException exception)
                    {
                        return exception.Message;
                    }
                }

                internal static string Describe(M.Item? item)
                {
                    if (item is null)
                    {
                        return "null";
                    }

                    var writer = new JsonSerializationWriter();
                    writer.WriteObjectValue(null, item);
                    using var content = writer.GetSerializedContent();
                    var text = new StreamReader(content).ReadToEnd();
                    var types = new StringBuilder();
                    Types(item, types);
                    // A read-only property is never serialized: compare it on its own.
                    return text + " version:" + item.Version + " types:" + types;
                }

                // The .NET type of every unknown field, recursively: serialization alone would hide string vs DateTime.
                internal static void Types(object? value, StringBuilder output)
                {
                    switch (value)
                    {
                        case null:
                            output.Append("null;");
                            break;
                        case IAdditionalDataHolder holder:
                            output.Append('{');
                            foreach (var pair in holder.AdditionalData.OrderBy(p => p.Key, StringComparer.Ordinal))
                            {
                                output.Append(pair.Key).Append('=');
                                Types(pair.Value, output);
                            }

                            foreach (var property in holder.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "AdditionalData"))
                            {
                                var child = property.GetValue(holder);
                                if (child is IAdditionalDataHolder or IEnumerable<IAdditionalDataHolder>)
                                {
                                    output.Append(property.Name).Append(':');
                                    Types(child, output);
                                }
                            }

                            output.Append('}');
                            break;
                        case UntypedObject untypedObject:
                            output.Append("UntypedObject{");
                            foreach (var pair in untypedObject.GetValue())
                            {
                                output.Append(pair.Key).Append('=');
                                Types(pair.Value, output);
                            }

                            output.Append('}');
                            break;
                        case UntypedArray untypedArray:
                            output.Append("UntypedArray[");
                            foreach (var item in untypedArray.GetValue())
                            {
                                Types(item, output);
                            }

                            output.Append(']');
                            break;
                        case IEnumerable<IAdditionalDataHolder> holders:
                            output.Append('[');
                            foreach (var item in holders)
                            {
                                Types(item, output);
                            }

                            output.Append(']');
                            break;
                        default:
                            output.Append(value.GetType().Name).Append(';');
                            break;
                    }
                }
            }
        }
        """;

    /// <summary>
    /// The probe of the lazy unknown fields: reads an <c>Item</c> either way, then touches its <c>AdditionalData</c> in a
    /// given order (first the types, first the serialization, only the serialization, or a change first) before the
    /// same description as <c>Differential.Describe</c>; and tells whether the fast path still holds the text.
    /// </summary>
    private const string LazyProbe = """

        namespace Probe
        {
            public static class Lazy
            {
                public static async Task<string> ReadAsync(string json, bool fast, string order)
                {
                    IParseNodeFactory factory = fast ? new Constructs.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    try
                    {
                        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                        var root = await factory.GetRootParseNodeAsync("application/json", stream);
                        var item = root.GetObjectValue(M.Item.CreateFromDiscriminatorValue);
                        var data = item.AdditionalData;
                        switch (order)
                        {
                            case "types first":
                                var types = new StringBuilder();
                                Differential.Types(item, types);
                                return Serialize(item) + " version:" + item.Version + " types:" + types;
                            case "serialization only":
                                return Serialize(item);
                            case "add":
                                data.Add("added", "value");
                                data.Add(new KeyValuePair<string, object>("Name", 1));
                                break;
                            case "remove":
                                return data.Remove("other") + " " + data.Remove(new KeyValuePair<string, object>("x-y", 42m)) + " " + Differential.Describe(item);
                            case "set":
                                data["x-y"] = "set";
                                data["other"] = new UntypedString("replaced");
                                break;
                            case "clear":
                                data.Clear();
                                break;
                            case "look up":
                                return data.ContainsKey("other") + " " + data.TryGetValue("x-y", out var value) + " " + value + " " + data.Count + " "
                                    + string.Join(",", data.Keys) + " " + data.Values.Count + " " + data.Contains(new KeyValuePair<string, object>("Name", true));
                        }

                        return Differential.Describe(item);
                    }
                    catch (Exception exception)
                    {
                        return "throws " + (exception is JsonException ? "JsonException" : exception.GetType().FullName);
                    }
                }

                public static async Task<string> StateAsync(string json)
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var root = await new Constructs.GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
                    var items = root.GetCollectionOfObjectValues(M.Item.CreateFromDiscriminatorValue).ToList();
                    var before = string.Join(",", items.Select(State));
                    _ = items[0].AdditionalData.Count;
                    var afterOne = string.Join(",", items.Select(State));
                    Serialize(items[1]);
                    var afterSerializing = string.Join(",", items.Select(State));
                    return before + " | " + afterOne + " | " + afterSerializing;
                }

                /// <summary>What a model holds without touching AdditionalData: its dictionary, text only, or nothing.</summary>
                public static string State(object model)
                {
                    var flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
                    var type = model.GetType();
                    while (type.GetField("_additionalData", flags) is null)
                    {
                        type = type.BaseType!;
                    }

                    return type.GetField("_additionalData", flags)!.GetValue(model) switch
                    {
                        null => "none",
                        { } held when held.GetType().Name == "LazyAdditionalData" => "text",
                        { } held => held.GetType().Name,
                    };
                }

                /// <summary>The property's contract whatever made the model: never null, the same dictionary each read, setter kept.</summary>
                public static async Task<string> ShapeAsync(string scenario)
                {
                    const string Json = "{\"name\":\"a\",\"other\":[1],\"x-y\":2}";
                    M.Item item;
                    switch (scenario)
                    {
                        case "new":
                            item = new M.Item();
                            break;
                        case "kiota":
                        case "fast":
                            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json)))
                            {
                                IParseNodeFactory factory = scenario == "fast" ? new Constructs.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                                var root = await factory.GetRootParseNodeAsync("application/json", stream);
                                item = root.GetObjectValue(M.Item.CreateFromDiscriminatorValue);
                            }

                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(scenario));
                    }

                    var held = State(item);
                    var first = item.AdditionalData;
                    var same = ReferenceEquals(first, item.AdditionalData);
                    var read = first.GetType().Name + " " + string.Join(",", first.Select(p => p.Key + "=" + p.Value));
                    var mine = new Dictionary<string, object> { ["mine"] = 1 };
                    item.AdditionalData = mine;
                    var assigned = ReferenceEquals(mine, item.AdditionalData) + " " + Serialize(item);
                    item.AdditionalData = null!;
                    var nulled = item.AdditionalData;
                    var afterNull = (nulled is null ? "null" : nulled.GetType().Name + " " + nulled.Count + " " + ReferenceEquals(nulled, item.AdditionalData)) + " " + Serialize(item);
                    return held + " | " + same + " " + read + " | " + assigned + " | " + afterNull;
                }

                public static async Task<string> ConcurrentFirstReadsAsync(string json)
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var root = await new Constructs.GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
                    var item = root.GetObjectValue(M.Item.CreateFromDiscriminatorValue);
                    using var start = new ManualResetEventSlim();
                    var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
                    {
                        start.Wait();
                        return string.Join(",", item.AdditionalData.Select(p => p.Key + "=" + p.Value));
                    })).ToArray();
                    start.Set();
                    var seen = await Task.WhenAll(readers);
                    return string.Join("\n", seen.Distinct());
                }

                private static string Serialize(M.Item item)
                {
                    var writer = new JsonSerializationWriter();
                    writer.WriteObjectValue(null, item);
                    using var content = writer.GetSerializedContent();
                    return new StreamReader(content).ReadToEnd();
                }
            }
        }
        """;

    /// <summary>Hand-picked documents: the edges of each rule of JsonParseNode.</summary>
    public static TheoryData<string, string> Documents => new()
    {
        { "every property", """{"id":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","name":"one","count":3,"big":9000000000,"ratio":1.5,"score":2.25,"price":10.10,"enabled":true,"day":"2024-02-29","at":"12:30:00","blob":"AAECAw==","file":"BAUG","kind":"fancy-one","kinds":["2d","plain"],"labels":["a","b"],"numbers":[1,2],"children":[{"name":"c"}],"owner":{"id":"11111111-2222-3333-4444-555555555555","display-name":"Ann"},"status":"retired","parent":{"name":"p"},"createdAt":"2023-05-06T07:08:09Z","createdBy":"me","additionalData":"ad","matrix":[[1,2.5],[],[null]],"attributes":{"a":"b","c":1},"level":2,"mood":"with space","legacy":"old","version":7}""" },
        { "nulls", """{"id":null,"name":null,"count":null,"enabled":null,"children":null,"owner":null,"labels":null,"kind":null,"day":null,"parent":null}""" },
        { "wrong kinds", """{"id":7,"name":5,"count":"x","big":true,"score":"1","enabled":"true","labels":"a","children":{},"owner":[],"parent":"p","createdBy":{"a":1}}""" },
        { "new shapes of wrong kinds", """{"matrix":{"a":1},"attributes":[1],"level":"2","mood":1,"legacy":[],"version":1.5}""" },
        { "unknown nullable enum value", """{"mood":"a-b","attributes":{}}""" },
        { "empty uuid", """{"id":""}""" },
        { "bad uuid", """{"id":"zzz"}""" },
        { "fractional int32", """{"count":1.5}""" },
        { "int32 overflow", """{"count":3000000000}""" },
        { "double overflow", """{"score":1e400}""" },
        { "enum not a string", """{"kind":3}""" },
        { "unknown enum value", """{"kind":"nope","kinds":["plain","nope"]}""" },
        { "mixed arrays", """{"labels":["a",1,null,{}],"children":[null,1,{"name":"x"},[]],"numbers":[1]}""" },
        { "escaped names", """{"na\u006de":"escaped","\u0069d":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","unkn\u006fwn":1}""" },
        { "duplicate names", """{"name":"first","name":"second","extra":1,"extra":2}""" },
        { "unknown numbers", """{"i":1,"neg":-7,"big":9000000000,"huge":123456789012345678901234567890,"dec":0.1,"exp":1e10,"tiny":1e-30,"inf":1e400}""" },
        { "unknown strings", """{"date":"2023-05-06T07:08:09Z","offset":"2023-05-06T07:08:09+02:00","day":"2024-02-29","guid":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","text":"x","empty":""}""" },
        { "unknown containers", """{"arr":[1,3000000000,0.5,1e400,"s",true,null,[],{"k":[{"z":null}]}],"obj":{"a":{"b":{"c":1}},"a":2},"t":true,"f":false,"n":null}""" },
        { "unicode", """{"name":"\u00e9t\u00e9 \ud83d\ude00","\u00fcnknown":"\u4e2d"}""" },
        { "root is an array", """[{"name":"a"}]""" },
        { "siblings of different shapes", """[{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6},{"a":1,"a":2,"name":"n"},{},{"name":"only known"},{"s":1,"t":2,"u":3,"v":4,"w":5,"x":6,"y":7,"z":8,"s":9},{"additionalData":{"a":1}},null,{"p":[{"q":1,"r":2,"s":3,"t":4}]}]""" },
        { "root is a string", "\"x\"" },
        { "root is null", "null" },
        { "empty object", "{}" },
        { "whitespace around", " \r\n\t{\"name\":\"a\"} \n" },
        { "byte order mark", "\uFEFF{\"name\":\"a\"}" },
        { "truncated", """{"name":"a","children":[{"name":""" },
        { "trailing garbage", """{"name":"a"} x""" },
        { "two roots", """{"name":"a"}{"name":"b"}""" },
        { "empty body", "" },
        { "comment", """{"name":"a" /* no */}""" },
        { "trailing comma", """{"name":"a",}""" },
        { "too deep", new string('[', 70) + new string(']', 70) },
        { "too deep in an unknown field", "{\"x\":" + new string('[', 70) + new string(']', 70) + "}" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnObjectShouldReadTheSameAsWithKiotasJsonParseNode(string name, string json)
    {
        var kiota = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", json, false, false);
        var generated = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", json, true, false);

        Assert.True(kiota == generated, $"{name}:\nKiota:     {kiota}\nGenerated: {generated}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ACollectionShouldReadTheSameAsWithKiotasJsonParseNode(string name, string json)
    {
        var asArray = json.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('[') ? json : "[" + json + "," + json + "]";
        var kiota = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", asArray, false, true);
        var generated = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", asArray, true, true);

        Assert.True(kiota == generated, $"{name}:\nKiota:     {kiota}\nGenerated: {generated}");
    }

    /// <summary>
    /// 400 documents built from a seeded pool of values of every JSON kind, assigned to known and unknown
    /// properties at random: the two readers agree on each (the seed is in the message of a failure).
    /// </summary>
    [Fact]
    public async Task RandomDocumentsShouldReadTheSameAsWithKiotasJsonParseNode()
    {
        var random = new Random(20261128);
        var failures = new List<string>();
        for (var document = 0; document < 400; document++)
        {
            var text = RandomDocument(random);
            var kiota = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", text, false, false);
            var generated = await compiled.Client.InvokeAsync("Probe.Differential", "ReadAsync", text, true, false);
            if (kiota != generated)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"#{document} {text}\nKiota:     {kiota}\nGenerated: {generated}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public async Task ARootNodeShouldBeReadOnceWithAClearError()
    {
        var message = await compiled.Client.InvokeAsync("Probe.Differential", "ReadTwiceAsync", """{"name":"a"}""");

        Assert.Contains("already been read", message, StringComparison.Ordinal);
    }

    private const string ComposedProbe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Serialization.Json;
        using M = Composed.Models;

        namespace Probe
        {
            public static class ComposedDifferential
            {
                public static async Task<string> ReadAsync(string json, bool fast, string root)
                {
                    IParseNodeFactory factory = fast ? new Composed.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    try
                    {
                        return Dumper.Dump(Read(await Root(factory, json), root));
                    }
                    catch (Exception exception)
                    {
                        return "throws " + (exception is JsonException ? "JsonException" : exception.GetType().FullName);
                    }
                }

                // A root node read by the fast path is read once; one that fell back to JsonParseNode could be read again.
                public static async Task<string> ReadTwiceAsync(string json, string root)
                {
                    var node = await Root(new Composed.GeneratedJsonParseNodeFactory(), json);
                    Read(node, root);
                    try
                    {
                        Read(node, root);
                        return "read twice";
                    }
                    catch (InvalidOperationException exception)
                    {
                        return exception.Message;
                    }
                }

                private static async Task<IParseNode> Root(IParseNodeFactory factory, string json)
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    return await factory.GetRootParseNodeAsync("application/json", stream);
                }

                private static object? Read(IParseNode node, string root) => root switch
                {
                    "shelter" => node.GetObjectValue(M.Shelter.CreateFromDiscriminatorValue),
                    "pet" => node.GetObjectValue(M.Pet.CreateFromDiscriminatorValue),
                    "animal" => node.GetObjectValue(M.Animal.CreateFromDiscriminatorValue),
                    "owner" => node.GetObjectValue(M.Owner.CreateFromDiscriminatorValue),
                    "value" => node.GetObjectValue(M.Value.CreateFromDiscriminatorValue),
                    "answer" => node.GetObjectValue(Composed.Shelter.ShelterRequestBuilder.ShelterPostResponse.CreateFromDiscriminatorValue),
                    "pets" => node.GetCollectionOfObjectValues(M.Pet.CreateFromDiscriminatorValue).ToList(),
                    "values" => node.GetCollectionOfObjectValues(M.Value.CreateFromDiscriminatorValue).ToList(),
                    _ => throw new ArgumentOutOfRangeException(nameof(root)),
                };
            }
        }
        """;

    /// <summary>Wrapper documents: each root type of the composed spec with the edges of its choice.</summary>
    public static TheoryData<string, string> ComposedDocuments => new()
    {
        { "pet", """{"petType":"cat","name":"Tom","lives":9,"x":1}""" },
        { "pet", """{"name":"Rex","barks":false,"petType":"DOG"}""" },
        { "pet", """{"petType":"bird","name":"Tweety"}""" },
        { "pet", """{"petType":5,"name":"n"}""" },
        { "pet", """{"petType":"dog","name":"a","petType":"cat"}""" },
        { "pet", """{"pet\u0054ype":"c\u0061t","lives":2}""" },
        { "pet", """{"petType":"cat","lives":1.5}""" },
        { "pet", """{"petType":"cat","owner":{"a":[1,{"b":null}]},"name":"deep"}""" },
        { "pet", "{}" },
        { "pet", "\"cat\"" },
        { "pet", "7" },
        { "pet", "[]" },
        { "pet", "null" },
        { "pet", """{"petType":"cat" """ },
        { "pet", """{"petType":"cat"} x""" },
        { "animal", """{"petType":"Cat","name":"Tom"}""" },
        { "animal", """{"petType":"dog","barks":true}""" },
        { "animal", """{"petType":"cat ","name":"space"}""" },
        { "owner", """{"name":"n","age":1,"employees":2,"u":true}""" },
        { "owner", """{"name":null,"age":null,"employees":"x"}""" },
        { "owner", """{"age":3000000000}""" },
        { "owner", "{}" },
        { "owner", "[]" },
        { "owner", "\"s\"" },
        { "owner", "null" },
        { "value", "\"s\"" },
        { "value", "1" },
        { "value", "1.5" },
        { "value", "1e400" },
        { "value", "true" },
        { "value", "false" },
        { "value", "null" },
        { "value", "[]" },
        { "value", """["a",1,null,{}]""" },
        { "value", """{"name":"Tom","petType":"dog","zz":1}""" },
        { "value", "{}" },
        { "value", """[{"name":"x"}]""" },
        { "value", "12345678901234567890" },
        { "answer", "\"s\"" },
        { "answer", "42" },
        { "answer", "1.5" },
        { "answer", "true" },
        { "answer", "{}" },
        { "answer", "[1]" },
        { "pets", """[{"petType":"cat"},{"petType":"dog","name":"d"},null,1,"x",[],{}]""" },
        { "pets", "{}" },
        { "pets", "\"x\"" },
        { "values", """["s",1,true,[],{},null,["t"],{"name":"c"}]""" },
        { "values", "[[[]]]" },
        { "shelter", """{"name":"Home","favorite":{"petType":"cat","name":"Tom","lives":9,"extra":1},"residents":[{"petType":"dog","name":"Rex"},null],"owner":{"name":"Acme","employees":5,"age":40,"x":true},"tag":7,"single":{"petType":"dog"},"maybe":{"name":"m"},"nullableName":null,"values":["s",1,2.5,true,["x"],{"name":"Tom"},null],"more":[1]}""" },
        { "shelter", """{"favorite":[],"residents":{},"owner":"x","tag":"t","values":"v","single":1,"maybe":[]}""" },
        { "shelter", """{"tag":1.5}""" },
        { "shelter", """{"tag":null,"favorite":null,"owner":null,"values":null,"residents":null}""" },
        { "shelter", """{"tag":{},"values":[[],[{}]],"owner":[{"name":"a"}],"favorite":{"petType":["cat"]}}""" },
    };

    [Theory]
    [MemberData(nameof(ComposedDocuments))]
    public async Task AWrapperShouldReadTheSameAsWithKiotasJsonParseNode(string root, string json)
    {
        var kiota = await composed.Client.InvokeAsync("Probe.ComposedDifferential", "ReadAsync", json, false, root);
        var generated = await composed.Client.InvokeAsync("Probe.ComposedDifferential", "ReadAsync", json, true, root);

        Assert.True(kiota == generated, $"{root} {json}:\nKiota:     {kiota}\nGenerated: {generated}");
    }

    [Theory]
    [InlineData("pet", """{"petType":"cat","name":"Tom"}""")]
    [InlineData("value", "\"s\"")]
    [InlineData("value", "[\"a\"]")]
    [InlineData("answer", "42")]
    [InlineData("pets", """[{"petType":"dog"}]""")]
    [InlineData("values", "[1,\"s\"]")]
    [InlineData("shelter", """{"favorite":{"petType":"cat"},"tag":"t"}""")]
    public async Task AWrapperShouldBeReadByTheFastPathWithoutFallingBack(string root, string json)
    {
        var message = await composed.Client.InvokeAsync("Probe.ComposedDifferential", "ReadTwiceAsync", json, root);

        Assert.Contains("already been read", message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 400 shelters whose properties (wrappers, lists of wrappers, plain models) get values of every JSON kind shaped
    /// like each alternative, at random, and 200 roots of each wrapper type: the two readers agree on each.
    /// </summary>
    [Fact]
    public async Task RandomWrapperDocumentsShouldReadTheSameAsWithKiotasJsonParseNode()
    {
        string[] properties = ["name", "favorite", "residents", "owner", "tag", "single", "maybe", "nullableName", "values", "extra"];
        string[] values =
        [
            "null", "true", "false", "0", "-1", "42", "1.5", "3000000000", "1e400", "\"\"", "\"x\"", "\"cat\"",
            "\"2023-05-06T07:08:09Z\"", "\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"", "[]", "[1,2]", "[\"a\",null]", "{}",
            "{\"petType\":\"cat\",\"name\":\"c\",\"lives\":3,\"u\":1}", "{\"petType\":\"Dog\",\"barks\":true}",
            "{\"petType\":\"fish\"}", "{\"name\":\"n\",\"age\":2,\"employees\":3}", "{\"employees\":\"many\"}",
            "[{\"petType\":\"cat\"},null,{\"petType\":\"dog\",\"name\":\"d\"}]", "[\"s\",1,true,[\"t\"],{\"name\":\"c\"}]",
            "{\"a\":{\"b\":[1,{\"c\":null}]}}",
        ];
        string[] roots = ["pet", "animal", "owner", "value", "answer", "pets", "values"];
        var random = new Random(20261130);
        var failures = new List<string>();
        for (var document = 0; document < 400 + (roots.Length * 200); document++)
        {
            string root;
            string text;
            if (document < 400)
            {
                root = "shelter";
                var json = new StringBuilder("{");
                var count = random.Next(0, 10);
                for (var i = 0; i < count; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",")
                        .Append('"').Append(properties[random.Next(properties.Length)]).Append("\":")
                        .Append(values[random.Next(values.Length)]);
                }

                text = json.Append('}').ToString();
            }
            else
            {
                root = roots[(document - 400) / 200];
                text = values[random.Next(values.Length)];
            }

            var kiota = await composed.Client.InvokeAsync("Probe.ComposedDifferential", "ReadAsync", text, false, root);
            var generated = await composed.Client.InvokeAsync("Probe.ComposedDifferential", "ReadAsync", text, true, root);
            if (kiota != generated)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"#{document} {root} {text}\nKiota:     {kiota}\nGenerated: {generated}"));
            }
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " differ:\n" + string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>The composed client with its differential probe, generated and compiled once for the class.</summary>
    public sealed class ComposedClient : IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(TestPaths.ReadSpec("composed.yaml"), "Composed", ComposedProbe + ComposedTypesClientTests.Dumper);

        public void Dispose() => Client.Dispose();
    }

    /// <summary>The polymorphism client with its differential probe, generated and compiled once for the class.</summary>
    public sealed class PolymorphicClient : IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(TestPaths.ReadSpec("polymorphism.yaml"), "Poly", PolymorphicProbe);

        public void Dispose() => Client.Dispose();
    }

    /// <summary>The orders a reader may touch <c>AdditionalData</c> in, each compared with Kiota's eager dictionary.</summary>
    public static TheoryData<string> Orders => new(OrderNames);

    private static readonly string[] OrderNames = ["types first", "serialization only", "add", "remove", "set", "clear", "look up"];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task UnknownFieldsShouldReadTheSameWhateverTouchesAdditionalDataFirst(string order)
    {
        var failures = new List<string>();
        foreach (var row in Documents)
        {
            var json = (string)row[1];
            var kiota = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", json, false, order);
            var generated = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", json, true, order);
            if (kiota != generated)
            {
                failures.Add($"{row[0]} ({order}):\nKiota:     {kiota}\nGenerated: {generated}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>The random documents again, each touched in every order before or without being read.</summary>
    [Fact]
    public async Task RandomDocumentsShouldReadTheSameWhateverTouchesAdditionalDataFirst()
    {
        var random = new Random(20261130);
        var failures = new List<string>();
        for (var document = 0; document < 150; document++)
        {
            var text = RandomDocument(random);
            foreach (var order in OrderNames)
            {
                var kiota = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", text, false, order);
                var generated = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", text, true, order);
                if (kiota != generated)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"#{document} {order}: {text}\nKiota:     {kiota}\nGenerated: {generated}"));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public async Task UnknownFieldsShouldStayTextUntilTheirDictionaryIsUsed()
    {
        var state = await compiled.Client.InvokeAsync(
            "Probe.Lazy", "StateAsync", """[{"name":"a","other":[1,{"b":"c"}]},{"tags":["x"],"n":1},{"name":"known only"}]""");

        // Read: text, or nothing without unknown fields. The first one's Count: it alone is built. Serializing the second: it is built too.
        Assert.Equal("text,text,none | Dictionary`2,text,none | Dictionary`2,Dictionary`2,none", state);
    }

    /// <summary>
    /// An unknown field the eager fast path could not read (a lone surrogate once unescaped) still fails the read
    /// itself, not a later first use of AdditionalData; escaped text that reads fine does not. An answer without any
    /// surrogate escape or malformed byte is checked once as a whole; any other, member by member.
    /// </summary>
    [Theory]
    [InlineData("{\"name\":\"a\",\"bad\":\"\\ud800\"}", "throws System.InvalidOperationException")]
    [InlineData("{\"bad\":{\"k\":[1,\"\\udc00x\"]}}", "throws System.InvalidOperationException")]
    [InlineData("{\"\\ud800\":1}", "throws System.InvalidOperationException")]
    [InlineData("{\"note\":\"a\\u002Bb\",\"pair\":\"\\ud83d\\ude00\"}", "{\"note\":")]
    // A surrogate escape in a known field: the answer is not checked as a whole, its unknown members one by one.
    [InlineData("{\"name\":\"\\ud83d\\ude00\",\"note\":\"plain\"}", "{\"note\":\"plain\"")]
    [InlineData("{\"name\":\"\\ud83d\\ude00\",\"bad\":\"\\udc00\"}", "throws System.InvalidOperationException")]
    public async Task UnreadableUnknownFieldsShouldFailTheReadNotTheFirstUse(string json, string expected)
    {
        var result = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", json, true, "serialization only");

        Assert.StartsWith(expected, result, StringComparison.Ordinal);
    }

    /// <summary>Kiota's writer escapes non-ASCII text its own way: the fields here are ones it writes byte for byte.</summary>
    [Fact]
    public async Task UnknownFieldsShouldBeWrittenBackAsTheyCame()
    {
        const string Unknown = "\"other\":{\"k\":[1,\"s\",true,null,{\"d\":-2.5}]},\"note\":\"plain note\",\"n\":12,\"on\":false,\"none\":null";
        var written = await compiled.Client.InvokeAsync("Probe.Lazy", "ReadAsync", "{\"name\":\"a\"," + Unknown + "}", true, "serialization only");

        // Item derives from Audit: the base writes its fields and the additional data first, then Item its own (Kiota's order).
        Assert.Equal("{" + Unknown + ",\"name\":\"a\"}", written);
    }

    /// <summary>
    /// AdditionalData keeps Kiota's contract however the model was made (by hand, by Kiota's parse node, which fills it
    /// through the getter, or by the fast path): never null, the same dictionary on every read, an assigned dictionary
    /// returned as is; null assigned reads back as an empty dictionary. A model made by hand holds nothing until read.
    /// </summary>
    [Theory]
    [InlineData("new", "none | True Dictionary`2  | True {\"mine\":1} | Dictionary`2 0 True {}")]
    [InlineData("kiota", "Dictionary`2 | True Dictionary`2 other=Microsoft.Kiota.Abstractions.Serialization.UntypedArray,x-y=2 | True {\"mine\":1,\"name\":\"a\"} | Dictionary`2 0 True {\"name\":\"a\"}")]
    [InlineData("fast", "text | True Dictionary`2 other=Microsoft.Kiota.Abstractions.Serialization.UntypedArray,x-y=2 | True {\"mine\":1,\"name\":\"a\"} | Dictionary`2 0 True {\"name\":\"a\"}")]
    public async Task AdditionalDataShouldKeepKiotasContractHoweverTheModelWasMade(string scenario, string expected)
    {
        var shape = await compiled.Client.InvokeAsync("Probe.Lazy", "ShapeAsync", scenario);

        Assert.Equal(expected, shape);
    }

    [Fact]
    public async Task ConcurrentFirstReadsOfAdditionalDataShouldSeeTheSameValues()
    {
        var seen = await compiled.Client.InvokeAsync(
            "Probe.Lazy", "ConcurrentFirstReadsAsync", """{"a":1,"b":"two","c":[3],"d":{"e":4},"a":5}""");

        Assert.Equal("a=1,b=two,c=Microsoft.Kiota.Abstractions.Serialization.UntypedArray,d=Microsoft.Kiota.Abstractions.Serialization.UntypedObject", seen);
    }

    /// <summary>
    /// A seeded pool of values of every JSON kind, assigned to known and unknown properties at random (names and
    /// strings with escapes included, so the lazy path's checks of unknown fields are exercised).
    /// </summary>
    private static readonly string[] RandomProperties = ["id", "name", "count", "big", "ratio", "score", "price", "enabled", "day", "at", "blob", "file", "kind", "kinds", "labels", "numbers", "children", "owner", "status", "parent", "createdAt", "createdBy", "additionalData", "extra", "Name", "x-y", "matrix", "attributes", "level", "mood", "legacy", "version", "other", "\\u006fther", "na\\u006de"];
    private static readonly string[] RandomValues =
    [
        "null", "true", "false", "0", "-1", "42", "1.5", "3000000000", "1e400", "-0.0", "12345678901234567890123",
        "\"\"", "\"x\"", "\"2024-02-29\"", "\"2023-05-06T07:08:09Z\"", "\"12:30:00\"", "\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"",
        "\"fancy-one\"", "\"2d\"", "\"AAECAw==\"", "\"retired\"", "\"\\u00e9\\n\"",
        "[]", "[1,2]", "[\"a\",null]", "[\"plain\",\"2d\"]", "[{\"name\":\"c\",\"q\":1}]", "[null,{}]", "[[1],{\"a\":[]}]",
        "[[1,2],[\"a\"]]", "{\"k\":\"v\",\"n\":null}", "\"with space\"", "\"a-b\"",
        "{}", "{\"name\":\"n\",\"display-name\":\"d\",\"z\":[1,{\"a\":null}]}", "{\"id\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}",
        "\"\\ud83d\\ude00\"", "[\"\\u00e9\"]", "{\"\\u0061\":\"\\t\"}",
    ];

    private static string RandomDocument(Random random)
    {
        var json = new StringBuilder("{");
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",")
                .Append('"').Append(RandomProperties[random.Next(RandomProperties.Length)]).Append("\":")
                .Append(RandomValues[random.Next(RandomValues.Length)]);
        }

        return json.Append('}').ToString();
    }

    /// <summary>The constructs client with the differential probe, generated and compiled once for the class.</summary>
    public sealed class CompiledClient : IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(TestPaths.ReadSpec("constructs.yaml"), "Constructs", Probe + LazyProbe);

        public void Dispose() => Client.Dispose();
    }
}
