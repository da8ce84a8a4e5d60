using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Prevu3d.RealityConnect.Emulator.Tests.Support;

/// <summary>
/// A small checker of a JSON value against an OpenAPI 3.0 schema: types, nullable, required, properties,
/// additionalProperties, arrays, enums, formats uuid / date-time / int32 / int64, allOf/anyOf/oneOf and $ref
/// (Microsoft.OpenApi resolves references to their target). Returns the violations with their JSON paths.
/// </summary>
internal static partial class SchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement value, IOpenApiSchema schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonElement value, IOpenApiSchema schema, string path, List<string> errors)
    {
        if (schema is OpenApiSchemaReference { Target: null } reference)
        {
            errors.Add($"{path}: unresolved $ref {reference.Reference.Id}");
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            // OpenAPI 3.0 `nullable: true` reads as the Null flag; without a type, anything goes.
            if (schema.Type is { } declared && !declared.HasFlag(JsonSchemaType.Null))
            {
                errors.Add($"{path}: null where the schema says {declared}");
            }

            return;
        }

        if (schema.Type is { } type && !MatchesType(value, type & ~JsonSchemaType.Null, schema.Format))
        {
            errors.Add($"{path}: {value.ValueKind} where the schema says {type & ~JsonSchemaType.Null}{(schema.Format is null ? string.Empty : " " + schema.Format)}");
            return;
        }

        CheckFormat(value, schema.Format, path, errors);
        if (schema.Enum is { Count: > 0 } allowed && !allowed.Any(a => JsonNode.DeepEquals(a, JsonNode.Parse(value.GetRawText()))))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of the enum values");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, path, errors);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]", errors);
            }
        }

        CheckComposition(value, schema, path, errors);
    }

    private static void CheckObject(JsonElement value, IOpenApiSchema schema, string path, List<string> errors)
    {
        foreach (var required in schema.Required ?? new HashSet<string>())
        {
            if (!value.TryGetProperty(required, out _))
            {
                errors.Add($"{path}: required property '{required}' is missing");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (schema.Properties is { } properties && properties.TryGetValue(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                errors.Add($"{path}: property '{property.Name}' is not allowed");
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Check(property.Value, additional, $"{path}.{property.Name}", errors);
            }
        }
    }

    private static void CheckComposition(JsonElement value, IOpenApiSchema schema, string path, List<string> errors)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            Check(value, part, path, errors);
        }

        if (schema.AnyOf is { Count: > 0 } anyOf && !anyOf.Any(s => Validate(value, s).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.OneOf is { Count: > 0 } oneOf && oneOf.Count(s => Validate(value, s).Count == 0) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }
    }

    private static bool MatchesType(JsonElement value, JsonSchemaType type, string? format) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
        JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
        JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number)
            || (type.HasFlag(JsonSchemaType.Integer) && (format == "int32" ? value.TryGetInt32(out _) : value.TryGetInt64(out _))),
        _ => false,
    };

    private static void CheckFormat(JsonElement value, string? format, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = value.GetString()!;
        var ok = format switch
        {
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "date-time" => Rfc3339DateTime().IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!ok)
        {
            errors.Add($"{path}: '{text}' is not a {format}");
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339DateTime();
}
