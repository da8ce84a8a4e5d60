using System.Linq;

namespace Prevu3d.Corpus.Surface;

/// <summary>
/// One public symbol of a compiled client, as the surface comparison sees it: what a consumer's code can name.
/// Two symbols are the same when <see cref="Key"/> is equal; the other fields let a missing one be explained.
/// </summary>
/// <param name="Kind">namespace, class, interface, struct, enum, delegate, constructor, method, property, indexer, field, event or enum member.</param>
/// <param name="Id">The fully qualified name without <c>global::</c>: <c>Ns.Outer.Inner</c>, <c>Ns.Type.Member</c>, <c>Ns.Type..ctor</c>, <c>Ns.Type.this[]</c>.</param>
/// <param name="Container">The containing type's <see cref="Id"/>, or the namespace of a top-level type; empty for a namespace.</param>
/// <param name="Shape">The declaration as written with nullable annotations.</param>
/// <param name="LooseShape">The same declaration with nullable reference annotations erased.</param>
/// <param name="LeftOut">Why the comparison leaves this symbol out (Kiota's backward-compatibility members), or null.</param>
internal sealed record SurfaceSymbol(string Kind, string Id, string Container, SurfaceShape Shape, SurfaceShape LooseShape, string? LeftOut = null)
{
    /// <summary>What must be equal for a Kiota symbol to count as present in ours.</summary>
    public string Key => Kind + " " + Id + " " + Shape;

    /// <summary>The key with nullable reference annotations erased.</summary>
    public string LooseKey => Kind + " " + Id + " " + LooseShape;

    /// <summary>The last part of <see cref="Id"/> (a type's or a member's own name).</summary>
    public string Name => Id.Length > Container.Length && Container.Length > 0 ? Id[(Container.Length + 1)..] : Id;

    /// <summary>One line for the report: <c>property Ns.Type.Name: string? { get; set; }</c>, <c>class Ns.Type : Base, IFace</c>.</summary>
    public string Describe()
    {
        var text = Kind + " " + Id + (Shape.Modifiers.Length > 0 ? " [" + Shape.Modifiers + "]" : string.Empty);
        if (Kind is "class" or "interface" or "struct" or "enum" or "delegate")
        {
            var bases = string.Join(", ", new[] { Shape.Type, Shape.Parameters }.Where(p => p.Length > 0));
            return bases.Length > 0 ? text + " : " + bases : text;
        }

        text += Shape.Parameters;
        if (Shape.Type.Length > 0)
        {
            text += ": " + Shape.Type;
        }

        if (Shape.Accessors.Length > 0)
        {
            text += " { " + Shape.Accessors + " }";
        }

        return Shape.WireValue.Length > 0 ? text + " = \"" + Shape.WireValue + "\"" : text;
    }
}

/// <summary>
/// The parts of a declaration a consumer depends on, each a string so a difference can be named by its part.
/// For a type: modifiers, base type, all interfaces. For a member: modifiers, its type (return, property or field
/// type), parameters (names, types, ref kinds and defaults), accessors. For an enum member or a query parameter
/// property: the wire value (<c>[EnumMember(Value = …)]</c>, <c>[QueryParameter(…)]</c>).
/// </summary>
internal sealed record SurfaceShape(string Modifiers, string Type, string Parameters, string Accessors, string WireValue)
{
    public override string ToString() => string.Join(" | ", Modifiers, Type, Parameters, Accessors, WireValue);
}
