using System.Collections.Generic;
using System.IO;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// The support types every client namespace gets once (its request options and the JSON fast path's parse node
    /// factory): the C# files under <c>Templates/</c>, embedded in the generator, with the client's namespace in place
    /// of <see cref="TemplateNamespace"/>.
    /// </summary>
    /// <remarks>
    /// The templates are real C#, compiled and analyzed by Prevu3d.Generator.Tests with warnings as errors; each is
    /// the generated file without its header. Their text is read once per generator load.
    /// </remarks>
    internal static class SupportEmitter
    {
        /// <summary>The namespace the templates are written in.</summary>
        public const string TemplateNamespace = "Prevu3d.Generator.Templates";

        /// <summary>The template types, in the order their files are added.</summary>
        private static readonly string[] TypeNames =
        {
            "SecurityRequirementOption",
            "SecuritySchemeInfo",
            "ServerOption",
            "GeneratedJsonParseNodeFactory",
        };

        private static readonly string[] Templates = ReadTemplates();

        /// <summary>The support files of the client namespace <paramref name="ns"/>: hint name and text.</summary>
        public static IEnumerable<(string HintName, string Text)> Emit(string ns)
        {
            for (var i = 0; i < TypeNames.Length; i++)
            {
                yield return (GeneratedFile.Hint(ns, TypeNames[i]), Templates[i].Replace(TemplateNamespace, ns));
            }
        }

        /// <summary>Each template with the header of a generated file in front (the blank line after it included).</summary>
        private static string[] ReadTemplates()
        {
            var texts = new string[TypeNames.Length];
            for (var i = 0; i < TypeNames.Length; i++)
            {
                texts[i] = GeneratedFile.Header + "\n" + Read(TemplateNamespace + "." + TypeNames[i] + ".cs");
            }

            return texts;
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
