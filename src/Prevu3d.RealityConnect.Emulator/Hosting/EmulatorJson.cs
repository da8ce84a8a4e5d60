using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Prevu3d.RealityConnect.Emulator.Contract;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>The JSON settings of every answer: absent members are left out, as the real service does.</summary>
internal static class EmulatorJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // The generated DTOs make every optional member nullable; the spec's strings are not, so nulls are left out...
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepDocumentedNulls } };
        return options;
    }

    // ...except where the guide shows an explicit null: api-info's "expiresAt": null.
    private static void KeepDocumentedNulls(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(ApiInfo))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == "expiresAt")
            {
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }
}
