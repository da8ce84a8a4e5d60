using System.Collections.Generic;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>An operation's security requirement (its own, else the document's), for the auth provider to read.</summary>
    internal static class SecurityReader
    {
        /// <summary>The alternatives (OR) of the requirement, each a set of schemes (AND) with their scopes.</summary>
        public static EquatableArray<SecurityAlternativeModel> Read(IList<OpenApiSecurityRequirement>? requirements, string pointer, DiagnosticSink sink)
        {
            if (requirements is null)
            {
                return EquatableArray<SecurityAlternativeModel>.Empty;
            }

            var alternatives = new List<SecurityAlternativeModel>();
            foreach (var requirement in requirements)
            {
                var schemes = new List<SecuritySchemeModel>();
                foreach (var pair in requirement)
                {
                    var reference = pair.Key;
                    var name = reference.Reference?.Id ?? string.Empty;
                    if (reference.UnresolvedReference || reference.Target is null)
                    {
                        // Real tools let it pass: the requirement cannot be met with a scheme nobody declared, so it is left out.
                        sink.LenientOnce(
                            "security|" + name,
                            SpecPointer.Append(pointer, "security"),
                            "the security requirement names '" + name + "', which components/securitySchemes does not declare; it is left out of the requirement");
                        continue;
                    }

                    schemes.Add(new SecuritySchemeModel(
                        name,
                        TypeName(reference.Type),
                        string.IsNullOrEmpty(reference.Scheme) ? null : reference.Scheme!.ToLowerInvariant(),
                        string.IsNullOrEmpty(reference.BearerFormat) ? null : reference.BearerFormat,
                        (pair.Value ?? new List<string>()).ToEquatableArray()));
                }

                alternatives.Add(new SecurityAlternativeModel(schemes.ToEquatableArray()));
            }

            return alternatives.ToEquatableArray();
        }

        /// <summary>The scheme type as the spec spells it.</summary>
        private static string TypeName(SecuritySchemeType? type) => type switch
        {
            SecuritySchemeType.ApiKey => "apiKey",
            SecuritySchemeType.Http => "http",
            SecuritySchemeType.OAuth2 => "oauth2",
            SecuritySchemeType.OpenIdConnect => "openIdConnect",
            SecuritySchemeType.MutualTLS => "mutualTLS",
            _ => "unknown",
        };
    }
}
