using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Prevu3d.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>The spec text the OpenAPI reader gets once references are bundled, and where its new parts came from.</summary>
    /// <param name="Text">The text to read (the spec's own text when nothing was bundled).</param>
    /// <param name="PointerMap">A pointer of the bundled text (a component made here) → the pointer of the spec to locate it at.</param>
    /// <param name="Rewritten">True when the text was rewritten (as YAML, whatever the spec's format).</param>
    /// <param name="InlineOrigins">
    /// A schema component moved here from inside an operation (<c>#/paths/…/schema/properties/data</c>) or a component
    /// (<c>#/components/schemas/A/properties/b</c>) → the pointer of the place it was defined at, as the parser's pointers spell it: Kiota's style names the type after that place.
    /// </param>
    internal sealed record BundledSpec(string Text, IReadOnlyList<KeyValuePair<string, string>> PointerMap, bool Rewritten, IReadOnlyDictionary<string, string> InlineOrigins);

    /// <summary>
    /// Makes every <c>$ref</c> a reference Microsoft.OpenApi resolves: one to a JSON pointer deep in the document
    /// (<c>#/paths/~1a/get/…/properties/data</c>, <c>#/components/schemas/A/properties/b</c>), which its 3.0 reader
    /// reports as dangling, and one to another file of the project (<c>pet.yaml</c>, <c>common.yaml#/components/schemas/Id</c>).
    /// </summary>
    /// <remarks>
    /// A schema, parameter, response or request body so referenced becomes a component of the spec (moved there when it is
    /// in the spec, so both places share one type); anything else (a path item, a header…) is copied where it is referenced.
    /// A spec without such references is read as it is, untouched. A file not given as <c>AdditionalFiles</c> stays an
    /// external reference (a located warning later).
    /// </remarks>
    internal static class ReferenceBundler
    {
        /// <summary>Beyond this many copies, a chain of references that copy each other is left as it is.</summary>
        private const int MaxCopies = 10_000;

        private static readonly HashSet<string> SchemaKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "schema", "schemas", "definitions", "properties", "items", "allOf", "oneOf", "anyOf", "not",
            "additionalProperties", "patternProperties", "prefixItems", "$defs",
        };

        /// <summary>The text to read: the spec's own when no reference needs bundling.</summary>
        public static BundledSpec Bundle(SpecInput input, SpecPositions positions)
        {
            var unchanged = new BundledSpec(input.Text, Array.Empty<KeyValuePair<string, string>>(), false, new Dictionary<string, string>());
            if (positions.Root is null || !NeedsBundling(input, positions.Root))
            {
                return unchanged;
            }

            // A second tree to rewrite: the first one keeps the spec's positions.
            if (SpecPositions.Load(input.FilePath, input.Text).RootMapping is not { } root)
            {
                return unchanged;
            }

            var bundler = new Run(input, root);
            bundler.Bundle();
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            new YamlStream(new YamlDocument(root)).Save(writer, true, 2);
            return new BundledSpec(writer.ToString(), bundler.PointerMap, true, bundler.InlineOrigins);
        }

        private static bool NeedsBundling(SpecInput input, YamlNode root)
        {
            var isSwagger = IsSwagger(root);
            foreach (var node in root.AllNodes)
            {
                if (node is YamlMappingNode mapping && RefOf(mapping) is { } reference)
                {
                    var hash = reference.Value.IndexOf('#');
                    var filePart = hash < 0 ? reference.Value : reference.Value.Substring(0, hash);
                    var fragment = hash < 0 ? string.Empty : reference.Value.Substring(hash + 1);
                    if (!ReferenceFiles.IsPointer(fragment))
                    {
                        continue;
                    }

                    if (filePart.Length == 0 ? !IsComponentPointer(fragment, isSwagger) : input.Files.Any(f => ReferenceFiles.Normalize(f.Path) == ReferenceFiles.Resolve(ReferenceFiles.Normalize(input.FilePath), filePart)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The work of one bundle: the reference sites still to rewrite and the targets already placed.</summary>
        private sealed class Run
        {
            private readonly SpecInput _input;
            private readonly YamlMappingNode _root;
            private readonly bool _isSwagger;
            private readonly string _mainPath;
            private readonly Dictionary<string, YamlNode?> _otherRoots = new Dictionary<string, YamlNode?>(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _placed = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly Queue<Site> _sites = new Queue<Site>();
            private int _copies;

            public Run(SpecInput input, YamlMappingNode root)
            {
                _input = input;
                _root = root;
                _isSwagger = IsSwagger(root);
                _mainPath = ReferenceFiles.Normalize(input.FilePath);
            }

            public List<KeyValuePair<string, string>> PointerMap { get; } = new List<KeyValuePair<string, string>>();

            public Dictionary<string, string> InlineOrigins { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            public void Bundle()
            {
                // Every site of the spec is collected before any target moves, so a moved subtree is still visited once.
                Collect(_root, "#", _mainPath, null, new List<string>());
                while (_sites.Count > 0)
                {
                    Rewrite(_sites.Dequeue());
                }
            }

            private void Collect(YamlNode node, string pointer, string file, string? locateAt, List<string> keys)
            {
                switch (node)
                {
                    case YamlMappingNode mapping:
                        if (RefOf(mapping) is { } reference)
                        {
                            _sites.Enqueue(new Site(mapping, reference, file, locateAt ?? pointer, keys.ToArray()));
                            return;
                        }

                        foreach (var entry in mapping.Children)
                        {
                            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                            keys.Add(key);
                            Collect(entry.Value, SpecPointer.Append(pointer, key), file, locateAt, keys);
                            keys.RemoveAt(keys.Count - 1);
                        }

                        break;
                    case YamlSequenceNode sequence:
                        for (var i = 0; i < sequence.Children.Count; i++)
                        {
                            var key = i.ToString(CultureInfo.InvariantCulture);
                            keys.Add(key);
                            Collect(sequence.Children[i], pointer + "/" + key, file, locateAt, keys);
                            keys.RemoveAt(keys.Count - 1);
                        }

                        break;
                }
            }

            private void Rewrite(Site site)
            {
                var value = site.Reference.Value;
                var hash = value.IndexOf('#');
                var filePart = hash < 0 ? value : value.Substring(0, hash);
                var fragment = hash < 0 ? string.Empty : value.Substring(hash + 1);
                var targetFile = filePart.Length == 0 ? site.File : ReferenceFiles.IsRelative(filePart) ? ReferenceFiles.Resolve(site.File, filePart) : null;
                if (targetFile is null || !ReferenceFiles.IsPointer(fragment) || (targetFile != _mainPath && !_input.Files.Any(f => ReferenceFiles.Normalize(f.Path) == targetFile)))
                {
                    // Not a file of the project: the reader reports it as an external reference.
                    return;
                }

                if (targetFile == _mainPath && IsComponentPointer(fragment, _isSwagger))
                {
                    if (site.File != _mainPath)
                    {
                        // A file that points back into the spec: the same component, named as the spec names it.
                        site.Reference.Value = "#" + fragment;
                        Quote(site.Reference);
                    }

                    return;
                }

                var key = targetFile + "#" + fragment;
                if (_placed.TryGetValue(key, out var placed))
                {
                    Point(site.Reference, placed);
                    return;
                }

                if (ReferenceFiles.Find(RootOf(targetFile), fragment) is not { } target || (targetFile == _mainPath && target.Parent is null))
                {
                    // Dangling: left for the reader to report at its place.
                    return;
                }

                var container = ContainerFor(site.Keys);
                var locateAt = targetFile == _mainPath ? "#" + fragment : site.LocateAt;
                if (container is null)
                {
                    // A path item, a header, an example…: copied in place, its own references read in its file.
                    if (++_copies > MaxCopies || target.Node is not YamlMappingNode source)
                    {
                        return;
                    }

                    site.Mapping.Children.Clear();
                    foreach (var entry in source.Children)
                    {
                        site.Mapping.Children.Add(Clone(entry.Key), Clone(entry.Value));
                    }

                    Collect(site.Mapping, site.LocateAt, targetFile, site.LocateAt, site.Keys.ToList());
                    return;
                }

                var components = Container(container);
                var name = UniqueName(components, ParameterName(container, target.Node) ?? NameFor(fragment, targetFile));
                var pointer = SpecPointer.Append(ContainerPointer(container), name);
                _placed[key] = pointer;
                PointerMap.Add(new KeyValuePair<string, string>(pointer, locateAt));
                if (targetFile == _mainPath && target.Parent is not null)
                {
                    // Moved, and its old place points to it: one type for both places.
                    components.Children.Add(new YamlScalarNode(name), target.Node);
                    target.Replace(RefNode(pointer));
                    if (container == "schemas" && IsInlinePlace(fragment))
                    {
                        InlineOrigins[name] = ParserPointer(fragment);
                    }
                }
                else
                {
                    components.Children.Add(new YamlScalarNode(name), target.Node);
                    Collect(target.Node, pointer, targetFile, locateAt, new List<string> { container });
                }

                Point(site.Reference, pointer);
            }

            /// <summary>
            /// A place inside an operation (<c>/paths/…/schema/properties/data</c>) or inside a component schema
            /// (<c>/components/schemas/CreateImageRequest/properties/response_format</c>): where Kiota names an inline type.
            /// </summary>
            private static bool IsInlinePlace(string fragment)
            {
                const string componentSchemas = "/components/schemas/";
                return fragment.StartsWith("/paths/", StringComparison.Ordinal)
                    || (fragment.StartsWith(componentSchemas, StringComparison.Ordinal) && fragment.IndexOf('/', componentSchemas.Length) > 0);
            }

            private YamlNode? RootOf(string file)
            {
                if (file == _mainPath)
                {
                    return _root;
                }

                if (!_otherRoots.TryGetValue(file, out var root))
                {
                    var text = _input.Files.First(f => ReferenceFiles.Normalize(f.Path) == file).Text;
                    try
                    {
                        root = SpecPositions.Load(file, text).Root;
                    }
                    catch (YamlException)
                    {
                        // A broken part: its references stay external ones, reported where they are.
                        root = null;
                    }

                    _otherRoots[file] = root;
                }

                return root;
            }

            /// <summary>The component kind a reference site calls for (by its keys), or null for an in-place copy.</summary>
            private string? ContainerFor(string[] keys)
            {
                if (keys.Any(SchemaKeywords.Contains))
                {
                    return "schemas";
                }

                var parent = keys.Length >= 2 ? keys[keys.Length - 2] : string.Empty;
                var last = keys.Length >= 1 ? keys[keys.Length - 1] : string.Empty;
                return parent switch
                {
                    "parameters" => "parameters",
                    "responses" => "responses",
                    "requestBodies" when !_isSwagger => "requestBodies",
                    _ when last == "requestBody" && !_isSwagger => "requestBodies",
                    _ => null,
                };
            }

            private YamlMappingNode Container(string kind)
            {
                var parent = _root;
                if (!_isSwagger)
                {
                    parent = Child(_root, "components");
                }

                return Child(parent, _isSwagger && kind == "schemas" ? "definitions" : kind);
            }

            private string ContainerPointer(string kind) =>
                _isSwagger ? "#/" + (kind == "schemas" ? "definitions" : kind) : "#/components/" + kind;

            private static void Point(YamlScalarNode reference, string pointer)
            {
                reference.Value = pointer;
                Quote(reference);
            }
        }

        /// <summary>A mapping that holds a <c>$ref</c>, in the file it was read from.</summary>
        private sealed record Site(YamlMappingNode Mapping, YamlScalarNode Reference, string File, string LocateAt, string[] Keys);

        /// <summary><c>#/components/schemas/Pet</c> (or 2.0's <c>#/definitions/Pet</c>): what the reader resolves itself.</summary>
        private static bool IsComponentPointer(string fragment, bool isSwagger)
        {
            var parts = fragment.Split('/');
            return isSwagger
                ? parts.Length == 3 && parts[0].Length == 0 && (parts[1] == "definitions" || parts[1] == "parameters" || parts[1] == "responses")
                : parts.Length == 4 && parts[0].Length == 0 && parts[1] == "components";
        }

        /// <summary>A pointer as the parser spells it: each segment decoded, then escaped (<c>%7Bid%7D</c> → <c>{id}</c>).</summary>
        private static string ParserPointer(string fragment) =>
            fragment.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(s => Uri.UnescapeDataString(s).Replace("~1", "/").Replace("~0", "~"))
                .Aggregate("#", SpecPointer.Append);

        /// <summary>A component name for a target: its last meaningful segment (<c>…/properties/faction</c> → <c>faction</c>), or the file's name.</summary>
        private static string NameFor(string fragment, string file)
        {
            var segments = fragment.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(s => Uri.UnescapeDataString(s).Replace("~1", "/").Replace("~0", "~"))
                .ToList();
            var suffix = string.Empty;
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                var segment = segments[i];
                if (segment == "items")
                {
                    suffix = "Item" + suffix;
                }
                else if (!SchemaKeywords.Contains(segment) && segment.IndexOf('/') < 0 && !segment.All(char.IsDigit))
                {
                    return segment + suffix;
                }
            }

            return Path.GetFileNameWithoutExtension(file) + suffix;
        }

        /// <summary>A parameter's own name (<c>page</c>), a better component name than its place (<c>…/parameters/0</c>).</summary>
        private static string? ParameterName(string container, YamlNode target) =>
            container == "parameters" && target is YamlMappingNode mapping
                ? mapping.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == "name").Value is YamlScalarNode { Value: { Length: > 0 } name } ? name : null
                : null;

        private static string UniqueName(YamlMappingNode components, string name)
        {
            var taken = new HashSet<string>(components.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value), StringComparer.Ordinal);
            if (!taken.Contains(name))
            {
                return name;
            }

            for (var i = 2; ; i++)
            {
                var candidate = name + i.ToString(CultureInfo.InvariantCulture);
                if (!taken.Contains(candidate))
                {
                    return candidate;
                }
            }
        }

        private static YamlMappingNode Child(YamlMappingNode parent, string key)
        {
            var entry = parent.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == key);
            if (entry.Value is YamlMappingNode existing)
            {
                return existing;
            }

            var created = new YamlMappingNode();
            if (entry.Key is not null)
            {
                parent.Children[entry.Key] = created;
            }
            else
            {
                parent.Children.Add(new YamlScalarNode(key), created);
            }

            return created;
        }

        private static YamlMappingNode RefNode(string pointer)
        {
            var value = new YamlScalarNode(pointer);
            Quote(value);
            return new YamlMappingNode(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("$ref"), value));
        }

        private static void Quote(YamlScalarNode scalar) => scalar.Style = ScalarStyle.SingleQuoted;

        private static YamlNode Clone(YamlNode node) => node switch
        {
            YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style, Tag = scalar.Tag },
            YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Clone)) { Style = sequence.Style },
            YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(e => new KeyValuePair<YamlNode, YamlNode>(Clone(e.Key), Clone(e.Value)))) { Style = mapping.Style },
            _ => node,
        };

        internal static YamlScalarNode? RefOf(YamlMappingNode mapping) =>
            mapping.Children.FirstOrDefault(e => (e.Key as YamlScalarNode)?.Value == "$ref").Value as YamlScalarNode;

        private static bool IsSwagger(YamlNode root) =>
            root is YamlMappingNode mapping && mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "swagger");

    }
}
