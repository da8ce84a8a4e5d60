using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>One entry of a discriminator mapping: the wire value and the type it selects.</summary>
    /// <param name="Value">The value of the discriminator property on the wire (<c>cat</c>).</param>
    /// <param name="TypeName">The <c>global::</c>-qualified C# type that value selects.</param>
    /// <remarks>Caching rule: two strings.</remarks>
    internal sealed record DiscriminatorMappingModel(string Value, string TypeName);

    /// <summary>
    /// How a value picks its concrete type from a property it carries: OpenAPI's <c>discriminator</c>
    /// on a base model (derived classes through <c>allOf</c>) or on a composed type (<c>oneOf</c>/<c>anyOf</c>).
    /// </summary>
    /// <param name="PropertyName">The JSON name of the property that holds the value (<c>petType</c>).</param>
    /// <param name="Mapping">Value → type, in spec order; the implicit entries (schema name → schema) included.</param>
    /// <remarks>
    /// Caching rule: a string and an equatable array of records, compared by value; the types are
    /// named, never held as schema objects, so a cycle between a base and its derived types is no cycle here.
    /// </remarks>
    internal sealed record DiscriminatorModel(string PropertyName, EquatableArray<DiscriminatorMappingModel> Mapping);
}
