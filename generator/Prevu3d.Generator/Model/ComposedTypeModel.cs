using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>Which keyword composed the type.</summary>
    internal enum ComposedTypeKind
    {
        /// <summary><c>oneOf</c>: the value is exactly one of the alternatives.</summary>
        OneOf,

        /// <summary><c>anyOf</c>: the value matches one or more alternatives (each matching one is filled).</summary>
        AnyOf,
    }

    /// <summary>One alternative of a composed type: the wrapper's property that holds it, and its type.</summary>
    /// <param name="PropertyName">The C# name of the wrapper property (Kiota names it after the type: <c>Cat</c>, <c>String</c>).</param>
    /// <param name="Type">The alternative's type: a model, an enum, a primitive, or a collection of one.</param>
    /// <remarks>Caching rule: a string and a <see cref="TypeRef"/>.</remarks>
    internal sealed record ComposedAlternativeModel(string PropertyName, TypeRef Type);

    /// <summary>
    /// A <c>oneOf</c>/<c>anyOf</c> of several alternatives, emitted as Kiota's wrapper class
    /// (<c>IComposedTypeWrapper</c>) with one property per alternative.
    /// </summary>
    /// <param name="Namespace">The namespace of the wrapper.</param>
    /// <param name="Name">The wrapper's class name.</param>
    /// <param name="Kind">oneOf or anyOf.</param>
    /// <param name="Alternatives">The alternatives in spec order (a <c>null</c> type is nullability, not an alternative).</param>
    /// <param name="Discriminator">
    /// How the alternative is chosen when the spec says so; null when it is chosen by the shape of the
    /// value (a JSON primitive picks the primitive alternative, an object the object alternatives, as Kiota does).
    /// </param>
    /// <remarks>
    /// Caching rule: strings, an enum, an equatable array of records and an optional record; no Roslyn
    /// object, no spec position. A property of this type is a <see cref="TypeRef"/> of kind
    /// <see cref="ValueKind.Object"/> whose <see cref="TypeRef.TypeName"/> is the wrapper.
    /// </remarks>
    internal sealed record ComposedTypeModel(
        string Namespace,
        string Name,
        string? Description,
        ComposedTypeKind Kind,
        EquatableArray<ComposedAlternativeModel> Alternatives,
        DiscriminatorModel? Discriminator)
    {
        /// <summary>
        /// The class the wrapper is nested in, in the same namespace: the model whose property or the request builder whose
        /// operation wrote the <c>oneOf</c> inline (<c>Shelter.Shelter_tag</c>, <c>ShelterRequestBuilder.ShelterPostRequestBody</c>,
        /// as Kiota nests them); null for a wrapper at namespace level.
        /// </summary>
        public string? ContainingType { get; init; }

        /// <summary>The wrapper's <c>global::</c>-qualified name, through its containing class when it has one.</summary>
        public string TypeName => "global::" + Namespace + "." + (ContainingType is null ? string.Empty : ContainingType + ".") + Name;
    }
}
