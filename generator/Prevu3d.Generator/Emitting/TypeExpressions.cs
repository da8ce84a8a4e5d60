using Prevu3d.Generator.Model;
using static Prevu3d.Generator.Emitting.GlobalNames;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>A <see cref="TypeRef"/> in C#: its declared types, and the Kiota calls that read and write its values.</summary>
    internal static class TypeExpressions
    {
        /// <summary>The declared C# type of a property or return value (nullable).</summary>
        public static string DeclaredType(TypeRef type)
        {
            if (type.IsCollection)
            {
                return List + "<" + ElementType(type) + ">?";
            }

            return type.TypeName + "?";
        }

        /// <summary>
        /// The type of one item of a collection: a value type is nullable (<c>List&lt;int?&gt;</c>, <c>int?[]</c>), as Kiota
        /// declares it and as a JSON array may hold <c>null</c>.
        /// </summary>
        public static string ElementType(TypeRef type) => type.IsValueType ? type.TypeName + "?" : type.TypeName;

        /// <summary>The short name of the type, for a doc comment.</summary>
        public static string DocType(TypeRef type)
        {
            var name = type.TypeName.Replace("global::", string.Empty);
            name = name.Substring(name.LastIndexOf('.') + 1);
            return type.IsCollection ? "List<" + name + ">" : name;
        }

        /// <summary>The declared type of a query or header parameter.</summary>
        /// <remarks>As Kiota declares them: an array of numbers holds nullable items (<c>int?[]</c>), an array of enum values does not.</remarks>
        public static string ParameterType(TypeRef type) => type.IsCollection ? ParameterElementType(type) + "[]?" : type.TypeName + "?";

        /// <summary>The type of one item of a query or header array.</summary>
        public static string ParameterElementType(TypeRef type) => type.Kind == ValueKind.Enum ? type.TypeName : ElementType(type);

        public static string Factory(TypeRef type) => type.TypeName + ".CreateFromDiscriminatorValue";

        /// <summary>A Kiota collection as a list, without copying one that already is (the JSON fast path returns lists).</summary>
        public static string AsList(string elementType, string value)
            => "(" + value + " as " + List + "<" + elementType + "> ?? global::System.Linq.Enumerable.ToList(" + value + "))";

        /// <summary>The value of parse node <c>n</c>, read as the model's <c>GetFieldDeserializers</c> reads it.</summary>
        public static string ReadValue(TypeRef type)
        {
            if (type.IsCollection)
            {
                return CollectionCall(type, "n") + " is { } values ? " + AsList(ElementType(type), "values") + " : null";
            }

            return type.Kind is ValueKind.Object or ValueKind.Untyped
                ? "n.GetObjectValue<" + type.TypeName + ">(" + Factory(type) + ")"
                : ScalarCall(type, "n");
        }

        /// <summary>The parse node call that reads a collection of <paramref name="type"/> from <paramref name="node"/> (an enumerable, null when absent).</summary>
        public static string CollectionCall(TypeRef type, string node) => type.Kind switch
        {
            // A list of any JSON values (Kiota's List<UntypedNode>) reads each as an UntypedNode object.
            ValueKind.Object or ValueKind.Untyped => node + ".GetCollectionOfObjectValues<" + type.TypeName + ">(" + Factory(type) + ")",
            ValueKind.Enum => node + ".GetCollectionOfEnumValues<" + type.TypeName + ">()",
            _ => node + ".GetCollectionOfPrimitiveValues<" + ElementType(type) + ">()",
        };

        /// <summary>The parse node call that reads a scalar (or enum) of <paramref name="type"/> from <paramref name="node"/>.</summary>
        public static string ScalarCall(TypeRef type, string node) => type.Kind == ValueKind.Enum
            ? node + ".GetEnumValue<" + type.TypeName + ">()"
            : node + ".Get" + PrimitiveSuffix(type.Kind) + "Value()";

        /// <summary>The statement that writes <paramref name="value"/> under <paramref name="key"/> with the serialization writer <c>writer</c>.</summary>
        public static string WriteValue(TypeRef type, string key, string value)
        {
            if (type.IsCollection)
            {
                return type.Kind switch
                {
                    ValueKind.Object or ValueKind.Untyped => "writer.WriteCollectionOfObjectValues<" + type.TypeName + ">(" + key + ", " + value + ");",
                    ValueKind.Enum => "writer.WriteCollectionOfEnumValues<" + type.TypeName + ">(" + key + ", " + value + ");",
                    _ => "writer.WriteCollectionOfPrimitiveValues<" + ElementType(type) + ">(" + key + ", " + value + ");",
                };
            }

            return type.Kind switch
            {
                ValueKind.Object or ValueKind.Untyped => "writer.WriteObjectValue<" + type.TypeName + ">(" + key + ", " + value + ");",
                ValueKind.Enum => "writer.WriteEnumValue<" + type.TypeName + ">(" + key + ", " + value + ");",
                _ => "writer.Write" + PrimitiveSuffix(type.Kind) + "Value(" + key + ", " + value + ");",
            };
        }

        private static string PrimitiveSuffix(ValueKind kind) => kind switch
        {
            ValueKind.String => "String",
            ValueKind.Int32 => "Int",
            ValueKind.Int64 => "Long",
            ValueKind.SByte => "Sbyte",
            ValueKind.Byte => "Byte",
            ValueKind.Float => "Float",
            ValueKind.Double => "Double",
            ValueKind.Decimal => "Decimal",
            ValueKind.Boolean => "Bool",
            ValueKind.Guid => "Guid",
            ValueKind.DateTimeOffset => "DateTimeOffset",
            ValueKind.Date => "Date",
            ValueKind.Time => "Time",
            ValueKind.TimeSpan => "TimeSpan",
            _ => "ByteArray",
        };
    }
}
