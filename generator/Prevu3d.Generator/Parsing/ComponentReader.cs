using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.OpenApi;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>One schema of <c>#/components/schemas</c> and what it became.</summary>
    internal sealed class ComponentEntry
    {
        public ComponentEntry(string id, IOpenApiSchema schema)
        {
            Id = id;
            Schema = schema;
        }

        public string Id { get; }

        public IOpenApiSchema Schema { get; }

        /// <summary>
        /// The namespace of the component's class: the models namespace, one under it for a dotted name, or an inline
        /// place's namespace for a schema the bundler moved out of an operation.
        /// </summary>
        public string Namespace { get; set; } = string.Empty;

        /// <summary>The reserved C# name of a model or enum component; null for an alias or a clash.</summary>
        public string? Name { get; set; }

        /// <summary>The type a reference to the component stands for, once known (aliases resolve on first use).</summary>
        public TypeRef? Type { get; set; }

        /// <summary>True while an alias is being resolved, to stop a schema that refers to itself.</summary>
        public bool Resolving { get; set; }

        /// <summary>
        /// Where a component the bundler moved out of an operation was defined (<c>#/paths/…/properties/data</c>), or null:
        /// Kiota's style names and builds its type there.
        /// </summary>
        public string? Origin { get; set; }

        /// <summary>The name an alias's inline types are named after at its origin (its items, when it is an array), or null.</summary>
        public string? InlineContext { get; set; }

        /// <summary>
        /// A union component that is one class of its alternatives' properties, as Kiota's style makes a union named only as
        /// an alternative of another (<see cref="AlternativeUnions"/>).
        /// </summary>
        public bool MergesAlternatives { get; set; }
    }

    /// <summary>The namespace of an inline place and the name Kiota's style gives a type there, before any suffix.</summary>
    internal readonly record struct InlinePlace(string Namespace, string ContextName);

    /// <summary>
    /// The component schemas, in two stages: their names are reserved before anything else is named
    /// (<see cref="Reserve"/>), and their models and enums are built last (<see cref="BuildTypes"/>),
    /// once the operations have said which ones are error bodies.
    /// </summary>
    internal static class ComponentReader
    {
        /// <summary>
        /// Reserves a C# name in the models namespace for every object and enum component; aliases
        /// (anything else) are resolved when first referenced. The table keeps clean names first.
        /// </summary>
        /// <param name="inlineNames">
        /// The components moved out of an operation, each with the namespace and name of the inline type Kiota's style
        /// names it at its origin (found by the previous parse, see <see cref="SpecParser"/>): reserved there, not in the models.
        /// </param>
        /// <param name="mergedUnions">The union components that are one class in Kiota's style (<see cref="AlternativeUnions"/>).</param>
        public static Dictionary<string, ComponentEntry> Reserve(OpenApiDocument document, string modelsNamespace, TypeScopes scopes, IReadOnlyDictionary<string, InlinePlace> inlineNames, ISet<string> mergedUnions)
        {
            var components = new Dictionary<string, ComponentEntry>(StringComparer.Ordinal);
            var schemas = document.Components?.Schemas;
            if (schemas is null)
            {
                return components;
            }

            foreach (var pass in Names.CleanNamesFirst)
            {
                foreach (var pair in schemas)
                {
                    if (Names.HasNoSeparators(pair.Key) != pass)
                    {
                        continue;
                    }

                    var entry = new ComponentEntry(pair.Key, pair.Value) { Namespace = modelsNamespace, MergesAlternatives = mergedUnions.Contains(pair.Key) };
                    components[pair.Key] = entry;
                    var kind = Classify(entry);
                    if (inlineNames.TryGetValue(pair.Key, out var place))
                    {
                        // Named as the inline type at its origin, in that namespace (reserved below, after the models).
                        entry.Namespace = place.Namespace;
                        entry.InlineContext = place.ContextName;
                    }
                    else if (kind == ValueKind.Object || kind == ValueKind.Enum)
                    {
                        var (ns, leaf) = DottedNamespace(pair.Key, modelsNamespace, scopes);
                        entry.Namespace = ns;
                        var name = scopes.For(ns).ReserveSpecName(leaf, ComponentName(leaf, scopes.Style));
                        if (name is not null)
                        {
                            entry.Name = name;
                            entry.Type = new TypeRef(kind, "global::" + ns + "." + name, false);
                        }
                        else
                        {
                            entry.Type = SchemaResolver.Untyped;
                        }
                    }
                }
            }

            foreach (var entry in components.Values)
            {
                var kind = Classify(entry);
                if (entry.Namespace is { } ns && entry.InlineContext is { } context && (kind == ValueKind.Object || kind == ValueKind.Enum))
                {
                    entry.Name = scopes.For(ns).ReserveWithSuffix(context, entry.Id);
                    entry.Type = new TypeRef(kind, "global::" + ns + "." + entry.Name, false);
                }
            }

            return components;
        }

        /// <summary>What a component becomes; a union merged into one class is a model.</summary>
        private static ValueKind Classify(ComponentEntry entry) => entry.MergesAlternatives ? ValueKind.Object : SchemaResolver.Classify(entry.Schema);

        /// <summary>
        /// A component's class or enum name: <c>account_business_profile</c> → <c>Account_business_profile</c> in Kiota's
        /// style (and <c>Task</c> → <c>TaskObject</c>, which would hide <c>System.Threading.Tasks.Task</c> in Kiota's
        /// code), <c>AccountBusinessProfile</c> in Pascal's.
        /// </summary>
        private static string ComponentName(string id, NamingStyle style)
        {
            var name = Names.ToSpecTypeName(id, style);
            return style == NamingStyle.Kiota && Names.IsSystemTypeName(name) ? name + "Object" : name;
        }

        /// <summary>
        /// Where a component's class goes, and the part of its name the class is named after: in Kiota's style a dotted
        /// name is a namespace per part but the last (stripe's <c>billing_portal.session</c> is
        /// <c>Models.Billing_portal.Session</c>), unless a part gives no name or a type beside it has that name already;
        /// else the models namespace and the whole name (<c>Billing_portalSession</c>).
        /// </summary>
        private static (string Namespace, string Leaf) DottedNamespace(string id, string modelsNamespace, TypeScopes scopes)
        {
            var parts = id.Split('.');
            if (scopes.Style != NamingStyle.Kiota || parts.Length < 2)
            {
                return (modelsNamespace, id);
            }

            var segments = new string[parts.Length - 1];
            for (var i = 0; i < segments.Length; i++)
            {
                if (parts[i].Length == 0 || Names.ToKiotaIdentifier(parts[i]) is null || parts[parts.Length - 1].Length == 0)
                {
                    return (modelsNamespace, id);
                }

                segments[i] = Names.ToSpecTypeName(parts[i], NamingStyle.Kiota);
            }

            var ns = modelsNamespace;
            foreach (var segment in segments)
            {
                // Types and namespaces share a scope: the namespace owns its name there, or the component stays flat.
                var owner = "namespace " + ns + "." + segment;
                var scope = scopes.For(ns);
                if (!scope.TryReserve(segment, owner) && scope.OwnerOf(segment) != owner)
                {
                    return (modelsNamespace, id);
                }

                ns += "." + segment;
            }

            return (ns, parts[parts.Length - 1]);
        }

        /// <summary>
        /// What the inline types of a component's properties start with: its class name, except that a class suffixed for
        /// a <c>System</c> type keeps the spec's name there in Kiota's style (component <c>file</c> is <c>FileObject</c>,
        /// its inline <c>links</c> <c>File_links</c>).
        /// </summary>
        private static string InlineBase(string id, string name, NamingStyle style)
        {
            var spec = Names.ToSpecTypeName(id, style);
            return style == NamingStyle.Kiota && Names.IsSystemTypeName(spec) && name == spec + "Object" ? spec : name;
        }

        /// <summary>
        /// Builds the model or enum of every named component, in the order of <see cref="Reserve"/>; a
        /// model whose type is in <paramref name="errorTypes"/> becomes an exception.
        /// </summary>
        public static void BuildTypes(Dictionary<string, ComponentEntry> components, ISet<string> errorTypes, string modelsNamespace, SchemaResolver schemas, CancellationToken cancellationToken)
        {
            foreach (var entry in components.Values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Name is null || entry.Type is null)
                {
                    continue;
                }

                var pointer = schemas.PointerOf(entry);
                var ns = entry.Namespace ?? modelsNamespace;
                schemas.EnterComponent(entry.Id);
                if (entry.Type.Kind == ValueKind.Enum)
                {
                    schemas.BuildEnum(entry.Schema, ns, entry.Name, pointer);
                }
                else
                {
                    schemas.BuildModel(entry.Schema, ns, entry.Name, pointer, errorTypes.Contains(entry.Type.TypeName), InlineBase(ns == modelsNamespace ? entry.Id : entry.Id.Substring(entry.Id.LastIndexOf('.') + 1), entry.Name, schemas.Style));
                }
            }

            schemas.LeaveNode();
        }
    }
}
