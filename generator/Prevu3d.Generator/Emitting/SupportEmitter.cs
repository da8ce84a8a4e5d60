using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// The support types every client namespace gets once (its request options and the JSON fast path's parse node
    /// factory): the C# files under <c>Templates/</c>, embedded in the generator, with the client's namespace in place
    /// of <see cref="TemplateNamespace"/>.
    /// </summary>
    /// <remarks>
    /// The templates are real C#, compiled and analyzed by Prevu3d.Generator.Tests with warnings as errors; each is
    /// the generated file without its header, one type (and the types it nests) per file. Adding a file to
    /// <c>Templates/</c> adds a support type. Their text is read once per generator load.
    /// </remarks>
    internal static class SupportEmitter
    {
        /// <summary>The namespace the templates are written in.</summary>
        public const string TemplateNamespace = "Prevu3d.Generator.Templates";

        /// <summary>
        /// The attribute the templates carry in place of <see cref="GeneratedCode"/>, which would exempt them from the
        /// analyzers of the project that compiles them (as the header would: the emitter adds both).
        /// </summary>
        private const string TemplateGeneratedCode = "[global::" + TemplateNamespace + ".GeneratedCode(";

        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(";

        /// <summary>Each template's type name and its text with the header of a generated file in front.</summary>
        private static readonly (string TypeName, string Text)[] Templates = ReadTemplates();

        /// <summary>The support files of the client namespace <paramref name="ns"/>: hint name and text.</summary>
        public static IEnumerable<(string HintName, string Text)> Emit(string ns)
        {
            if (Templates.Length == 0)
            {
                throw new InvalidDataException("The generator lacks its embedded templates (" + TemplateNamespace + ".*.cs).");
            }

            foreach (var (typeName, text) in Templates)
            {
                yield return (GeneratedFile.Hint(ns, typeName), text.Replace(TemplateNamespace, ns));
            }
        }

        /// <summary>The embedded templates (resources named <c>Prevu3d.Generator.Templates.{Type}.cs</c>) in ordinal order, marked as generated.</summary>
        private static (string TypeName, string Text)[] ReadTemplates()
        {
            const string Prefix = TemplateNamespace + ".";
            const string Suffix = ".cs";
            return typeof(SupportEmitter).Assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => (name.Substring(Prefix.Length, name.Length - Prefix.Length - Suffix.Length), GeneratedFile.Header + "\n" + Read(name).Replace(TemplateGeneratedCode, GeneratedCode)))
                .ToArray();
        }

        private static string Read(string resourceName)
        {
            using var stream = typeof(SupportEmitter).Assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidDataException("The generator lacks its embedded template " + resourceName + ".");
            using var reader = new StreamReader(stream);
            // A checkout with CRLF line ends must not change the generated text.
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
