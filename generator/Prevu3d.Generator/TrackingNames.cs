namespace Prevu3d.Generator
{
    /// <summary>Names of the pipeline stages, so tests can prove what is cached.</summary>
    internal static class TrackingNames
    {
        public const string CandidateFiles = nameof(CandidateFiles);
        public const string SpecInputs = nameof(SpecInputs);
        public const string ParsedSpecs = nameof(ParsedSpecs);
        public const string Clients = nameof(Clients);
        public const string Diagnostics = nameof(Diagnostics);
        public const string ClientSet = nameof(ClientSet);
        public const string UniqueClients = nameof(UniqueClients);
        public const string DuplicateDiagnostics = nameof(DuplicateDiagnostics);
        public const string SupportNamespaces = nameof(SupportNamespaces);
    }
}
