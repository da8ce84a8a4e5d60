using System;
using System.Text;

namespace Prevu3d.Generator.Helpers
{
    /// <summary>
    /// A small indentation-aware text writer for generated C#. Lines always end with
    /// <c>\n</c> so the output is identical on every operating system.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void WriteLine()
        {
            _builder.Append('\n');
        }

        public void WriteLine(string line)
        {
            if (line.Length == 0)
            {
                _builder.Append('\n');
                return;
            }

            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line).Append('\n');
        }

        /// <summary>Writes each line of a multi-line block at the current indentation.</summary>
        public void WriteLines(string text)
        {
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                WriteLine(line);
            }
        }

        public void OpenBlock()
        {
            WriteLine("{");
            _indent++;
        }

        public void CloseBlock(string suffix = "")
        {
            if (_indent == 0)
            {
                throw new InvalidOperationException("Unbalanced block.");
            }

            _indent--;
            WriteLine("}" + suffix);
        }

        public void Indent() => _indent++;

        public void Unindent() => _indent--;

        public override string ToString() => _builder.ToString();
    }
}
