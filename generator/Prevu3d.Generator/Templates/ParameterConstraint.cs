namespace Prevu3d.Generator.Templates
{
    /// <summary>
    /// What the spec says about the value of one path, query or header parameter of an operation: that it is required,
    /// that it is a UUID (<c>format: uuid</c>), that it is one of the <c>enum</c> values. <see cref="ParameterValidator"/>
    /// checks it before the request leaves.
    /// </summary>
    [global::Prevu3d.Generator.Templates.GeneratedCode("Prevu3d.Generator", "1.0.0")]
    internal sealed class ParameterConstraint
    {
        /// <summary>The location of a path parameter, as the spec's <c>in</c> writes it.</summary>
        public const string Path = "path";

        /// <summary>The location of a query parameter.</summary>
        public const string Query = "query";

        /// <summary>The location of a header parameter.</summary>
        public const string Header = "header";

        /// <summary>The format of a UUID, as the spec's <c>format</c> writes it.</summary>
        public const string Uuid = "uuid";

        /// <summary>Instantiates a new <see cref="global::Prevu3d.Generator.Templates.ParameterConstraint"/>.</summary>
        /// <param name="name">The parameter's name in the spec.</param>
        /// <param name="key">The URI template variable of a path or query parameter, or the header name.</param>
        /// <param name="location"><see cref="Path"/>, <see cref="Query"/> or <see cref="Header"/>.</param>
        /// <param name="required">Whether the request is refused without a value.</param>
        /// <param name="format"><see cref="Uuid"/>, or null for no format check.</param>
        /// <param name="allowedValues">The enum values, or null for any value.</param>
        public ParameterConstraint(string name, string key, string location, bool required, string? format, string[]? allowedValues)
        {
            Name = name ?? throw new global::System.ArgumentNullException(nameof(name));
            Key = key ?? throw new global::System.ArgumentNullException(nameof(key));
            Location = location ?? throw new global::System.ArgumentNullException(nameof(location));
            Required = required;
            Format = format;
            AllowedValues = allowedValues;
        }

        /// <summary>The parameter's name in the spec, which an error names.</summary>
        public string Name { get; }

        /// <summary>The URI template variable of a path or query parameter, or the header name.</summary>
        public string Key { get; }

        /// <summary><see cref="Path"/>, <see cref="Query"/> or <see cref="Header"/>.</summary>
        public string Location { get; }

        /// <summary>Whether the request is refused without a value (always, for a path parameter).</summary>
        public bool Required { get; }

        /// <summary><see cref="Uuid"/>, or null when any text will do.</summary>
        public string? Format { get; }

        /// <summary>The spec's string enum values, compared ordinally; null when any value will do.</summary>
        public string[]? AllowedValues { get; }
    }
}
