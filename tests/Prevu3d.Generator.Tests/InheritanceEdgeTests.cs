using System.Threading.Tasks;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests;

/// <summary>
/// The edges of allOf inheritance, generated and compiled with the real generator: a derived schema that repeats or
/// re-cases a base property, a component that is only <c>allOf: [$ref]</c>, exceptions deriving from exceptions, a plain
/// model over an exception (merged), and a cycle of allOf references.
/// </summary>
public sealed class InheritanceEdgeTests(InheritanceEdgeTests.CompiledClient compiled) : IClassFixture<InheritanceEdgeTests.CompiledClient>
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Edges, version: "1" }
        servers: [ { url: "http://localhost" } ]
        paths:
          /things:
            get:
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Bare" } } } }
                "400": { description: bad, content: { application/json: { schema: { $ref: "#/components/schemas/DetailedProblem" } } } }
                "500": { description: boom, content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } } }
            post:
              requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/ProblemCopy" } } } }
              responses:
                "204": { description: none }
        components:
          schemas:
            Base:
              type: object
              properties:
                name: { type: string }
                size: { type: integer }
            Redefines:
              allOf:
                - $ref: "#/components/schemas/Base"
                - type: object
                  properties:
                    name: { type: string, description: again }
                    Name: { type: boolean }
                    extra: { type: string }
            Bare:
              description: only a reference
              allOf:
                - $ref: "#/components/schemas/Redefines"
            Problem:
              type: object
              properties:
                message: { type: string }
                code: { type: integer }
            DetailedProblem:
              allOf:
                - $ref: "#/components/schemas/Problem"
                - type: object
                  properties:
                    detail: { type: string }
            ProblemCopy:
              allOf:
                - $ref: "#/components/schemas/Problem"
                - type: object
                  properties:
                    data: { type: string }
            CycleA:
              allOf:
                - $ref: "#/components/schemas/CycleB"
                - type: object
                  properties: { a: { type: string } }
            CycleB:
              allOf:
                - $ref: "#/components/schemas/CycleA"
                - type: object
                  properties: { b: { type: string } }
        """;

    private const string Probe = """
        #pragma warning disable CS1591 // test probe, not an API
        using System;
        using System.IO;
        using System.Linq;
        using System.Reflection;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Kiota.Abstractions.Serialization;
        using Microsoft.Kiota.Serialization.Json;
        using M = Edges.Models;

        namespace Probe
        {
            public static class Edges
            {
                public static Task<string> BasesAsync() => Task.FromResult(string.Join(",", new[] { typeof(M.Redefines), typeof(M.Bare), typeof(M.Problem), typeof(M.DetailedProblem), typeof(M.ProblemCopy), typeof(M.CycleA), typeof(M.CycleB) }
                    .Select(t => t.Name + ":" + t.BaseType!.Name + "(" + string.Join(" ", t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)) + ")")));

                public static async Task<string> ParseAsync(string json, bool fast)
                {
                    IParseNodeFactory factory = fast ? new global::Edges.GeneratedJsonParseNodeFactory() : new JsonParseNodeFactory();
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var bare = (await factory.GetRootParseNodeAsync("application/json", stream)).GetObjectValue(M.Bare.CreateFromDiscriminatorValue);
                    var writer = new JsonSerializationWriter();
                    writer.WriteObjectValue(null, bare);
                    using var content = writer.GetSerializedContent();
                    return bare.GetType().Name + " " + new StreamReader(content).ReadToEnd() + " [" + string.Join(",", bare.AdditionalData.Keys) + "]";
                }
            }
        }
        """;

    [Fact]
    public async Task EachEdgeShouldGiveTheBaseClassAndTheOwnPropertiesKiotaGives()
    {
        var summary = await compiled.Client.InvokeAsync("Probe.Edges", "BasesAsync");

        // Redefines repeats "name" (the base reads it, as in Kiota) and re-cases it as "Name": a suffixed property of
        // its own, where Kiota 1.38 drops it. An exception derives only from an exception (Kiota lets the request body
        // ProblemCopy derive from the exception Problem, its "data" hiding Exception.Data). In a cycle of allOf, the
        // schema reached second merges both and the first derives from it. Every error class declares Message, as
        // Kiota's do (DetailedProblem's is its base's).
        Assert.Equal(
            "Redefines:Base(Extra Name2),Bare:Redefines(),Problem:ApiException(AdditionalData Code Message MessageEscaped),DetailedProblem:Problem(Detail Message),ProblemCopy:Object(AdditionalData Code Data Message),CycleA:CycleB(),CycleB:Object(A AdditionalData B)",
            summary);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARepeatedBasePropertyShouldBeReadOnceByTheBase(bool fast)
    {
        var summary = await compiled.Client.InvokeAsync("Probe.Edges", "ParseAsync", """{"name":"n","Name":true,"extra":"e","size":2,"more":1}""", fast);

        Assert.Equal("Bare {\"name\":\"n\",\"size\":2,\"more\":1,\"extra\":\"e\",\"Name\":true} [more]", summary);
    }

    /// <summary>The edge spec's client with the probe, generated and compiled once for the class.</summary>
    public sealed class CompiledClient : System.IDisposable
    {
        internal DynamicClient Client { get; } = DynamicClient.Create(Spec, "Edges", Probe);

        public void Dispose() => Client.Dispose();
    }
}
