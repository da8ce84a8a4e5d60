using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Spec text → <see cref="SpecResult"/>: the parsing stages in the order they run, each given what
    /// it reads and returning what it makes.
    /// </summary>
    /// <remarks>
    /// The order matters and is all here: component names are reserved before any inline type is named
    /// (a component keeps its own name), builders are read before component models are built (the
    /// operations say which components are error bodies), and diagnostics come out in stage order.
    /// </remarks>
    internal static class SpecParser
    {
        /// <summary>
        /// Parses of one spec at most: a component moved out of an operation and nested in another such one is named
        /// after it, so each level of nesting takes one more parse (a real document: 5).
        /// </summary>
        private const int MaxInlinePasses = 8;

        /// <summary>Parses one spec. Never throws, except on cancellation: a failure is P3D0099.</summary>
        public static SpecResult Parse(SpecInput input, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            ClientModel? client;
            try
            {
                client = Run(WithoutByteOrderMark(input), diagnostics, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A generator must never throw into the compiler (CS8785): report and emit nothing.
                client = null;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    LocationInfo.FileStart(input.FilePath),
                    input.FilePath,
                    ex.GetType().Name + ": " + ex.Message));
            }

            var isError = diagnostics.Any(d => DiagnosticDescriptors.Find(d.Id).DefaultSeverity == DiagnosticSeverity.Error);
            return new SpecResult(isError ? null : client, diagnostics.ToEquatableArray());
        }

        private static ClientModel? Run(SpecInput input, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            // 1. The text, its version and the options; then the OpenAPI document.
            if (DocumentReader.ReadSyntax(input, diagnostics) is not { } positions)
            {
                return null;
            }

            // References Microsoft.OpenApi does not resolve (deep pointers, other files of the project) become components.
            var spec = ReferenceBundler.Bundle(input, positions);
            var sink = new DiagnosticSink(diagnostics, positions, spec.PointerMap);
            if (DocumentReader.ReadDocument(input, spec, sink) is not { } document)
            {
                return null;
            }

            // 2-4, again while the inline places of moved components change: one nested in another is named after it.
            var start = diagnostics.Count;
            IReadOnlyDictionary<string, InlinePlace> inlineNames = new Dictionary<string, InlinePlace>(StringComparer.Ordinal);
            for (var pass = 1; ; pass++)
            {
                var (client, found) = ReadClient(input, document, spec, inlineNames, sink, cancellationToken);
                if (pass == MaxInlinePasses || SamePlaces(found, inlineNames))
                {
                    return client;
                }

                // This parse's names are thrown away, and the diagnostics it reported come again.
                inlineNames = found;
                diagnostics.RemoveRange(start, diagnostics.Count - start);
                sink = new DiagnosticSink(diagnostics, positions, spec.PointerMap);
            }
        }

        private static (ClientModel Client, IReadOnlyDictionary<string, InlinePlace> InlinePlaces) ReadClient(
            SpecInput input, OpenApiDocument document, BundledSpec spec, IReadOnlyDictionary<string, InlinePlace> inlineNames, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            // 2. Names the spec gives: components first, then the path tree.
            var modelsNamespace = input.ClientNamespace + ".Models";
            Names.TryParseStyle(input.Naming, out var style);
            var scopes = new TypeScopes(style);
            var components = ComponentReader.Reserve(
                document,
                modelsNamespace,
                scopes,
                style == NamingStyle.Kiota ? inlineNames : new Dictionary<string, InlinePlace>(),
                style == NamingStyle.Kiota ? AlternativeUnions.Find(document) : new HashSet<string>());
            foreach (var origin in spec.InlineOrigins)
            {
                if (components.TryGetValue(origin.Key, out var entry))
                {
                    entry.Origin = origin.Value;
                }
            }

            var tree = PathTreeBuilder.Build(document, sink);
            var servers = ServerResolver.Create(document, sink);

            // 3. The builders and their operations; schemas are typed (and inline types made) as they are met.
            var schemas = new SchemaResolver(components, modelsNamespace, scopes, sink);
            if (style == NamingStyle.Kiota)
            {
                schemas.SetReach(KiotaReach.Compute(tree, document));
            }

            var operations = new OperationReader(schemas, servers, document.Security, sink);
            var builders = BuilderReader.Read(tree, input.ClientNamespace, input.ClientClassName, modelsNamespace, scopes, schemas, servers, operations, sink, cancellationToken);

            // The payloads of webhooks: no builder, but their inline types, as Kiota generates them.
            WebhookReader.ReadTypes(document, modelsNamespace, schemas);

            // 4. The component models, knowing from the operations which ones are thrown.
            ComponentReader.BuildTypes(components, ResponseReader.ErrorTypes(builders), modelsNamespace, schemas, cancellationToken);

            if (builders.All(b => b.Operations.IsEmpty))
            {
                sink.Report(DiagnosticDescriptors.NothingToEmit, "#/paths", input.FilePath);
            }

            var client = new ClientModel(
                input.FilePath,
                input.ClientNamespace,
                input.ClientClassName,
                document.Info?.Title,
                document.Info?.Description,
                servers.DefaultBaseUrl,
                servers.Variables.ToEquatableArray(),
                builders.OrderBy(b => b.Namespace, StringComparer.Ordinal).ThenBy(b => b.Name, StringComparer.Ordinal).ToEquatableArray(),
                schemas.Models.OrderBy(m => m.Namespace, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
                schemas.Enums.OrderBy(e => e.Namespace, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray())
            {
                ComposedTypes = schemas.ComposedTypes.OrderBy(c => c.Namespace, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToEquatableArray(),
            };
            return (client, schemas.InlinePlaces);
        }

        private static bool SamePlaces(IReadOnlyDictionary<string, InlinePlace> found, IReadOnlyDictionary<string, InlinePlace> used) =>
            found.Count == used.Count && found.All(p => used.TryGetValue(p.Key, out var place) && place == p.Value);

        /// <summary>A byte order mark that reached the text (a decoder that kept it) would become part of the first key.</summary>
        private static SpecInput WithoutByteOrderMark(SpecInput input) =>
            input.Text is { Length: > 0 } text && text[0] == '\uFEFF' ? input with { Text = text.Substring(1) } : input;
    }
}
