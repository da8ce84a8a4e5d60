using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Prevu3d.Generator.Naming
{
    /// <summary>
    /// The spellings of <see cref="NamingStyle.Kiota"/>: a spec name keeps its underscores and its case, loses its
    /// punctuation (the letter after it is capitalised), and a leading number is spelled out, as <c>kiota generate</c>
    /// names types, namespaces and enum members.
    /// </summary>
    internal static partial class Names
    {
        /// <summary>Reads the <c>Prevu3dNaming</c> option (case-insensitive).</summary>
        public static bool TryParseStyle(string value, out NamingStyle style)
        {
            foreach (NamingStyle candidate in Enum.GetValues(typeof(NamingStyle)))
            {
                if (string.Equals(value, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    style = candidate;
                    return true;
                }
            }

            style = NamingStyle.Kiota;
            return false;
        }

        /// <summary>
        /// The name of a type, namespace segment or enum member from the spec name <paramref name="raw"/>:
        /// <c>related_tags</c> → <c>Related_tags</c> (Kiota) or <c>RelatedTags</c> (Pascal); <c>articlesearch.json</c>
        /// → <c>ArticlesearchJson</c> in both.
        /// </summary>
        /// <remarks>Where Kiota's spelling is no C# identifier (an emoji), the Pascal rule names it, so the client compiles.</remarks>
        public static string ToSpecTypeName(string raw, NamingStyle style) =>
            style == NamingStyle.Kiota && ToKiotaIdentifier(raw) is { } kiota && IsValidIdentifier(UpperFirst(kiota)) ? UpperFirst(kiota) : ToPascalCase(raw);

        /// <summary>
        /// A spec name spelled as Kiota spells it, first letter as written: <c>not_run</c> → <c>not_run</c>,
        /// <c>api-info</c> → <c>apiInfo</c>, <c>2fa</c> → <c>Twofa</c>, <c>-1</c> → <c>minus_1</c>, <c>+1</c> → <c>plus_1</c>;
        /// null when the result is empty or has a character no identifier may hold. A keyword (<c>event</c>) is returned:
        /// it is a part of a name (<c>Model_event</c>) or capitalised (<c>Event</c>) before use.
        /// </summary>
        public static string? ToKiotaIdentifier(string raw)
        {
            var name = CleanKiotaSymbols(raw);
            return name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) ? name : null;
        }

        /// <summary>
        /// The C# name Kiota gives a model property: the spec name cleaned as <see cref="CleanKiotaSymbols"/> cleans it,
        /// suffixed <c>Property</c> when that is a member every model has (<see cref="ReservedNames.IsKiotaStructural"/>:
        /// <c>additionalData</c> → <c>AdditionalDataProperty</c>), then each part between underscores capitalised and joined
        /// (<c>+1</c> → <c>plus_1</c> → <c>Plus1</c>, <c>-1</c> → <c>Minus1</c>, <c>grant_type</c> → <c>GrantType</c>,
        /// <c>1</c> → <c>One</c>); null when that is no identifier.
        /// </summary>
        public static string? ToKiotaPropertyName(string raw)
        {
            var cleaned = CleanKiotaSymbols(raw);
            if (ReservedNames.IsKiotaStructural(cleaned))
            {
                cleaned += "Property";
            }

            var builder = new StringBuilder(raw.Length);
            foreach (var part in cleaned.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(UpperFirst(part));
            }

            var name = builder.ToString();
            return name.Length > 0 && IsValidIdentifier(name) ? name : null;
        }

        /// <summary>
        /// Kiota's clean-up of a symbol name, the rule behind <see cref="ToKiotaIdentifier"/> and the segment names: a leading
        /// <c>-</c> is <c>minus_</c>, a <c>+</c> is <c>_plus_</c>, other punctuation and white space go and upper-case the
        /// word character after them, leading digits are spelled out. The result may still be no identifier (or empty).
        /// </summary>
        public static string CleanKiotaSymbols(string raw)
        {
            if (raw.Length == 0)
            {
                return raw;
            }

            // A leading minus and every plus are words, so -1, 1 and +1 stay apart.
            var text = raw[0] == '-' ? "minus_" + raw.Substring(1) : raw;
            text = text.Replace("+", "_plus_");

            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (!IsKiotaSeparator(text[i]))
                {
                    builder.Append(text[i]);
                    continue;
                }

                // The separator goes; a letter, digit or underscore right after it is capitalised.
                if (i + 1 < text.Length && IsWordChar(text[i + 1]))
                {
                    builder.Append(char.ToUpperInvariant(text[++i]));
                }
            }

            var name = SpellLeadingDigits(builder.ToString());
            if (name.EndsWith("minus_", StringComparison.Ordinal) || name.EndsWith("plus_", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 1);
            }

            name = name.StartsWith("_plus", StringComparison.Ordinal) ? name.Substring(1) : name;

            // Nothing left but symbols: each is spelled as a word (an enum value `/` is the member `Slash`); other characters stay.
            return name.Length == 0 ? SpellKiotaSymbols(raw) : name;
        }

        /// <summary>Kiota's words for the symbols of a name made of symbols only, in the order Kiota replaces them.</summary>
        private static readonly (char Symbol, string Word)[] KiotaSymbolWords =
        {
            ('!', "Exclamation"), ('"', "DoubleQuote"), ('#', "Pound"), ('$', "Dollar"), ('%', "Percent"), ('&', "Ampersand"),
            ('\'', "Apostrophe"), ('(', "LeftParenthesis"), (')', "RightParenthesis"), ('*', "Asterisk"), ('+', "Plus"),
            (',', "Comma"), ('-', "Hyphen"), ('_', "Underscore"), ('.', "Period"), ('/', "Slash"), ('\\', "BackSlash"),
            (':', "Colon"), (';', "SemiColon"), ('<', "LessThan"), ('=', "Equal"), ('>', "GreaterThan"), ('?', "QuestionMark"),
            ('~', "Tilde"), ('@', "At"),
        };

        private static string SpellKiotaSymbols(string raw)
        {
            foreach (var (symbol, word) in KiotaSymbolWords)
            {
                raw = raw.Replace(symbol.ToString(), word);
            }

            return raw;
        }

        /// <summary><c>api</c> → <c>Api</c>; the rest as written.</summary>
        public static string UpperFirst(string name) =>
            name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

        /// <summary>
        /// True for a namespace segment Kiota 1.38 suffixes with <c>Escaped</c> although no C# rule asks it to: the names of
        /// the serialization formats <c>json</c>, <c>xml</c>, <c>csv</c>, <c>yaml</c>, <c>yml</c> and <c>txt</c> (docker's
        /// <c>/containers/{id}/json</c> is in <c>Containers.Item.JsonEscaped</c>; its builder keeps the name
        /// <c>JsonRequestBuilder</c> and the property <c>Json</c>; checked with the Kiota CLI for each, and <c>html</c> is not).
        /// </summary>
        public static bool IsKiotaEscapedNamespace(string name) => KiotaEscapedNamespaces.Contains(name);

        private static readonly HashSet<string> KiotaEscapedNamespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Json", "Xml", "Csv", "Yaml", "Yml", "Txt",
        };

        /// <summary>
        /// True for a name the types of the <c>System</c> namespace (and a few of System.IO and System.Threading) already
        /// use, compared without case: Kiota suffixes such a namespace segment (<c>MathNamespace</c>) and such a model
        /// (<c>TaskObject</c>) so that generated code which names the BCL type unqualified still binds to it.
        /// </summary>
        public static bool IsSystemTypeName(string name) => SystemTypeNames.Contains(name);

        private static readonly HashSet<string> SystemTypeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            // System.IO and System.Threading types generated code uses, and two names Kiota's runtime gives its own types.
            "Directory", "Environment", "File", "Integer", "Method", "MultipartBody", "Path", "Stream", "Task", "Thread",

            // Public non-generic types of the System namespace.
            "__ComObject", "AccessViolationException", "Action", "Activator", "AggregateException", "AppContext", "AppDomain",
            "AppDomainSetup", "AppDomainUnloadedException", "ApplicationException", "ApplicationId", "ArgIterator",
            "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "ArithmeticException", "Array",
            "ArrayTypeMismatchException", "AssemblyLoadEventArgs", "AssemblyLoadEventHandler", "AsyncCallback", "Attribute",
            "AttributeTargets", "AttributeUsageAttribute", "BadImageFormatException", "Base64FormattingOptions", "BitConverter",
            "Boolean", "Buffer", "Byte", "CannotUnloadAppDomainException", "Char", "CharEnumerator", "CLSCompliantAttribute",
            "ContextBoundObject", "ContextMarshalException", "ContextStaticAttribute", "Convert", "CultureAwareComparer",
            "DataMisalignedException", "Date", "DateOnly", "DateTime", "DateTimeKind", "DateTimeOffset", "DayOfWeek", "DBNull",
            "Decimal", "Delegate", "DivideByZeroException", "DllNotFoundException", "Double", "DuplicateWaitObjectException",
            "EntryPointNotFoundException", "Enum", "EnvironmentVariableTarget", "EventArgs", "EventHandler", "Exception",
            "ExecutionEngineException", "FieldAccessException", "FlagsAttribute", "FormatException", "FormattableString", "GC",
            "GCCollectionMode", "GCGenerationInfo", "GCKind", "GCMemoryInfo", "GCNotificationStatus", "Guid", "Half", "HashCode",
            "IAsyncDisposable", "IAsyncResult", "ICloneable", "IComparable", "IConvertible", "ICustomFormatter", "IDisposable",
            "IFormatProvider", "IFormattable", "Index", "IndexOutOfRangeException", "InsufficientExecutionStackException",
            "InsufficientMemoryException", "Int128", "Int16", "Int32", "Int64", "IntPtr", "InvalidCastException",
            "InvalidOperationException", "InvalidProgramException", "InvalidTimeZoneException", "ISpanFormattable",
            "LoaderOptimization", "LoaderOptimizationAttribute", "LocalDataStoreSlot", "MarshalByRefObject", "Math", "MathF",
            "MemberAccessException", "MemoryExtensions", "MethodAccessException", "MidpointRounding", "MissingFieldException",
            "MissingMemberException", "MissingMethodException", "ModuleHandle", "MTAThreadAttribute", "MulticastDelegate",
            "MulticastNotSupportedException", "NonSerializedAttribute", "NotFiniteNumberException", "NotImplementedException",
            "NotSupportedException", "Nullable", "NullReferenceException", "Object", "ObjectDisposedException",
            "ObsoleteAttribute", "OperatingSystem", "OperationCanceledException", "OrdinalComparer", "OutOfMemoryException",
            "OverflowException", "ParamArrayAttribute", "PlatformID", "PlatformNotSupportedException", "Random", "Range",
            "RankException", "ResolveEventArgs", "ResolveEventHandler", "RuntimeArgumentHandle", "RuntimeFieldHandle",
            "RuntimeMethodHandle", "RuntimeTypeHandle", "SByte", "SerializableAttribute", "Single", "StackOverflowException",
            "STAThreadAttribute", "String", "StringComparer", "StringComparison", "StringNormalizationExtensions",
            "StringSplitOptions", "SystemException", "ThreadStaticAttribute", "TimeOnly", "TimeoutException", "TimeSpan",
            "TimeZone", "TimeZoneInfo", "TimeZoneNotFoundException", "Tuple", "TupleExtensions", "Type", "TypeAccessException",
            "TypeCode", "TypedReference", "TypeInitializationException", "TypeLoadException", "TypeUnloadedException", "UInt128",
            "UInt16", "UInt32", "UInt64", "UIntPtr", "UnauthorizedAccessException", "UnhandledExceptionEventArgs",
            "UnhandledExceptionEventHandler", "UnitySerializationHolder", "ValueTuple", "ValueType", "Version", "Void",
            "WeakReference",
        };

        private static readonly string[] DigitWords = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" };

        /// <summary><c>2fa</c> → <c>Twofa</c>, <c>10x</c> → <c>OneZerox</c>: an identifier cannot start with a digit.</summary>
        internal static string SpellLeadingDigits(string name)
        {
            var count = 0;
            while (count < name.Length && name[count] >= '0' && name[count] <= '9')
            {
                count++;
            }

            if (count == 0)
            {
                return name;
            }

            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                builder.Append(DigitWords[name[i] - '0']);
            }

            return builder.Append(name, count, name.Length - count).ToString();
        }

        /// <summary>The ASCII punctuation (and white space) Kiota drops from a name; an underscore is kept.</summary>
        private static bool IsKiotaSeparator(char c) =>
            char.IsWhiteSpace(c) || c == '\u2019' || (c < 128 && "\"!#$%&'()*,./:;<=>?@[]\\^`{}|~-".IndexOf(c) >= 0);

        private static bool IsWordChar(char c) =>
            char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }
}
