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

        /// <summary>The builder of a parameter segment: <c>{nodeId}</c> → <c>WithNodeItemRequestBuilder</c>.</summary>
        public static string ItemRequestBuilder(string parameterName) => "With" + Names.ItemName(parameterName) + "ItemRequestBuilder";

        /// <summary>The namespace of an item builder, beside the named children.</summary>
        public const string ItemNamespace = "Item";

        /// <summary>What a builder's inline types start with: its class name without <c>RequestBuilder</c>.</summary>
        public static string BuilderBase(string className) =>
            className.EndsWith(RequestBuilderSuffix, System.StringComparison.Ordinal) ? className.Substring(0, className.Length - RequestBuilderSuffix.Length) : className;

        public static string QueryParameters(string className, string methodName) => className + methodName + "QueryParameters";

        public static string RequestConfiguration(string className, string methodName) => className + methodName + "RequestConfiguration";

        public static string RequestBody(string builderBase, string methodName) => builderBase + methodName + "RequestBody";

        public static string Response(string builderBase, string methodName) => builderBase + methodName + "Response";

        /// <summary>An inline error body: <c>BrowseGet404Error</c>, <c>BrowseGetDefaultError</c> for <c>default</c> (code <c>XXX</c>).</summary>
        public static string Error(string builderBase, string methodName, string code) =>
            builderBase + methodName + (code == "XXX" ? "Default" : code) + "Error";

        /// <summary>An inline enum or object of a query parameter: <c>GetOrder_byQueryParameterType</c> (Kiota), <c>GetOrderByQueryParameterType</c> (Pascal).</summary>
        public static string QueryParameterType(string methodName, string parameterName, NamingStyle style = NamingStyle.Pascal) =>
            methodName + Names.ToSpecTypeName(parameterName, style) + "QueryParameterType";

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
