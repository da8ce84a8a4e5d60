using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>The shape of a value in the generated code.</summary>
    internal enum ValueKind
    {
        String,
        Int32,
        Int64,
        Float,
        Double,
        Decimal,
        Boolean,
        Guid,
        DateTimeOffset,
        Date,
        Time,
        TimeSpan,
        ByteArray,
        Stream,
        Enum,
        Object,
        Untyped,
    }

    /// <summary>A reference to a C# type: a primitive, an enum or a model, possibly a collection.</summary>
    /// <remarks>Caching rule: plain strings and enums only; <see cref="TypeName"/> is <c>global::</c>-qualified.</remarks>
    internal sealed record TypeRef(ValueKind Kind, string TypeName, bool IsCollection)
    {
        public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Float or ValueKind.Double
            or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Guid or ValueKind.DateTimeOffset or ValueKind.Date
            or ValueKind.Time or ValueKind.TimeSpan or ValueKind.Enum;

        public TypeRef AsCollection() => this with { IsCollection = true };
    }

    /// <summary>A property of a generated model.</summary>
    internal sealed record PropertyModel(string JsonName, string Name, TypeRef Type, string? Description, bool OverridesMessage);

    /// <summary>A generated model class (<c>IParsable</c> + <c>IAdditionalDataHolder</c>).</summary>
    /// <remarks>Caching rule: strings, flags and equatable arrays of records only.</remarks>
    internal sealed record ModelClass(string Namespace, string Name, string? Description, bool IsError, EquatableArray<PropertyModel> Properties);

    /// <summary>A member of a generated enum: the wire value and the C# name.</summary>
    internal sealed record EnumMemberModel(string Value, string Name);

    /// <summary>A generated enum with <c>[EnumMember]</c> values.</summary>
    internal sealed record EnumModel(string Namespace, string Name, string? Description, EquatableArray<EnumMemberModel> Members);
}
