using System.Text;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>XML doc comments: spec text escaped for XML, one line or one line per spec line.</summary>
    internal static class DocCommentEmitter
    {
        public static void Summary(SourceWriter writer, string text) => Doc(writer, "summary", text);

        /// <summary>A summary whose text is already XML (it holds a <c>see</c> element).</summary>
        public static void SummaryXml(SourceWriter writer, string xml) => Doc(writer, "summary", xml, isXml: true);

        public static string Cref(string typeName) => "<see cref=\"" + typeName + "\"/>";

        public static void Doc(SourceWriter writer, string tag, string text, string attributes = "", bool isXml = false)
        {
            var lines = (isXml ? text.Trim() : Xml(text.Trim())).Split('\n');
            if (lines.Length == 1)
            {
                writer.WriteLine("/// <" + tag + attributes + ">" + lines[0].TrimEnd() + "</" + tag + ">");
                return;
            }

            writer.WriteLine("/// <" + tag + attributes + ">");
            foreach (var line in lines)
            {
                writer.WriteLine(("/// " + line.TrimEnd()).TrimEnd());
            }

            writer.WriteLine("/// </" + tag + ">");
        }

        /// <summary><paramref name="text"/> escaped for an XML doc comment.</summary>
        public static string Xml(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r': break;
                    default:
                        // Control characters are not allowed in XML.
                        if (char.IsControl(c) && c != '\n' && c != '\t')
                        {
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }
    }
}
