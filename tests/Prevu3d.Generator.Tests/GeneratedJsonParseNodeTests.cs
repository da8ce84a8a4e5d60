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
public sealed class GeneratedJsonParseNodeTests(GeneratedJsonParseNodeTests.CompiledClient compiled) : IClassFixture<GeneratedJsonParseNodeTests.CompiledClient>
{
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
                    var before = string.Join(",", items.Select(i => State(i.AdditionalData)));
                    _ = items[0].AdditionalData.Count;
                    var afterOne = string.Join(",", items.Select(i => State(i.AdditionalData)));
                    Serialize(items[1]);
                    var afterSerializing = string.Join(",", items.Select(i => State(i.AdditionalData)));
                    return before + " | " + afterOne + " | " + afterSerializing;
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

                private static string State(IDictionary<string, object> data)
                {
                    if (data.GetType().Name != "LazyAdditionalData")
                    {
                        return data.GetType().Name;
                    }

                    var values = data.GetType().GetField("_values", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(data);
                    return values is null ? "text" : "values";
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

        // Read: all text. The first one's Count: it alone is built. Serializing the second: it is built too.
        Assert.Equal("text,text,text | values,text,text | values,values,text", state);
    }

    /// <summary>
    /// An unknown field the eager fast path could not read (a lone surrogate once unescaped) still fails the read
    /// itself, not a later first use of AdditionalData; escaped text that reads fine does not.
    /// </summary>
    [Theory]
    [InlineData("{\"name\":\"a\",\"bad\":\"\\ud800\"}", "throws System.InvalidOperationException")]
    [InlineData("{\"bad\":{\"k\":[1,\"\\udc00x\"]}}", "throws System.InvalidOperationException")]
    [InlineData("{\"\\ud800\":1}", "throws System.InvalidOperationException")]
    [InlineData("{\"note\":\"a\\u002Bb\",\"pair\":\"\\ud83d\\ude00\"}", "{\"note\":")]
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

        Assert.Equal("{\"name\":\"a\"," + Unknown + "}", written);
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
