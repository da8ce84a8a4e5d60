using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Parsing;

namespace Prevu3d.Generator
{
    /// <summary>
    /// Generates a Kiota-abstractions client from every OpenAPI document (Swagger 2.0, OpenAPI 3.0, 3.1, 3.2) passed as an
    /// <c>AdditionalFiles</c> item (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>).
    /// </summary>
    /// <remarks>
    /// The pipeline only: <see cref="SpecParser"/> (<c>Parsing/</c>) turns spec text into a model,
    /// <c>Emitting/</c> turns the model into C#. Diagnostics leave through their own output so that
    /// moving a line in the spec (which changes positions only) does not regenerate the source.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class OpenApiClientGenerator : IIncrementalGenerator
    {
        internal const string NamespaceProperty = "Prevu3dClientNamespace";
        internal const string ClassNameProperty = "Prevu3dClientClassName";
        internal const string DefaultNamespace = "Prevu3d.RealityConnect";
        internal const string DefaultClassName = "RealityConnectClient";
        internal const string NamingProperty = "Prevu3dNaming";
        internal const string DefaultNaming = "Kiota";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // The AdditionalText is read into plain strings at once, so no Roslyn object is cached.
            var candidateFiles = context.AdditionalTextsProvider
                .Where(static file => IsCandidate(file.Path))
                .Select(static (file, cancellationToken) => new ReferencedFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .Collect()
                .WithTrackingName(TrackingNames.CandidateFiles);

            // Each spec carries the files its relative $refs name (a spec split over several files), and only those.
            var inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => IsCandidate(pair.Left.Path) ? ReadInput(pair.Left, pair.Right, cancellationToken) : null)
                .Where(static input => input is not null)
                .Combine(candidateFiles)
                .Select(static (pair, _) => pair.Left! with { Files = ReferenceFiles.ReferencedFiles(pair.Left!.FilePath, pair.Left.Text, pair.Right).ToEquatableArray() })
                .WithTrackingName(TrackingNames.SpecInputs);

            var results = inputs
                .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedSpecs);

            var clients = results
                .Select(static (result, _) => result.Client)
                .Where(static client => client is not null)
                .Select(static (client, _) => client!)
                .WithTrackingName(TrackingNames.Clients);

            var diagnostics = results
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            // Two specs may not share a namespace (their models and builders would collide).
            var clientSet = clients
                .Collect()
                .Select(static (all, _) => Deduplicate(all))
                .WithTrackingName(TrackingNames.ClientSet);

            var uniqueClients = clientSet
                .SelectMany(static (set, _) => set.Clients)
                .WithTrackingName(TrackingNames.UniqueClients);

            var duplicateDiagnostics = clientSet
                .Select(static (set, _) => set.Diagnostics)
                .WithTrackingName(TrackingNames.DuplicateDiagnostics);

            var supportNamespaces = clientSet
                .Select(static (set, _) => set.Clients.Select(c => c.Namespace).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.SupportNamespaces);

            context.RegisterSourceOutput(uniqueClients, static (spc, client) => EmitClient(spc, client));
            context.RegisterSourceOutput(supportNamespaces, static (spc, namespaces) => EmitSupport(spc, namespaces));
            context.RegisterSourceOutput(duplicateDiagnostics, static (spc, items) => Report(spc, items));
            context.RegisterSourceOutput(diagnostics, static (spc, items) => Report(spc, items));
        }

        private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> items)
        {
            foreach (var item in items)
            {
                context.ReportDiagnostic(item.ToDiagnostic());
            }
        }

        private static ClientSet Deduplicate(ImmutableArray<ClientModel> all)
        {
            var unique = new List<ClientModel>();
            var duplicates = new List<DiagnosticInfo>();
            foreach (var client in all.OrderBy(c => c.SpecPath, StringComparer.Ordinal))
            {
                if (unique.Any(u => string.Equals(u.Namespace, client.Namespace, StringComparison.Ordinal)))
                {
                    duplicates.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClient, LocationInfo.FileStart(client.SpecPath), client.SpecPath, client.Namespace));
                    continue;
                }

                unique.Add(client);
            }

            return new ClientSet(unique.ToEquatableArray(), duplicates.ToEquatableArray());
        }

        private static bool IsCandidate(string path)
        {
            var extension = Path.GetExtension(path);
            return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
                || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
                || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
        }

        private static SpecInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            var fileOptions = options.GetOptions(file);
            var global = options.GlobalOptions;
            return new SpecInput(
                file.Path,
                text,
                Option(fileOptions, global, NamespaceProperty, DefaultNamespace),
                Option(fileOptions, global, ClassNameProperty, DefaultClassName))
            {
                Naming = Option(fileOptions, global, NamingProperty, DefaultNaming),
            };
        }

        /// <summary>Per-file metadata wins over the project property, which wins over the default.</summary>
        private static string Option(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions global, string name, string fallback)
        {
            if (fileOptions.TryGetValue("build_metadata.AdditionalFiles." + name, out var perFile) && !string.IsNullOrWhiteSpace(perFile))
            {
                return perFile.Trim();
            }

            if (global.TryGetValue("build_property." + name, out var project) && !string.IsNullOrWhiteSpace(project))
            {
                return project.Trim();
            }

            return fallback;
        }

        private static void EmitClient(SourceProductionContext context, ClientModel client)
        {
            try
            {
                foreach (var (hintName, text) in Emitting.ClientEmitter.EmitClient(client))
                {
                    context.AddSource(hintName, Emitting.ClientEmitter.ToSourceText(text));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(client.SpecPath).ToLocation(), client.SpecPath, ex.GetType().Name + ": " + ex.Message));
            }
        }

        private static void EmitSupport(SourceProductionContext context, EquatableArray<string> namespaces)
        {
            try
            {
                foreach (var ns in namespaces)
                {
                    foreach (var (hintName, text) in Emitting.ClientEmitter.EmitSupport(ns))
                    {
                        context.AddSource(hintName, Emitting.ClientEmitter.ToSourceText(text));
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, string.Join(", ", namespaces), ex.GetType().Name + ": " + ex.Message));
            }
        }
    }
}
