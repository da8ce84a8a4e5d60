using Prevu3d.Generator.Helpers;

namespace Prevu3d.Generator.Model
{
    /// <summary>Where a parameter travels.</summary>
    internal enum ParameterKind
    {
        Path,
        Query,
        Header,

        /// <summary>Sent as <c>name=value</c> in the request's <c>Cookie</c> header.</summary>
        Cookie,
    }

    /// <summary>A path, query, header or cookie parameter of an operation.</summary>
    /// <param name="Name">The name on the wire.</param>
    /// <param name="TemplateName">The URI template variable name (percent-encoded where needed).</param>
    /// <param name="PropertyName">The C# name.</param>
    /// <remarks>Caching rule: strings, flags, an enum and a <see cref="TypeRef"/>.</remarks>
    internal sealed record ParameterModel(string Name, string TemplateName, string PropertyName, TypeRef Type, ParameterKind Kind, bool Required, bool Explode, string? Description)
    {
        /// <summary>
        /// The separator of a non-exploded array query parameter of style <c>pipeDelimited</c> (<c>|</c>) or
        /// <c>spaceDelimited</c> (a space); null for the form style's comma, which the URI template writes.
        /// </summary>
        public string? Delimiter { get; init; }

        /// <summary>An object query parameter of style deepObject: each member is sent as <c>name[member]=value</c>.</summary>
        public bool DeepObject { get; init; }

        /// <summary>
        /// A scalar or array query parameter with <c>allowReserved: true</c>: its reserved characters are sent as they
        /// are, through a reserved expansion (<c>{+name_reserved}</c>) the generated code fills, not the form-style query.
        /// </summary>
        public bool AllowReserved { get; init; }

        /// <summary>
        /// For an enum query parameter, Kiota's string property beside the enum one (<c>Status</c> beside
        /// <c>StatusAsGetStatusQueryParameterType</c>, which is <see cref="PropertyName"/>): <c>[Obsolete]</c>, typed
        /// <c>string</c> (or <c>string[]</c>), sent under the same name and first when both are set; null for other parameters.
        /// </summary>
        public string? TextPropertyName { get; init; }

        /// <summary>The <see cref="TextPropertyName"/> twin as a parameter of its own (a string or string array), or null.</summary>
        public ParameterModel? TextTwin => TextPropertyName is { } name
            ? this with { PropertyName = name, Type = new TypeRef(ValueKind.String, "string", Type.IsCollection), TextPropertyName = null }
            : null;

        /// <summary>The template variable that carries an <see cref="AllowReserved"/> parameter's whole <c>name=value</c> text.</summary>
        public string ReservedTemplateName => TemplateName + "_reserved";
    }

    /// <summary>
    /// What the spec says about one parameter's value, which the generated request builder checks before anything is
    /// sent: that it is there (<c>required</c>, and every path parameter), that it is a UUID (<c>format: uuid</c>), that it
    /// is one of the <c>enum</c> values.
    /// </summary>
    /// <param name="Name">The name in the spec, which the error names.</param>
    /// <param name="Key">Where the value is in the request: the URI template variable, or the header name.</param>
    /// <param name="Kind">Path, query or header (cookies are not checked).</param>
    /// <param name="Required">The request is refused without a value.</param>
    /// <param name="Format">The format the value must have (<c>uuid</c>), or null for any.</param>
    /// <param name="AllowedValues">The spec's string enum values, or empty for any value.</param>
    /// <remarks>Caching rule: strings, a flag, an enum and an equatable array of strings.</remarks>
    internal sealed record ParameterConstraintModel(string Name, string Key, ParameterKind Kind, bool Required, string? Format, EquatableArray<string> AllowedValues);

    /// <summary>One scheme of a security requirement, with its scopes.</summary>
    /// <remarks>Caching rule: strings and an equatable array of strings.</remarks>
    internal sealed record SecuritySchemeModel(string Name, string Type, string? Scheme, string? BearerFormat, EquatableArray<string> Scopes);

    /// <summary>One alternative of a security requirement: every scheme in it applies (AND).</summary>
    /// <remarks>Caching rule: an equatable array of records.</remarks>
    internal sealed record SecurityAlternativeModel(EquatableArray<SecuritySchemeModel> Schemes);

    /// <summary>The server an operation is sent to.</summary>
    /// <remarks>Caching rule: strings, a flag and an equatable array of strings.</remarks>
    internal sealed record ServerModel(string Url, bool IsDefault, EquatableArray<string> VariableNames);

    /// <summary>A server variable whose default goes into the root path parameters.</summary>
    /// <remarks>Caching rule: two strings.</remarks>
    internal sealed record ServerVariableModel(string Name, string DefaultValue);

    /// <summary>The request body of an operation.</summary>
    /// <remarks>Caching rule: strings, flags and a <see cref="TypeRef"/>.</remarks>
    internal sealed record RequestBodyModel(string ContentType, TypeRef Type, bool Required, string? Description)
    {
        /// <summary>
        /// A binary body documented under several content types, or <c>*/*</c>: the caller names the one it sends in a
        /// <c>string contentType</c> parameter after the body, as Kiota declares it (docker's archive upload takes a tar).
        /// </summary>
        public bool CallerContentType { get; init; }
    }

    /// <summary>An error status code mapped to a generated error type.</summary>
    /// <remarks>Caching rule: two strings.</remarks>
    internal sealed record ErrorMappingModel(string Code, string TypeName);

