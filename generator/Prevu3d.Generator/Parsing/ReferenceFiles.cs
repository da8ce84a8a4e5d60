using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Globalization;
using Prevu3d.Generator.Model;
using SharpYaml.Serialization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>How a <c>$ref</c> names another file and a node in it, and which <c>AdditionalFiles</c> a spec refers to.</summary>
    internal static class ReferenceFiles
    {
        /// <summary>The files named by the spec's <c>$ref</c>s, and by theirs, among <paramref name="files"/> (a cheap text scan).</summary>
        public static IEnumerable<ReferencedFile> ReferencedFiles(string specPath, string specText, IReadOnlyList<ReferencedFile> files)
        {
            var byPath = new Dictionary<string, ReferencedFile>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                byPath[Normalize(file.Path)] = file;
            }

            var found = new Dictionary<string, ReferencedFile>(StringComparer.Ordinal);
            var pending = new Queue<(string Path, string Text)>();
            pending.Enqueue((Normalize(specPath), specText));
            while (pending.Count > 0)
            {
                var (path, text) = pending.Dequeue();
                foreach (var reference in RefValues(text))
                {
                    var hash = reference.IndexOf('#');
                    var filePart = hash < 0 ? reference : reference.Substring(0, hash);
                    if (filePart.Length == 0 || !IsRelative(filePart))
                    {
                        continue;
                    }

                    var target = Resolve(path, filePart);
                    if (target != Normalize(specPath) && !found.ContainsKey(target) && byPath.TryGetValue(target, out var file))
                    {
                        found[target] = file;
                        pending.Enqueue((target, file.Text));
                    }
                }
            }

            return found.Values.OrderBy(f => f.Path, StringComparer.Ordinal);
        }

        /// <summary>A JSON pointer fragment (or none, the whole file); not a 3.1 anchor (<c>#pet</c>).</summary>
        public static bool IsPointer(string fragment) => fragment.Length == 0 || fragment[0] == '/';

        public static bool IsRelative(string filePart) =>
            filePart.IndexOf("://", StringComparison.Ordinal) < 0 && !filePart.StartsWith("urn:", StringComparison.OrdinalIgnoreCase);

        /// <summary>A reference's file, relative to the file that names it, as one comparable path.</summary>
        public static string Resolve(string fromFile, string relative)
        {
            var directory = Path.GetDirectoryName(fromFile) ?? string.Empty;
            return Normalize(Path.Combine(directory, Uri.UnescapeDataString(relative)));
        }

        public static string Normalize(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Replace('\\', '/').Split('/'))
            {
                if (part == "..")
                {
                    if (parts.Count > 0 && parts[parts.Count - 1].Length > 0)
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                }
                else if (part != "." && (part.Length > 0 || parts.Count == 0))
                {
                    parts.Add(part);
                }
            }

            return string.Join("/", parts);
        }

        /// <summary>The values of <c>$ref</c> keys in YAML or JSON text, quoted or not.</summary>
        public static IEnumerable<string> RefValues(string text)
        {
            var index = 0;
            while ((index = text.IndexOf("$ref", index, StringComparison.Ordinal)) >= 0)
            {
                index += 4;
                var i = index;
                while (i < text.Length && (text[i] == '"' || text[i] == '\'' || text[i] == ':' || text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }

                var end = i;
                while (end < text.Length && text[end] != '"' && text[end] != '\'' && text[end] != '\n' && text[end] != '\r' && text[end] != ',' && text[end] != '}' && text[end] != ' ')
                {
                    end++;
                }

                if (end > i)
                {
                    yield return text.Substring(i, end - i);
                }
            }
        }

        /// <summary>A node found by pointer and how to put another node in its place.</summary>
        internal sealed class Found
        {
            public Found(YamlNode node, YamlNode? parent, YamlNode? key, int index)
            {
                Node = node;
                Parent = parent;
                Key = key;
                Index = index;
            }

            public YamlNode Node { get; }

            public YamlNode? Parent { get; }

            public YamlNode? Key { get; }

            public int Index { get; }

            public void Replace(YamlNode replacement)
            {
                if (Parent is YamlMappingNode mapping && Key is not null)
                {
                    mapping.Children[Key] = replacement;
                }
                else if (Parent is YamlSequenceNode sequence)
                {
                    sequence.Children[Index] = replacement;
                }
            }
        }

        public static Found? Find(YamlNode? root, string fragment, int depth = 0)
        {
            if (root is null)
            {
                return null;
            }

            var found = new Found(root, null, null, -1);
            foreach (var raw in fragment.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
                if (found.Node is YamlMappingNode { } moved && ReferenceBundler.RefOf(moved) is { } reference && reference.Value.StartsWith("#/", StringComparison.Ordinal) && depth < 32)
                {
                    // A pointer through a part already moved (its place now refers to it): follow it there.
                    if (Find(root, reference.Value.Substring(1), depth + 1) is not { } target)
                    {
                        return null;
                    }

                    found = target;
                }

                switch (found.Node)
                {
                    case YamlMappingNode mapping:
                        var entry = mapping.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == segment);
                        if (entry.Value is null)
                        {
                            return null;
                        }

                        found = new Found(entry.Value, mapping, entry.Key, -1);
                        break;
                    case YamlSequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Children.Count:
                        found = new Found(sequence.Children[index], sequence, null, index);
                        break;
                    default:
                        return null;
                }
            }

            return found;
        }
    }
}
