using System;
using System.Text;

namespace Prevu3d.Generator.Emitting
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

        public override string ToString() => _builder.ToString();
    }
}
