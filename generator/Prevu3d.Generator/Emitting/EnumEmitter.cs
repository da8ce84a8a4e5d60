using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;
using static Prevu3d.Generator.Emitting.DocCommentEmitter;
using static Prevu3d.Generator.Emitting.GlobalNames;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>An enum whose members carry their spec value in <c>[EnumMember]</c>.</summary>
    internal static class EnumEmitter
    {
        public static string Emit(EnumModel model)
        {
            var writer = GeneratedFile.Begin(model.Namespace);
            Summary(writer, model.Description ?? "The " + model.Name + " values.");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public enum " + model.Name);
            writer.OpenBlock();
            foreach (var member in model.Members)
            {
                Summary(writer, "The value \"" + member.Value + "\".");
                writer.WriteLine("[global::System.Runtime.Serialization.EnumMember(Value = " + Names.Literal(member.Value) + ")]");
                writer.WriteLine(member.Name + ",");
            }

            writer.CloseBlock();
            return GeneratedFile.End(writer);
        }
    }
}