    /// <summary>One HTTP operation of a request builder.</summary>
    /// <param name="Method">The HTTP method in upper case (<c>GET</c>).</param>
    /// <param name="MethodName">The Pascal-cased method (<c>Get</c>).</param>
    /// <param name="ResponseType">The success body type; null when the operation returns no content.</param>
    /// <remarks>Caching rule: strings, flags, records and equatable arrays of records; no spec position.</remarks>
    internal sealed record OperationModel(
        string Method,
        string MethodName,
        string UrlTemplate,
        string? Summary,
        string? Description,
        bool Deprecated,
        RequestBodyModel? Body,
        TypeRef? ResponseType,
        string? Accept,
        EquatableArray<ErrorMappingModel> Errors,
        EquatableArray<ParameterModel> QueryParameters,
        EquatableArray<ParameterModel> HeaderParameters,
        EquatableArray<SecurityAlternativeModel> Security,
        ServerModel Server)
    {
        /// <summary>
        /// The checks of the operation's path, query and header parameters, in the spec's order; empty when there is
        /// nothing to check.
        /// </summary>
        /// <remarks>An init-only property, not a positional parameter, so the existing constructor and deconstruction are unchanged.</remarks>
        public EquatableArray<ParameterConstraintModel> Constraints { get; init; } = EquatableArray<ParameterConstraintModel>.Empty;
    }

    /// <summary>A property (or a method, for a segment with parameters) that navigates to a child request builder.</summary>
    /// <remarks>Caching rule: three strings, an equatable array of strings and a flag.</remarks>
    internal sealed record NavigationModel(string PropertyName, string TargetTypeName, string Path)
    {
        /// <summary>
        /// The spec names of the parameters of a segment that mixes text and parameters (<c>{id}:cancel</c>): the
        /// navigation is then a method taking them (<c>WithIdCancel(string id)</c>), as in Kiota; empty for a property.
        /// </summary>
        public EquatableArray<string> Parameters { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// A method even without <see cref="Parameters"/>: a segment whose path key held a query string
        /// (<c>ArticlesWithQuery()</c> for <c>articles?query={query}</c>), as Kiota makes it.
        /// </summary>
        public bool IsMethod { get; init; }
    }

    /// <summary>An indexer that navigates to an item request builder.</summary>
    /// <param name="IndexTypes">The C# types accepted by the indexers (e.g. Guid and string).</param>
    /// <remarks>Caching rule: strings and an equatable array of strings.</remarks>
    internal sealed record IndexerModel(string TemplateName, EquatableArray<string> IndexTypes, string TargetTypeName, string? Description)
    {
        /// <summary>The one of <see cref="IndexTypes"/> that is a model (an object path parameter, sent as a map of its members); null when none is.</summary>
        public string? ObjectIndexType { get; init; }

        /// <summary>
        /// The template names sibling paths give the same parameter (<c>subject_digest</c> beside <c>attestation_id</c>),
        /// set to the same value so that each path's URL template expands; empty when every path names it alike.
        /// </summary>
        public EquatableArray<string> OtherTemplateNames { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// Whether a builder above already set one of the names (a merged sibling's name, <c>/a/{x}/b/{y}</c> beside
        /// <c>/a/{y}/c</c>): this indexer's value replaces it, being the one the paths below it mean.
        /// </summary>
        public bool ReplacesAncestorValue { get; init; }
    }

    /// <summary>A request builder: one path segment of the API.</summary>
    /// <remarks>Caching rule: strings, a flag, an optional record and equatable arrays of records.</remarks>
    internal sealed record BuilderModel(
        string Namespace,
        string Name,
        string UrlTemplate,
        bool IsRoot,
        string Path,
        EquatableArray<NavigationModel> Navigations,
        IndexerModel? Indexer,
        EquatableArray<OperationModel> Operations)
    {
        /// <summary>
        /// The spec names of the parameters of the segment that mixes text and parameters this builder is reached by
        /// (<c>thumbnail.{extension}</c>): Kiota gives such a builder a constructor taking them, each defaulting to empty.
        /// </summary>
        public EquatableArray<string> SegmentParameters { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>Everything the emitter needs to write one client.</summary>
    /// <remarks>
    /// Caching rule: this record and everything it holds are immutable values (strings, numbers,
    /// enums, <see cref="EquatableArray{T}"/>) with value equality. It never holds a Roslyn object
    /// (<c>Compilation</c>, <c>ISymbol</c>, <c>SyntaxNode</c>, <c>AdditionalText</c>,
    /// <c>SourceText</c>) nor a spec position, so the emit step reruns only when the client changes.
    /// </remarks>
    internal sealed record ClientModel(
        string SpecPath,
        string Namespace,
        string ClassName,
        string? Title,
        string? Description,
        string? DefaultBaseUrl,
        EquatableArray<ServerVariableModel> ServerVariables,
        EquatableArray<BuilderModel> Builders,
        EquatableArray<ModelClass> Models,
        EquatableArray<EnumModel> Enums)
    {
        /// <summary>The <c>oneOf</c>/<c>anyOf</c> wrappers, ordered by namespace and name; empty until the parser reads them.</summary>
        /// <remarks>An init-only property, not a positional parameter, so the existing constructor and deconstruction are unchanged.</remarks>
        public EquatableArray<ComposedTypeModel> ComposedTypes { get; init; } = EquatableArray<ComposedTypeModel>.Empty;
    }

    /// <summary>The clients to emit (one per namespace) and the duplicates that were dropped.</summary>
    /// <remarks>Caching rule: equatable arrays of records only.</remarks>
    internal sealed record ClientSet(EquatableArray<ClientModel> Clients, EquatableArray<DiagnosticInfo> Diagnostics);
}
