namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// The security requirement of an operation, from the spec's <c>security</c> (the operation's, else the document's).
    /// Every generated request carries one, so an authentication provider can decide per request.
    /// </summary>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    public sealed class SecurityRequirementOption : global::Microsoft.Kiota.Abstractions.IRequestOption
    {
        /// <summary>Instantiates a new <see cref="global::Prevu3d.Generator.Templates.SecurityRequirementOption"/>.</summary>
        /// <param name="requirements">The alternatives (OR); each is a set of schemes that all apply (AND).</param>
        public SecurityRequirementOption(global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<global::Prevu3d.Generator.Templates.SecuritySchemeInfo>> requirements)
        {
            Requirements = requirements ?? throw new global::System.ArgumentNullException(nameof(requirements));
        }

        /// <summary>The alternatives (OR); each alternative is a set of schemes (AND). Empty means anonymous.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<global::Prevu3d.Generator.Templates.SecuritySchemeInfo>> Requirements { get; }

        /// <summary>True when the operation requires no authentication.</summary>
        public bool IsAnonymous => Requirements.Count == 0;

        /// <summary>Whether any alternative names the security scheme <paramref name="schemeName"/>.</summary>
        /// <param name="schemeName">The name of the scheme in <c>components/securitySchemes</c>.</param>
        /// <returns>True when the scheme is accepted by the operation.</returns>
        public bool Accepts(string schemeName)
        {
            foreach (var alternative in Requirements)
            {
                foreach (var scheme in alternative)
                {
                    if (string.Equals(scheme.Name, schemeName, global::System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
