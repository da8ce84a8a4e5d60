using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Prevu3d.Generator
{
    /// <summary>The generator's diagnostics. Ids are stable: never renumber, only add.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Prevu3d.Generator";

        public static readonly DiagnosticDescriptor InvalidSyntax = new DiagnosticDescriptor(
            "P3D0001",
            "The spec is not valid YAML or JSON",
            "'{0}' is not valid YAML or JSON: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnsupportedVersion = new DiagnosticDescriptor(
            "P3D0002",
            "The spec's OpenAPI version is not supported",
            "'{0}' declares {1}; OpenAPI 3.0, 3.1 and 3.2 and Swagger 2.0 documents are supported",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DanglingReference = new DiagnosticDescriptor(
            "P3D0003",
            "A $ref points to nothing",
            "The reference '{0}' does not point to an existing component",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnsupportedConstruct = new DiagnosticDescriptor(
            "P3D0004",
            "The spec uses a construct the generator does not support",
            "Unsupported construct at '{0}': {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NameCollision = new DiagnosticDescriptor(
            "P3D0005",
            "Two spec names give the same C# name",
            "'{0}' and '{1}' both become the C# name '{2}' in {3}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NothingToEmit = new DiagnosticDescriptor(
            "P3D0006",
            "The spec has no operations",
            "'{0}' has no operations; the generated client has no request builders",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidDocument = new DiagnosticDescriptor(
            "P3D0007",
            "The spec is not a valid OpenAPI document",
            "Invalid OpenAPI document at '{0}': {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ReaderWarning = new DiagnosticDescriptor(
            "P3D0008",
            "The OpenAPI reader reported a problem",
            "OpenAPI warning at '{0}': {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidOption = new DiagnosticDescriptor(
            "P3D0009",
            "A generator option is not a valid C# name",
            "{0} '{1}' is not a valid C# {2}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateClient = new DiagnosticDescriptor(
            "P3D0010",
            "Two specs generate the same client",
            "'{0}' generates into the namespace '{1}', which another spec already uses; give it its own Prevu3dClientNamespace (AdditionalFiles metadata)",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotOpenApi = new DiagnosticDescriptor(
            "P3D0011",
            "The file is not an OpenAPI document",
            "'{0}' is ignored: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor SpecTooComplex = new DiagnosticDescriptor(
            "P3D0012",
            "The spec exceeds a safety limit",
            "'{0}' is not read: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor LenientFinding = new DiagnosticDescriptor(
            "P3D0013",
            "The document has a defect that does not stop a correct client",
            "At '{0}': {1}; the client is generated anyway",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor WebhooksNotGenerated = new DiagnosticDescriptor(
            "P3D0014",
            "Webhooks are not operations of the client",
            "'{0}' declares {1} webhook(s) ({2}): requests the API sends, not operations a client calls; no request builder is generated for them",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "P3D0099",
            "The generator failed",
            "The generator failed on '{0}': {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
        {
            [InvalidSyntax.Id] = InvalidSyntax,
            [UnsupportedVersion.Id] = UnsupportedVersion,
            [DanglingReference.Id] = DanglingReference,
            [UnsupportedConstruct.Id] = UnsupportedConstruct,
            [NameCollision.Id] = NameCollision,
            [NothingToEmit.Id] = NothingToEmit,
            [InvalidDocument.Id] = InvalidDocument,
            [ReaderWarning.Id] = ReaderWarning,
            [InvalidOption.Id] = InvalidOption,
            [DuplicateClient.Id] = DuplicateClient,
            [NotOpenApi.Id] = NotOpenApi,
            [SpecTooComplex.Id] = SpecTooComplex,
            [LenientFinding.Id] = LenientFinding,
            [WebhooksNotGenerated.Id] = WebhooksNotGenerated,
            [InternalError.Id] = InternalError,
        };

        public static DiagnosticDescriptor Find(string id) => ById[id];
    }
}
