using System.Collections.Generic;

namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// The members a generated type has before any spec name is given to it: a property, child
    /// builder or type named after one of them would hide it or not compile.
    /// </summary>
    internal static class ReservedNames
    {
        /// <summary>The members of a request builder (<c>BaseRequestBuilder</c> and <c>object</c>).</summary>
        public static readonly string[] BuilderMembers =
        {
            "RequestAdapter", "PathParameters", "UrlTemplate", "WithUrl", "Equals", "GetHashCode", "GetType", "ToString",
        };

        /// <summary>The support types written beside the root client, which its child namespaces must not take.</summary>
        public static readonly string[] RootSupportTypes =
        {
            "SecurityRequirementOption", "SecuritySchemeInfo", "ServerOption", "GeneratedJsonParseNodeFactory", "ParameterConstraint", "ParameterValidator",
        };

        /// <summary>The members of <c>ApiException</c> (and so <c>Exception</c>) that an error model inherits.</summary>
        private static readonly string[] ExceptionMembers =
        {
            "Message", "Data", "Source", "StackTrace", "HelpLink", "HResult", "InnerException", "TargetSite",
            "ResponseStatusCode", "ResponseHeaders",
        };

        /// <summary>The members of an operation's <c>QueryParameters</c> class besides the parameters.</summary>
        public static string[] QueryParameters(string className) =>
            new[] { className, "Equals", "GetHashCode", "GetType", "ToString" };

        /// <summary>The members of an operation's <c>RequestConfiguration</c> class besides the header parameters.</summary>
        public static string[] RequestConfiguration(string className) =>
            new[] { className, "Headers", "Options", "QueryParameters", "Equals", "GetHashCode", "GetType", "ToString" };

        /// <summary>
        /// The members of a model: the class itself, <c>IParsable</c>, <c>IAdditionalDataHolder</c> and
        /// <c>object</c>, plus the exception members for an error model.
        /// </summary>
        public static List<string> ModelMembers(string className, bool isError)
        {
            var reserved = new List<string> { className, "AdditionalData", "GetFieldDeserializers", "Serialize", "CreateFromDiscriminatorValue", "ReadKnownJsonProperty", "GetType", "GetHashCode", "Equals", "ToString" };
            if (isError)
            {
                reserved.AddRange(ExceptionMembers);
            }

            return reserved;
        }

        /// <summary>
        /// True for a cleaned spec name Kiota 1.38 gives the suffix <c>Property</c> before casing it, compared without case:
        /// the members its models have whatever the spec says (adyen's <c>additionalData</c> is <c>AdditionalDataProperty</c>).
        /// </summary>
        public static bool IsKiotaStructural(string cleanedName) => KiotaStructuralNames.Contains(cleanedName);

        private static readonly HashSet<string> KiotaStructuralNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "AdditionalData", "additional_data", "BackingStore", "backing_store", "GetFieldDeserializers", "get_field_deserializers", "Serialize",
        };

        /// <summary>Kiota's rule: a property that would hide a member (<c>Exception.Message</c>, <c>AdditionalData</c>…) is suffixed.</summary>
        public static string Escape(string name) => name + "Escaped";

        /// <summary>The members one operation adds to its request builder (<c>GetAsync</c>, <c>ToGetRequestInformation</c>…).</summary>
        public static IEnumerable<string> OperationMembers(string className, string methodName)
        {
            yield return methodName + "Async";
            yield return methodName + "SecurityRequirementOption";
            yield return methodName + "ServerOption";
            yield return methodName + "ParameterValidator";
            yield return "To" + methodName + "RequestInformation";
            yield return TypeNames.QueryParameters(className, methodName);
            yield return TypeNames.RequestConfiguration(className, methodName);
        }
    }
}
