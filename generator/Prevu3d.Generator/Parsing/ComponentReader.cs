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

        /// <summary>The namespace its type is declared in when it is not the models namespace (an inline place's type).</summary>
        public string? Namespace { get; set; }

        /// <summary>The name an alias's inline types are named after at its origin (its items, when it is an array), or null.</summary>
        public string? InlineContext { get; set; }
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
        public static Dictionary<string, ComponentEntry> Reserve(OpenApiDocument document, string modelsNamespace, TypeScopes scopes, IReadOnlyDictionary<string, InlinePlace> inlineNames)
        {
            var components = new Dictionary<string, ComponentEntry>(StringComparer.Ordinal);
            var schemas = document.Components?.Schemas;
            if (schemas is null)
            {
                return components;
            }

            var scope = scopes.For(modelsNamespace);
            foreach (var pass in Names.CleanNamesFirst)
            {
                foreach (var pair in schemas)
                {
                    if (Names.HasNoSeparators(pair.Key) != pass)
                    {
                        continue;
                    }

                    var entry = new ComponentEntry(pair.Key, pair.Value);
                    components[pair.Key] = entry;
                    var kind = SchemaResolver.Classify(pair.Value);
                    if (inlineNames.TryGetValue(pair.Key, out var place))
                    {
                        // Named as the inline type at its origin, in that namespace (reserved below, after the models).
                        entry.Namespace = place.Namespace;
                        entry.InlineContext = place.ContextName;
                    }
                    else if (kind == ValueKind.Object || kind == ValueKind.Enum)
                    {
                        var name = scope.ReserveSpecName(pair.Key, ComponentName(pair.Key, scopes.Style));
                        if (name is not null)
                        {
                            entry.Name = name;
                            entry.Type = new TypeRef(kind, "global::" + modelsNamespace + "." + name, false);
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
                var kind = SchemaResolver.Classify(entry.Schema);
                if (entry.Namespace is { } ns && entry.InlineContext is { } context && (kind == ValueKind.Object || kind == ValueKind.Enum))
                {
                    entry.Name = scopes.For(ns).ReserveWithSuffix(context, entry.Id);
                    entry.Type = new TypeRef(kind, "global::" + ns + "." + entry.Name, false);
                }
            }

            return components;
        }

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
                if (entry.Type.Kind == ValueKind.Enum)
                {
                    schemas.BuildEnum(entry.Schema, ns, entry.Name, pointer);
                }
                else
                {
                    schemas.BuildModel(entry.Schema, ns, entry.Name, pointer, errorTypes.Contains(entry.Type.TypeName));
                }
            }
        }
    }
}
