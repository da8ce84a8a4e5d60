using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>The shape of a value in the generated code.</summary>
    internal enum ValueKind
    {
        String,
        Int32,
        Int64,
        SByte,
        Byte,
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
        public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.SByte or ValueKind.Byte or ValueKind.Float or ValueKind.Double
            or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Guid or ValueKind.DateTimeOffset or ValueKind.Date
            or ValueKind.Time or ValueKind.TimeSpan or ValueKind.Enum;

        public TypeRef AsCollection() => this with { IsCollection = true };

        /// <summary>A <c>oneOf</c>/<c>anyOf</c> wrapper (<see cref="ComposedTypeModel"/>): read by its own fast reader, not as a model.</summary>
        public bool IsComposed { get; init; }
    }

    /// <summary>A property of a generated model.</summary>
    /// <remarks>Caching rule: strings, flags and a <see cref="TypeRef"/>.</remarks>
    internal sealed record PropertyModel(string JsonName, string Name, TypeRef Type, string? Description, bool OverridesMessage)
    {
        /// <summary><c>deprecated: true</c>: the property is <c>[Obsolete]</c>, as in Kiota.</summary>
        public bool Deprecated { get; init; }

        /// <summary><c>readOnly: true</c>: the server sends it; the model never serializes it into a request.</summary>
        public bool ReadOnly { get; init; }
    }

    /// <summary>A generated model class (<c>IParsable</c> + <c>IAdditionalDataHolder</c>).</summary>
    /// <remarks>
    /// Caching rule: strings, flags, equatable arrays of records and optional records only. The
    /// inheritance members are init-only properties rather than positional parameters, so code that
    /// constructs or deconstructs the existing five parameters is unchanged; their defaults (no base, no
    /// discriminator) describe every model the parser builds today.
    /// </remarks>
    internal sealed record ModelClass(string Namespace, string Name, string? Description, bool IsError, EquatableArray<PropertyModel> Properties)
    {
        /// <summary>
        /// The <c>global::</c>-qualified base model of a derived class (an <c>allOf</c> member that is a
        /// discriminated base); null for a model that derives from nothing generated.
        /// </summary>
        /// <remarks>When set, <see cref="Properties"/> holds only the members the derived class adds.</remarks>
        public string? BaseTypeName { get; init; }

        /// <summary>The discriminator of a base model: which property picks the derived class, and how.</summary>
        public DiscriminatorModel? Discriminator { get; init; }
    }

    /// <summary>A member of a generated enum: the wire value and the C# name.</summary>
    /// <remarks>Caching rule: two strings.</remarks>
    internal sealed record EnumMemberModel(string Value, string Name);

    /// <summary>A generated enum with <c>[EnumMember]</c> values.</summary>
    /// <remarks>Caching rule: strings and an equatable array of records.</remarks>
    internal sealed record EnumModel(string Namespace, string Name, string? Description, EquatableArray<EnumMemberModel> Members);
}
