namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// The server of an operation, from the spec's <c>servers</c> (the operation's, else the path's, else the document's).
    /// A runtime that knows a server variable at request time writes it into <c>PathParameters</c>.
    /// </summary>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    public sealed class ServerOption : global::Microsoft.Kiota.Abstractions.IRequestOption
    {
        /// <summary>Instantiates a new <see cref="global::Prevu3d.Generator.Templates.ServerOption"/>.</summary>
        /// <param name="url">The raw server URL from the spec, e.g. <c>{apiUrl}</c>.</param>
        /// <param name="isDefault">True when the server is the document's default server.</param>
        /// <param name="variableNames">The server variables used by the URL.</param>
        public ServerOption(string url, bool isDefault, global::System.Collections.Generic.IReadOnlyList<string> variableNames)
        {
            Url = url ?? throw new global::System.ArgumentNullException(nameof(url));
            IsDefault = isDefault;
            VariableNames = variableNames ?? global::System.Array.Empty<string>();
        }

        /// <summary>The raw server URL from the spec, e.g. <c>{apiUrl}</c> or <c>https://cloud-api.prevu3d.com</c>.</summary>
        public string Url { get; }

        /// <summary>True when the server is the document's default (first) server, i.e. the adapter's base URL.</summary>
        public bool IsDefault { get; }

        /// <summary>The names of the server variables in <see cref="Url"/>, each a path parameter of the request.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> VariableNames { get; }
    }
}
