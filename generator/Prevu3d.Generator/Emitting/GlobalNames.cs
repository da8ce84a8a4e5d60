namespace Prevu3d.Generator.Emitting
{
    /// <summary>The <c>global::</c>-qualified names the generated code uses.</summary>
    internal static class GlobalNames
    {
        public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"Prevu3d.Generator\", \"1.0.0\")]";
        public const string Abstractions = "global::Microsoft.Kiota.Abstractions";
        public const string Serialization = "global::Microsoft.Kiota.Abstractions.Serialization";
        public const string Dictionary = "global::System.Collections.Generic.Dictionary";
        public const string List = "global::System.Collections.Generic.List";
        public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        public const string Stj = "global::System.Text.Json";

        /// <summary>The JSON fast path's parse node factory, one per client namespace (<c>Templates/GeneratedJsonParseNodeFactory.cs</c>).</summary>
        public const string JsonFactoryName = "GeneratedJsonParseNodeFactory";
    }
}
