using System;
using System.Collections.Generic;
using Prevu3d.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Maps JSON pointers (<c>#/paths/~1a/get</c>) to positions in the spec text, from the
    /// YAML node tree (JSON is read as YAML flow style), so diagnostics can name a line.
    /// </summary>
    internal sealed class SpecPositions
    {
        private readonly string _filePath;
        private readonly YamlNode? _root;

        private SpecPositions(string filePath, YamlNode? root)
        {
            _filePath = filePath;
            _root = root;
        }

        /// <summary>The root mapping of the document, if it is one.</summary>
        public YamlMappingNode? RootMapping => _root as YamlMappingNode;

        /// <summary>The root node of the first document, if any.</summary>
        public YamlNode? Root => _root;

        public static SpecPositions Empty(string filePath) => new SpecPositions(filePath, null);

        /// <summary>Loads the YAML tree; throws <see cref="YamlException"/> on invalid text.</summary>
        public static SpecPositions Load(string filePath, string text)
        {
            var stream = new YamlStream();
            using (var reader = new System.IO.StringReader(text))
            {
                stream.Load(reader);
            }

            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return new SpecPositions(filePath, root);
        }

        public static LocationInfo FromMarks(string filePath, Mark start, Mark end)
        {
            var length = Math.Max(0, end.Index - start.Index);
            return new LocationInfo(filePath, start.Index, length, start.Line, start.Column, end.Line, end.Column);
        }

        /// <summary>The position of the deepest node the pointer reaches (a mapping entry is located at its key).</summary>
        public LocationInfo Locate(string? pointer)
        {
            if (_root is null)
            {
                return LocationInfo.FileStart(_filePath);
            }

            YamlNode current = _root;
            YamlNode located = _root;
            foreach (var segment in Split(pointer))
            {
                if (current is YamlMappingNode mapping)
                {
                    var found = false;
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is YamlScalarNode key && string.Equals(key.Value, segment, StringComparison.Ordinal))
                        {
                            located = key;
                            current = entry.Value;
                            found = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        break;
                    }
                }
                else if (current is YamlSequenceNode sequence
                    && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < sequence.Children.Count)
                {
                    current = sequence.Children[index];
                    located = current;
                }
                else
                {
                    break;
                }
            }

            var end = located is YamlScalarNode ? located.End : located.Start;
            return FromMarks(_filePath, located.Start, end);
        }

        /// <summary>Escapes one pointer segment (RFC 6901).</summary>
        public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

        private static IEnumerable<string> Split(string? pointer)
        {
            if (string.IsNullOrEmpty(pointer))
            {
                yield break;
            }

            var text = pointer!;
            if (text.StartsWith("#", StringComparison.Ordinal))
            {
                text = text.Substring(1);
            }

            foreach (var part in text.Split('/'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                yield return Uri.UnescapeDataString(part).Replace("~1", "/").Replace("~0", "~");
            }
        }
    }
}
