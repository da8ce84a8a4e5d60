using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Prevu3d.Corpus.Surface;

/// <summary>
/// Walks the public (and protected) symbols a compilation declares in its own source: namespaces that hold a public
/// type, types with their nesting, and their members. Symbols from references are not walked.
/// </summary>
internal static partial class ApiSurface
{
    /// <summary>Fully qualified names without <c>global::</c>, with <c>?</c> on nullable reference types.</summary>
    private static readonly SymbolDisplayFormat Strict = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat Loose = Strict.RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static List<SurfaceSymbol> Collect(Compilation compilation)
    {
        var symbols = new List<SurfaceSymbol>();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in TopLevelTypes(compilation.Assembly.GlobalNamespace))
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(Strict);
            if (ns.Length > 0)
            {
                namespaces.Add(ns);
            }

            AddType(type, ns, null, symbols);
        }

        var empty = new SurfaceShape(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        symbols.InsertRange(0, namespaces.Select(n => new SurfaceSymbol("namespace", n, string.Empty, empty, empty)));
        return symbols;
    }

    /// <summary>
    /// The <see cref="SurfaceSymbol.Id"/> of the declared symbol that encloses a position (a compiler error's): a
    /// member, or the type when the position is between members; an accessor or a local counts as its member.
    /// </summary>
    public static string? EnclosingId(Compilation compilation, SyntaxTree tree, int position)
    {
        ISymbol? symbol = compilation.GetSemanticModel(tree).GetEnclosingSymbol(position);
        while (symbol is not null and not INamedTypeSymbol && MemberKind(symbol) is null)
        {
            symbol = symbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : symbol.ContainingSymbol;
        }

        return symbol switch
        {
            INamedTypeSymbol type => type.ToDisplayString(Strict),
            { ContainingType: { } type } member => MemberId(member, type.ToDisplayString(Strict)),
            _ => null,
        };
    }

    private static IEnumerable<INamedTypeSymbol> TopLevelTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in TopLevelTypes(child))
            {
                yield return type;
            }
        }
    }

    private static void AddType(INamedTypeSymbol type, string container, string? inheritedLeftOut, List<SurfaceSymbol> symbols)
    {
        var id = type.ToDisplayString(Strict);
        var leftOut = inheritedLeftOut ?? LeftOutReason(type);
        symbols.Add(new SurfaceSymbol(TypeKind(type), id, container, TypeShape(type, Strict), TypeShape(type, Loose), leftOut));
        foreach (var member in type.GetMembers().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (!Visible(member))
            {
                continue;
            }

            if (member is INamedTypeSymbol nested)
            {
                AddType(nested, id, leftOut, symbols);
                continue;
            }

            var kind = MemberKind(member);
            if (kind is null)
            {
                continue;
            }

            symbols.Add(new SurfaceSymbol(kind, MemberId(member, id), id, MemberShape(member, Strict), MemberShape(member, Loose), leftOut ?? LeftOutReason(member)));
        }
    }

    /// <summary>What code outside the assembly can use: public, or protected for a class deriving from it.</summary>
    /// <summary>
    /// An interface another assembly can name: an internal one (the JSON fast path's <c>IJsonReadable</c>, nested in a
    /// public class) is no part of the public surface, whatever the classes implementing it.
    /// </summary>
    private static bool VisibleOutside(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (!Visible(current))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Visible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    private static string TypeKind(INamedTypeSymbol type) => type.TypeKind switch
    {
        Microsoft.CodeAnalysis.TypeKind.Enum => "enum",
        Microsoft.CodeAnalysis.TypeKind.Interface => "interface",
        Microsoft.CodeAnalysis.TypeKind.Struct => "struct",
        Microsoft.CodeAnalysis.TypeKind.Delegate => "delegate",
        _ => "class",
    };

    private static string? MemberKind(ISymbol member) => member switch
    {
        // A struct's or an enum's parameterless constructor is the language's, not the output's.
        IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: true, ContainingType.IsValueType: true } => null,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "constructor",
        IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } => "method",
        IPropertySymbol { IsIndexer: true } => "indexer",
        IPropertySymbol => "property",
        IFieldSymbol { ContainingType.TypeKind: Microsoft.CodeAnalysis.TypeKind.Enum } => "enum member",
        IFieldSymbol { IsImplicitlyDeclared: false } => "field",
        IEventSymbol => "event",
        // Accessors, static constructors, finalizers: part of their property or type, or not callable.
        _ => null,
    };

    private static string MemberId(ISymbol member, string typeId) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => typeId + "..ctor",
        IPropertySymbol { IsIndexer: true } => typeId + ".this[]",
        IMethodSymbol { Arity: > 0 } method => typeId + "." + method.Name + "`" + method.Arity.ToString(CultureInfo.InvariantCulture),
        _ => typeId + "." + member.Name,
    };

    private static SurfaceShape TypeShape(INamedTypeSymbol type, SymbolDisplayFormat format)
    {
        var modifiers = new List<string>();
        if (type.IsStatic)
        {
            modifiers.Add("static");
        }
        else if (type.IsAbstract && type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Class)
        {
            modifiers.Add("abstract");
        }
        else if (type.IsSealed && type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Class)
        {
            modifiers.Add("sealed");
        }

        // An enum's underlying type, a class's base; structs and interfaces have none worth naming.
        var baseType = type.TypeKind switch
        {
            Microsoft.CodeAnalysis.TypeKind.Enum => type.EnumUnderlyingType?.ToDisplayString(format) ?? string.Empty,
            Microsoft.CodeAnalysis.TypeKind.Class => type.BaseType?.ToDisplayString(format) ?? string.Empty,
            _ => string.Empty,
        };
        // An enum's interfaces are the language's (IComparable…), the same for every enum.
        var interfaces = type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum
            ? string.Empty
            : string.Join(", ", type.AllInterfaces.Where(VisibleOutside).Select(i => i.ToDisplayString(format)).Order(StringComparer.Ordinal));
        return new SurfaceShape(string.Join(" ", modifiers), baseType, interfaces, string.Empty, string.Empty);
    }

    private static SurfaceShape MemberShape(ISymbol member, SymbolDisplayFormat format)
    {
        var modifiers = Modifiers(member);
        return member switch
        {
            IMethodSymbol method => new SurfaceShape(
                modifiers,
                method.MethodKind == MethodKind.Constructor ? string.Empty : method.ReturnType.ToDisplayString(format),
                Parameters(method.Parameters, format, "(", ")"),
                string.Empty,
                string.Empty),
            IPropertySymbol property => new SurfaceShape(
                modifiers,
                property.Type.ToDisplayString(format),
                property.IsIndexer ? Parameters(property.Parameters, format, "[", "]") : string.Empty,
                Accessors(property),
                AttributeValue(property, "QueryParameterAttribute") ?? string.Empty),
            IFieldSymbol { ContainingType.TypeKind: Microsoft.CodeAnalysis.TypeKind.Enum } field => new SurfaceShape(
                string.Empty,
                string.Empty,
                string.Empty,
                string.Empty,
                AttributeValue(field, "EnumMemberAttribute", "Value") ?? field.Name),
            IFieldSymbol field => new SurfaceShape(modifiers, field.Type.ToDisplayString(format), string.Empty, string.Empty, field.HasConstantValue ? Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture) ?? "null" : string.Empty),
            IEventSymbol e => new SurfaceShape(modifiers, e.Type.ToDisplayString(format), string.Empty, string.Empty, string.Empty),
            _ => new SurfaceShape(modifiers, string.Empty, string.Empty, string.Empty, string.Empty),
        };
    }

    private static string Modifiers(ISymbol member)
    {
        var modifiers = new List<string>();
        if (member.DeclaredAccessibility != Accessibility.Public)
        {
            modifiers.Add("protected");
        }

        if (member.IsStatic)
        {
            modifiers.Add("static");
        }

        if (member is IFieldSymbol { IsConst: true })
        {
            modifiers.Add("const");
        }
        else if (member is IFieldSymbol { IsReadOnly: true })
        {
            modifiers.Add("readonly");
        }

        return string.Join(" ", modifiers);
    }

    private static string Parameters(IEnumerable<IParameterSymbol> parameters, SymbolDisplayFormat format, string open, string close) =>
        open + string.Join(", ", parameters.Select(p =>
        {
            var refKind = p.RefKind switch
            {
                RefKind.Ref => "ref ",
                RefKind.Out => "out ",
                RefKind.In => "in ",
                _ => string.Empty,
            };
            var text = (p.IsParams ? "params " : string.Empty) + refKind + p.Type.ToDisplayString(format) + " " + p.Name;
            return !p.HasExplicitDefaultValue ? text
                : p.ExplicitDefaultValue is null ? text + " = default"
                : text + " = " + Convert.ToString(p.ExplicitDefaultValue, CultureInfo.InvariantCulture);
        })) + close;

    private static string Accessors(IPropertySymbol property)
    {
        var accessors = new List<string>();
        if (property.GetMethod is { } get && Visible(get))
        {
            accessors.Add(get.DeclaredAccessibility == Accessibility.Public ? "get;" : "protected get;");
        }

        if (property.SetMethod is { } set && Visible(set))
        {
            accessors.Add((set.DeclaredAccessibility == Accessibility.Public ? string.Empty : "protected ") + (set.IsInitOnly ? "init;" : "set;"));
        }

        return string.Join(" ", accessors);
    }

    /// <summary>A string argument of an attribute found by its class name: the named one if given, else the first.</summary>
    private static string? AttributeValue(ISymbol symbol, string attributeName, string? named = null)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != attributeName)
            {
                continue;
            }

            if (named is not null)
            {
                var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == named);
                return argument.Key is null ? null : argument.Value.Value as string;
            }

            return attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        }

        return null;
    }

    /// <summary>
    /// Kiota 1.38 keeps older shapes beside the current ones, each marked <c>[Obsolete("…")]</c> with one of a few
    /// fixed messages; those are left out of the comparison. An <c>[Obsolete("")]</c> is the document's own
    /// <c>deprecated: true</c>, part of the API, and stays in.
    /// </summary>
    private static string? LeftOutReason(ISymbol symbol)
    {
        var message = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ObsoleteAttribute") is { ConstructorArguments.Length: > 0 } obsolete
            ? obsolete.ConstructorArguments[0].Value as string
            : null;
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        foreach (var (pattern, reason) in CompatibilityMessages)
        {
            if (pattern.IsMatch(message))
            {
                return reason;
            }
        }

        return null;
    }

    private static readonly (Regex Pattern, string Reason)[] CompatibilityMessages =
    [
        (RequestConfigurationClass(), "per-operation RequestConfiguration classes (replaced by the generic RequestConfiguration<T>)"),
        (UntypedIndexer(), "untyped indexers kept beside the typed one"),
        (UntypedQueryProperty(), "string query parameter properties kept beside the enum-typed `…As…` one"),
        (ResponseMethod(), "methods returning the old `…Response` wrapper (replaced by `…As…GetResponseAsync`)"),
        (ResponseClass(), "the old `…Response` wrapper classes (replaced by `…GetResponse`)"),
    ];

    [GeneratedRegex("^This class is deprecated\\. Please use the generic RequestConfiguration class", RegexOptions.None, 1000)]
    private static partial Regex RequestConfigurationClass();

    [GeneratedRegex("^This indexer is deprecated and will be removed", RegexOptions.None, 1000)]
    private static partial Regex UntypedIndexer();

    [GeneratedRegex("^This property is deprecated, use \\w+ instead$", RegexOptions.None, 1000)]
    private static partial Regex UntypedQueryProperty();

    [GeneratedRegex("^This method is obsolete\\. Use \\w+ instead\\.$", RegexOptions.None, 1000)]
    private static partial Regex ResponseMethod();

    [GeneratedRegex("^This class is obsolete\\. Use \\w+ instead\\.$", RegexOptions.None, 1000)]
    private static partial Regex ResponseClass();
}
