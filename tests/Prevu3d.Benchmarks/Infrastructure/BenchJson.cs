using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>The baseline's hand-written node: the spec's four fields, nothing else.</summary>
public sealed class BenchNode
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }

    public Guid? ParentId { get; set; }
}

/// <summary>The same node keeping every unknown field, like the generated models' AdditionalData.</summary>
public sealed class BenchNodeWithExtensionData
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }

    public Guid? ParentId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>System.Text.Json source generation: the baseline of the request path and of parsing.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<BenchNode>))]
[JsonSerializable(typeof(List<BenchNodeWithExtensionData>))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
