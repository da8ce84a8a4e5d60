using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using Prevu3d.Generator.Templates;

namespace Prevu3d.Generator.Tests.Templates;

/// <summary>
/// The compiled template of the JSON fast path, driven by a model written as the generator writes them (the
/// differential tests in <see cref="GeneratedJsonParseNodeTests"/> check the generated copy against Kiota's parse node).
/// </summary>
public sealed class GeneratedJsonParseNodeFactoryTests
{
    [Fact]
    public async Task AnObjectShouldBeReadInPlaceWithItsUnknownFields()
    {
        var root = await RootAsync("""{"name":"Rex","age":3,"tags":["a",1],"extra":true,"age":4}""");

        var pet = root.GetObjectValue(Pet.CreateFromDiscriminatorValue);

        Assert.True(pet.ReadInPlace);
        Assert.Equal("Rex", pet.Name);
        Assert.Equal(4, pet.Age);
        // As JsonParseNode.GetCollectionOfPrimitiveValues: an element that is not a string is null.
        Assert.Equal(new string?[] { "a", null }, pet.Tags!.Cast<string?>());
        Assert.Equal(true, Assert.Single(pet.AdditionalData).Value);
    }

    [Fact]
    public async Task ACollectionShouldBeReadInPlaceWithAnEmptyModelForAValueThatIsNotAnObject()
    {
        var root = await RootAsync("""[{"name":"a"},1,{"name":"b","age":null}]""");

        var pets = root.GetCollectionOfObjectValues(Pet.CreateFromDiscriminatorValue).ToList();

        Assert.Equal(["a", null, "b"], pets.Select(p => p.Name));
        Assert.Equal([true, false, true], pets.Select(p => p.ReadInPlace));
        Assert.Null(pets[2].Age);
    }

    [Fact]
    public async Task EqualShortStringsOfSiblingsShouldBeOneInstance()
    {
        var root = await RootAsync("""[{"name":"folder"},{"name":"folder"},{"name":"f\u006flder"},{"name":"été"},{"name":"été"},{"name":"a name longer than sixteen bytes"},{"name":"a name longer than sixteen bytes"},{"name":7}]""");

        var names = root.GetCollectionOfObjectValues(Pet.CreateFromDiscriminatorValue).Select(p => p.Name).ToList();

        Assert.Equal(["folder", "folder", "folder", "été", "été", "a name longer than sixteen bytes", "a name longer than sixteen bytes", null], names);
        Assert.Same(names[0], names[1]);
        // Escaped or non-ASCII text is read by GetString each time; so is a long one.
        Assert.NotSame(names[1], names[2]);
        Assert.NotSame(names[3], names[4]);
        Assert.NotSame(names[5], names[6]);
    }

    [Fact]
    public async Task UnknownFieldsBeyondOneTextSegmentShouldReadBackWhole()
    {
        // 300 objects of about 500 bytes of unknown text, then one of 70 KB: several 64 KB segments, one larger.
        var pets = Enumerable.Range(0, 300).Select(i => "{\"name\":\"p" + i + "\",\"extra\":\"" + i + new string('x', 500) + "\",\"n\":" + i + "}")
            .Append("{\"big\":\"" + new string('y', 70_000) + "\"}").Append("{\"last\":1}");
        var root = await RootAsync("[" + string.Join(",", pets) + "]");

        var read = root.GetCollectionOfObjectValues(Pet.CreateFromDiscriminatorValue).ToList();

        Assert.Equal(302, read.Count);
        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(i + new string('x', 500), read[i].AdditionalData["extra"]);
            Assert.Equal((decimal)i, read[i].AdditionalData["n"]);
        }

        Assert.Equal(new string('y', 70_000), read[300].AdditionalData["big"]);
        Assert.Equal(1m, read[301].AdditionalData["last"]);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheFirstBufferShouldBeReadWhole()
    {
        var name = new string('x', 40_000);
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes("{\"name\":\"" + name + "\"}"));
        var root = await new GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);

        var pet = root.GetObjectValue(Pet.CreateFromDiscriminatorValue);

        Assert.Equal(name, pet.Name);
    }

    [Fact]
    public async Task AValueThatIsNotAModelShouldBeReadByKiotasParseNode()
    {
        var root = await RootAsync("\"2024-01-02T03:04:05Z\"");

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), root.GetDateTimeOffsetValue());
    }

    [Fact]
    public async Task ARootNodeShouldBeReadOnce()
    {
        var root = await RootAsync("{}");
        root.GetObjectValue(Pet.CreateFromDiscriminatorValue);

        Assert.Throws<InvalidOperationException>(() => root.GetObjectValue(Pet.CreateFromDiscriminatorValue));
    }

    [Fact]
    public async Task AnotherContentTypeShouldBeRefused()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("text/plain", stream));
    }

    private static async Task<IParseNode> RootAsync(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await new GeneratedJsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
    }

    /// <summary>A stream that cannot tell its length, so the factory starts with its minimum buffer and grows it.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A model as the generator writes them: Kiota's members, and the fast path's reader.</summary>
    private sealed class Pet : IAdditionalDataHolder, IParsable, GeneratedJsonParseNodeFactory.IJsonReadable
    {
        private object? _additionalData;
        private int _additionalDataAt;

        public IDictionary<string, object> AdditionalData
        {
            get => _additionalData as IDictionary<string, object> ?? LazyAdditionalData.Create(ref _additionalData, _additionalDataAt);
            set => _additionalData = value;
        }

        public string? Name { get; set; }

        public int? Age { get; set; }

        public List<string>? Tags { get; set; }

        /// <summary>Whether the fast path read this instance (else Kiota's parse node did, or nothing did).</summary>
        public bool ReadInPlace { get; private set; }

        public static Pet CreateFromDiscriminatorValue(IParseNode parseNode) => new();

        public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
        {
            { "name", n => Name = n.GetStringValue() },
            { "age", n => Age = n.GetIntValue() },
            { "tags", n => Tags = n.GetCollectionOfPrimitiveValues<string>()?.ToList() },
        };

        public void Serialize(ISerializationWriter writer) => throw new NotSupportedException();

        bool GeneratedJsonParseNodeFactory.IJsonReadable.ReadJson(ref Utf8JsonReader reader, GeneratedJsonParseNodeFactory.JsonReadContext context)
        {
            ReadInPlace = true;
            var additionalData = _additionalData as IDictionary<string, object>;
            var unknown = context.BeginObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("name"u8))
                {
                    reader.Read();
                    Name = reader.TokenType == JsonTokenType.Null ? Name : context.ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("age"u8))
                {
                    reader.Read();
                    Age = reader.TokenType == JsonTokenType.Null ? Age : GeneratedJsonParseNodeFactory.ReadInt32(ref reader);
                }
                else if (reader.ValueTextEquals("tags"u8))
                {
                    reader.Read();
                    Tags = reader.TokenType == JsonTokenType.Null ? Tags : GeneratedJsonParseNodeFactory.ReadStringList(ref reader);
                }
                else
                {
                    context.ReadUnknown(ref reader, ref additionalData);
                }
            }

            _additionalData = context.EndObject(unknown, additionalData, out _additionalDataAt);
            return true;
        }
    }
}
