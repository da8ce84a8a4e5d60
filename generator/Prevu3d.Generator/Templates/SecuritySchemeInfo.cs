namespace Prevu3d.Generator.Templates
{
    /// <summary>A security scheme of the spec (<c>components/securitySchemes</c>) as one operation requires it.</summary>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    public sealed class SecuritySchemeInfo
    {
        /// <summary>Instantiates a new <see cref="global::Prevu3d.Generator.Templates.SecuritySchemeInfo"/>.</summary>
        /// <param name="name">The scheme's name in the spec.</param>
        /// <param name="type">The scheme type: http, apiKey, oauth2, openIdConnect or mutualTLS.</param>
        /// <param name="scheme">The HTTP authentication scheme, lower-cased (basic, bearer), if any.</param>
        /// <param name="bearerFormat">The bearer format hint (JWT), if any.</param>
        /// <param name="scopes">The scopes the operation requires.</param>
        public SecuritySchemeInfo(string name, string type, string? scheme, string? bearerFormat, global::System.Collections.Generic.IReadOnlyList<string> scopes)
        {
            Name = name ?? throw new global::System.ArgumentNullException(nameof(name));
            Type = type ?? throw new global::System.ArgumentNullException(nameof(type));
            Scheme = scheme;
            BearerFormat = bearerFormat;
            Scopes = scopes ?? global::System.Array.Empty<string>();
        }

        /// <summary>The scheme's name in the spec, e.g. <c>basicAuth</c>.</summary>
        public string Name { get; }

        /// <summary>The scheme type: <c>http</c>, <c>apiKey</c>, <c>oauth2</c>, <c>openIdConnect</c> or <c>mutualTLS</c>.</summary>
        public string Type { get; }

        /// <summary>The HTTP authentication scheme, lower-cased (<c>basic</c>, <c>bearer</c>); null for other types.</summary>
        public string? Scheme { get; }

        /// <summary>The bearer format hint, e.g. <c>JWT</c>.</summary>
        public string? BearerFormat { get; }

        /// <summary>The scopes the operation requires from this scheme.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Scopes { get; }
    }
}
