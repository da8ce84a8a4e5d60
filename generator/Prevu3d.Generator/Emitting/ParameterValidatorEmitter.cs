using System.Linq;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// An operation's parameter checks: a static <c>ParameterValidator</c> of the builder holding what the spec says of
    /// each parameter (written once, so a request allocates nothing for it), and the call that runs it on the request.
    /// </summary>
    internal static class ParameterValidatorEmitter
    {
        /// <summary>The builder field of <paramref name="operation"/>'s checks (<c>GetParameterValidator</c>).</summary>
        public static string FieldName(OperationModel operation) => operation.MethodName + "ParameterValidator";

        /// <summary>The static field, when the operation has a parameter to check.</summary>
        public static void WriteField(SourceWriter writer, ClientModel client, OperationModel operation)
        {
            if (operation.Constraints.IsEmpty)
            {
                return;
            }

            var ns = "global::" + client.Namespace;
            writer.WriteLine("private static readonly " + ns + ".ParameterValidator " + FieldName(operation) + " = new " + ns + ".ParameterValidator(new " + ns + ".ParameterConstraint[]");
            writer.OpenBlock();
            foreach (var constraint in operation.Constraints)
            {
                var allowed = constraint.AllowedValues.IsEmpty
                    ? "null"
                    : "new string[] { " + string.Join(", ", constraint.AllowedValues.Select(Names.Literal)) + " }";
                var format = constraint.Format is null ? "null" : Names.Literal(constraint.Format);
                writer.WriteLine("new " + ns + ".ParameterConstraint(" + Names.Literal(constraint.Name) + ", " + Names.Literal(constraint.Key) + ", " + Names.Literal(Location(constraint.Kind)) + ", " + (constraint.Required ? "true" : "false") + ", " + format + ", " + allowed + "),");
            }

            writer.CloseBlock(");");
        }

        /// <summary>The check of the request built by <c>To{Method}RequestInformation</c>, before its body is serialized.</summary>
        public static void WriteCall(SourceWriter writer, OperationModel operation)
        {
            if (!operation.Constraints.IsEmpty)
            {
                writer.WriteLine(FieldName(operation) + ".Validate(requestInfo);");
            }
        }

        /// <summary>The spec's <c>in</c> value, which the template compares and its errors print.</summary>
        private static string Location(ParameterKind kind) => kind switch
        {
            ParameterKind.Path => "path",
            ParameterKind.Query => "query",
            _ => "header",
        };
    }
}
