namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// The names of the types the generator makes up (request builders, inline models and enums), after
    /// Kiota's conventions: <c>NodesRequestBuilder</c>, <c>WithNodeItemRequestBuilder</c>, <c>BrowseGetResponse</c>.
    /// </summary>
    /// <remarks>Each is a preferred name: the caller reserves it in its <see cref="NameScope"/>, which may suffix it.</remarks>
    internal static class TypeNames
    {
        private const string RequestBuilderSuffix = "RequestBuilder";

        /// <summary><c>GET</c> → <c>Get</c>: the method as it appears in member and type names.</summary>
        public static string Method(string upperCaseMethod) => upperCaseMethod.Substring(0, 1) + upperCaseMethod.Substring(1).ToLowerInvariant();

        /// <summary>The builder of a named segment: <c>Nodes</c> → <c>NodesRequestBuilder</c>.</summary>
        public static string RequestBuilder(string propertyName) => propertyName + RequestBuilderSuffix;

        /// <summary>
        /// The builder of a parameter segment, as Kiota names it (<see cref="SegmentNames"/>): <c>{nodeId}</c> →
        /// <c>WithNodeItemRequestBuilder</c>, <c>{id}</c> under <c>pets</c> → <c>PetsItemRequestBuilder</c>, <c>{article_id}</c> →
        /// <c>WithArticle_ItemRequestBuilder</c>; <c>With{Parameter}ItemRequestBuilder</c> when that gives no C# name.
        /// </summary>
        public static string ItemRequestBuilder(string segment, string parentSegment, string parameterName) =>
            SegmentNames.ItemRequestBuilder(segment, parentSegment) ?? "With" + Names.ItemName(parameterName) + "ItemRequestBuilder";

        /// <summary>
        /// The builder of a parameter segment that also carries its <c>{parameter}.json</c> sibling's operations, in Kiota's
        /// style (<see cref="SegmentNames.MergedItemBase"/>): <c>{id}</c> → <c>ItemRequestBuilder</c>, <c>{username}</c> →
        /// <c>UsernameItemRequestBuilder</c>.
        /// </summary>
        public static string MergedItemRequestBuilder(string mergedBase) => mergedBase + "ItemRequestBuilder";

        /// <summary>The namespace of an item builder, beside the named children.</summary>
        public const string ItemNamespace = "Item";

        /// <summary>What a builder's inline types start with: its class name without <c>RequestBuilder</c>.</summary>
        public static string BuilderBase(string className) =>
            className.EndsWith(RequestBuilderSuffix, System.StringComparison.Ordinal) ? className.Substring(0, className.Length - RequestBuilderSuffix.Length) : className;

        public static string QueryParameters(string className, string methodName) => className + methodName + "QueryParameters";

        public static string RequestConfiguration(string className, string methodName) => className + methodName + "RequestConfiguration";

        public static string RequestBody(string builderBase, string methodName) => builderBase + methodName + "RequestBody";

        public static string Response(string builderBase, string methodName) => builderBase + methodName + "Response";

        /// <summary>
        /// Kiota's executor for an operation that returns a type named after it (<c>InventoryGetResponse</c>):
        /// <c>GetAsInventoryGetResponseAsync</c>, beside <c>GetAsync</c>; null for any other return type.
        /// </summary>
        public static string? ResponseExecutor(string methodName, string responseTypeName)
        {
            var simpleName = responseTypeName.Substring(responseTypeName.LastIndexOf('.') + 1);
            return simpleName.EndsWith(methodName + "Response", System.StringComparison.Ordinal) ? methodName + "As" + simpleName + "Async" : null;
        }

        /// <summary>An inline error body, as Kiota names it: <c>Browse404Error</c>, <c>Browse4XXError</c> and <c>Browse5XXError</c> for <c>default</c>.</summary>
        public static string Error(string builderBase, string code) => builderBase + code + "Error";

        /// <summary>
        /// The inline enum of a query parameter. Kiota's names: <c>GetStatusQueryParameterType</c>,
        /// <c>GetOrder_byQueryParameterType</c> (symbols go, underscores stay), Pascal-cased when that is no C# name;
        /// Pascal names: <c>GetOrderByQueryParameterType</c>.
        /// </summary>
        public static string QueryParameterType(string methodName, string parameterName, NamingStyle style)
        {
            if (style == NamingStyle.Kiota && methodName + Names.UpperFirst(Names.CleanKiotaSymbols(parameterName)) + "QueryParameterType" is var kiota && Names.IsValidIdentifier(kiota))
            {
                return kiota;
            }

            return methodName + Names.ToPascalCase(parameterName) + "QueryParameterType";
        }

        /// <summary>
        /// Kiota's name of the enum-typed property of a query parameter, beside its string one: <c>Status</c> and
        /// <c>GetStatusQueryParameterType</c> → <c>StatusAsGetStatusQueryParameterType</c> (underscores dropped).
        /// </summary>
        public static string EnumQueryProperty(string propertyName, string enumTypeName) =>
            Names.ToPascalCase(propertyName + "As" + enumTypeName.Substring(enumTypeName.LastIndexOf('.') + 1));

        public static string HeaderParameterType(string methodName, string parameterName) => methodName + Names.ToPascalCase(parameterName) + "HeaderParameterType";

        public static string PathParameterType(string? parameterName) => Names.ToPascalCase(parameterName ?? "Item") + "PathParameterType";

        /// <summary>
        /// An inline type of a model property: the model's name, then the property's as the spec writes it after an
        /// underscore in Kiota's style (<c>Order_status</c>, <c>Doc_byline_person</c>; <c>_links</c> → <c>Flag_links</c>, one
        /// underscore), Pascal-cased and joined in Pascal's (<c>OrderStatus</c>).
        /// </summary>
        public static string InlineProperty(string modelName, string jsonName, NamingStyle style) =>
            style == NamingStyle.Kiota && Names.ToKiotaIdentifier(jsonName)?.TrimStart('_') is { Length: > 0 } kiota
                ? modelName + "_" + kiota
                : modelName + Names.ToPascalCase(jsonName).TrimStart('_', '@');
    }
}
