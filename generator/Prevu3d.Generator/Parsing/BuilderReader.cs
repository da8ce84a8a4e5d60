using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Walks the path tree from the root and makes one request builder per node: its operations, a
    /// property per literal child, indexers for a parameter child, in Kiota's namespaces.
    /// </summary>
    internal sealed class BuilderReader
    {
        private static readonly string[] MethodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

        /// <summary>
        /// Which operation's inline composed response Kiota 1.38 declares under its older name (<c>SourcesResponse</c>) when
        /// several of one builder have one: the first of these methods, in this order, whatever order the document lists
        /// them in (observed on Kiota's output: stripe's <c>/v1/customers/{customer}/sources/{id}</c> keeps the delete's
        /// alternatives, not the post's; a get keeps its own over any other). Methods not listed come after, in
        /// <see cref="MethodOrder"/>.
        /// </summary>
        private static readonly string[] LegacyResponseOrder = { "GET", "DELETE", "PATCH", "PUT", "POST" };

        /// <summary>Kiota's name for the empty segment a trailing slash leaves.</summary>
        private const string EmptySegmentName = "EmptyPathSegment";

        private readonly string _clientNamespace;
        private readonly string _modelsNamespace;
        private readonly TypeScopes _scopes;
        private readonly SchemaResolver _schemas;
        private readonly ServerResolver _servers;
        private readonly OperationReader _operations;
        private readonly DiagnosticSink _sink;
        private readonly CancellationToken _cancellationToken;
        private readonly List<BuilderModel> _builders = new List<BuilderModel>();

        private BuilderReader(string clientNamespace, string modelsNamespace, TypeScopes scopes, SchemaResolver schemas, ServerResolver servers, OperationReader operations, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            _clientNamespace = clientNamespace;
            _modelsNamespace = modelsNamespace;
            _scopes = scopes;
            _schemas = schemas;
            _servers = servers;
            _operations = operations;
            _sink = sink;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The builders of the whole tree, the root named <paramref name="className"/> in <paramref name="clientNamespace"/>.</summary>
        public static List<BuilderModel> Read(PathNode root, string clientNamespace, string className, string modelsNamespace, TypeScopes scopes, SchemaResolver schemas, ServerResolver servers, OperationReader operations, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var reader = new BuilderReader(clientNamespace, modelsNamespace, scopes, schemas, servers, operations, sink, cancellationToken);
            reader.ReadBuilder(root, Array.Empty<string>(), clientNamespace, className, SegmentNames.TypeBase(string.Empty, null, isItem: false) ?? className, isRoot: true);
            schemas.LeaveNode();
            return reader._builders;
        }

        /// <summary>
        /// Reads the builder for <paramref name="node"/> and its children; returns its global type name. The inline types
        /// of its operations start with <paramref name="typeBase"/> (<c>WithPet</c> in <c>WithPetPostRequestBody</c>).
        /// </summary>
        private string ReadBuilder(PathNode node, string[] nsParts, string ns, string className, string typeBase, bool isRoot)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var memberScope = ReserveBuilderNames(ns, ref className, isRoot);
            var pointer = node.SpecPath is null ? "#/paths" : SpecPointer.Append("#/paths", node.SpecPath);
            var pathTemplate = isRoot && node.Item is null ? string.Empty : node.UrlTemplate();
            if (isRoot && pathTemplate == "/")
            {
                pathTemplate = string.Empty;
            }

            var (_, builderPrefix) = _servers.Resolve(node.Item?.Servers is { Count: > 0 } ? node.Item.Servers : null, pointer);
            _schemas.EnterNode(node, typeBase);
            var (operations, builderQuery) = ReadOperations(node, ns, className, typeBase, pathTemplate, pointer, memberScope);
            var (navigations, indexer) = ReadChildren(node, nsParts, ns, className, pointer, memberScope);

            var query = OperationReader.QueryTemplate(builderQuery);
            _builders.Add(new BuilderModel(
                ns,
                className,
                isRoot && node.Item is null ? "{+baseurl}" : builderPrefix + pathTemplate + query,
                isRoot,
                node.Path,
                navigations.ToEquatableArray(),
                indexer,
                operations.ToEquatableArray())
            {
                SegmentParameters = node.SegmentParameters.ToEquatableArray(),
            });
            return "global::" + ns + "." + className;
        }

        /// <summary>
        /// Reserves the builder's class name in its namespace (with the root's support types and the models
        /// namespace beside the root), numbered if another type has it, and returns the scope of its members.
        /// </summary>
        private NameScope ReserveBuilderNames(string ns, ref string className, bool isRoot)
        {
            // The root's segments become namespaces beside the client and its support types: keep them apart.
            var rootTypes = isRoot ? ReservedNames.RootSupportTypes : Array.Empty<string>();
            var typeScope = _scopes.For(ns);
            // Two builders Kiota lays out in one namespace may share a name (`/f/g` and `/f/-/g`): Kiota writes one over the
            // other, the second here takes a number.
            className = typeScope.ReserveWithSuffix(className, className);
            foreach (var reserved in rootTypes.Concat(isRoot ? new[] { _modelsNamespace.Substring(ns.Length + 1) } : Array.Empty<string>()))
            {
                typeScope.TryReserve(reserved, reserved);
            }

            return new NameScope(ReservedNames.BuilderMembers.Concat(new[] { className }).Concat(rootTypes).ToArray());
        }

        /// <summary>The operations of the node in Kiota's method order, and the union of their query parameters.</summary>
        private (List<OperationModel> Operations, List<ParameterModel> Query) ReadOperations(PathNode node, string ns, string className, string typeBase, string pathTemplate, string pointer, NameScope memberScope)
        {
            var operations = new List<OperationModel>();
            var builderQuery = new List<ParameterModel>();
            // Every path that ends here (sibling paths naming a parameter differently) and a folded `{id}.json` sibling:
            // each operation with its own path's URL.
            var sources = node.Sources.Select((s, i) => (s.Item, Template: i == 0 ? pathTemplate : node.UrlTemplate(s.SpecPath), Pointer: i == 0 ? pointer : SpecPointer.Append("#/paths", s.SpecPath))).ToList();
            if (node.Folded is { Item: { } folded } sibling)
            {
                sources.Add((folded, sibling.UrlTemplate(), SpecPointer.Append("#/paths", sibling.SpecPath!)));
            }

            var methods = new HashSet<string>(StringComparer.Ordinal);
            var ops = sources.SelectMany(s => (s.Item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()).Select(o => (Source: s, o.Key, o.Value)));
            var read = new List<(OperationSite Site, OperationModel Operation)>();
            foreach (var (source, method, spec) in ops.OrderBy(p => Array.IndexOf(MethodOrder, p.Key.Method.ToUpperInvariant())))
            {
                if (!methods.Add(method.Method.ToUpperInvariant()))
                {
                    // Two paths merged into this builder both have the method: a builder has one of each, Kiota keeps the first.
                    _sink.Unsupported(SpecPointer.Append(source.Pointer, method.Method.ToLowerInvariant()), "the operation shares its request builder with the same method of '" + node.SpecPath + "', where sibling paths name a parameter differently; it is skipped");
                    continue;
                }

                var site = new OperationSite(source.Item, ns, className, typeBase, source.Template, SpecPointer.Append(source.Pointer, method.Method.ToLowerInvariant()), memberScope);
                if (_operations.Read(site, method, spec) is not { } operation)
                {
                    continue;
                }

                operations.Add(operation);
                read.Add((site, operation));
                foreach (var q in operation.QueryParameters)
                {
                    if (!builderQuery.Any(b => b.TemplateName == q.TemplateName))
                    {
                        builderQuery.Add(q);
                    }
                }
            }

            // Kiota's older response name goes to the operation first in its own order of methods, whatever the document's.
            foreach (var (site, operation) in read.OrderBy(r => LegacyResponseRank(r.Operation.Method)))
            {
                _operations.NameLegacyResponse(site, operation);
            }

            return (operations, builderQuery);
        }

        /// <summary>The place of <paramref name="method"/> in <see cref="LegacyResponseOrder"/>, the other methods after.</summary>
        private static int LegacyResponseRank(string method)
        {
            var rank = Array.IndexOf(LegacyResponseOrder, method);
            return rank >= 0 ? rank : LegacyResponseOrder.Length + Array.IndexOf(MethodOrder, method);
        }

        /// <summary>Children: named segments become properties (and builders), a parameter segment becomes indexers.</summary>
        private (List<NavigationModel> Navigations, IndexerModel? Indexer) ReadChildren(PathNode node, string[] nsParts, string ns, string className, string pointer, NameScope memberScope)
        {
            var propertyNames = NameChildren(node, memberScope);
            var navigations = new List<NavigationModel>();
            IndexerModel? indexer = null;
            foreach (var child in node.Children.OrderBy(c => c.ParameterName is null ? 0 : 1).ThenBy(c => c.Segment, StringComparer.Ordinal))
            {
                if (child.ParameterName is null)
                {
                    if (!propertyNames.TryGetValue(child, out var name))
                    {
                        continue;
                    }

                    var (propertyName, childClass, nsSegment) = name;
                    // Kiota keeps the builder of a trailing slash, or of a segment such as `-` that names no namespace, beside its
                    // parent's (`Languagepairs.EmptyPathSegmentRequestBuilder`, `T.Minus_RequestBuilder`).
                    var childParts = child.IsEmptySegment || nsSegment.Length == 0 ? nsParts : nsParts.Concat(new[] { _scopes.ChildNamespace(ns, nsSegment) }).ToArray();
                    var childNs = _clientNamespace + "." + string.Join(".", childParts);
                    var childType = ReadBuilder(child, childParts, childNs, childClass, (child.IsEmptySegment ? null : SegmentNames.TypeBase(child.Segment, node.Segment, isItem: false)) ?? TypeNames.BuilderBase(childClass), isRoot: false);
                    navigations.Add(new NavigationModel(propertyName, childType, child.Path) { Parameters = child.SegmentParameters.ToEquatableArray(), IsMethod = child.IsQuerySegment });
                }
                else
                {
                    var childParts = nsParts.Concat(new[] { _scopes.ChildNamespace(ns, TypeNames.ItemNamespace, items: true) }).ToArray();
                    var childNs = _clientNamespace + "." + string.Join(".", childParts);
                    // Kiota names the builder it merges `{id}` and `{id}.json`, or `{a}` and `{b}`, into after the parameter it
                    // renames `{-id}`, `{a-id}`.
                    var merged = child.Folded is not null || child.OtherParameterNames.Count != 0;
                    var mergedBase = merged && _scopes.Style == NamingStyle.Kiota ? SegmentNames.MergedItemBase(child.MergedSegment()) : null;
                    var childClass = mergedBase is not null ? TypeNames.MergedItemRequestBuilder(mergedBase) : TypeNames.ItemRequestBuilder(child.Segment, node.Segment, child.ParameterName);
                    var typeBase = mergedBase ?? SegmentNames.TypeBase(child.Segment, node.Segment, isItem: true) ?? TypeNames.BuilderBase(childClass);
                    var childType = ReadBuilder(child, childParts, childNs, childClass, typeBase, isRoot: false);
                    var (indexTypes, objectType, description) = ParameterReader.IndexTypes(child, childNs, _schemas, _sink);
                    indexer = new IndexerModel(Names.ToTemplateVariable(child.ParameterName), indexTypes, childType, description)
                    {
                        ObjectIndexType = objectType,
                        OtherTemplateNames = child.OtherParameterNames.Select(Names.ToTemplateVariable).ToEquatableArray(),
                        ReplacesAncestorValue = child.ParameterNames().Any(node.SetsAtOrAbove),
                    };
                }
            }

            return (navigations, indexer);
        }

        /// <summary>Kiota's method name of a segment that mixes text and parameters: <c>{id}:cancel</c> → <c>WithIdCancel</c>, <c>thumbnail.{ext}</c> → <c>ThumbnailWithExt</c>.</summary>
        internal static string MixedSegmentName(string segment)
        {
            var name = new System.Text.StringBuilder();
            var last = 0;
            foreach (System.Text.RegularExpressions.Match match in PathNode.ParameterPattern.Matches(segment))
            {
                name.Append(TextName(segment.Substring(last, match.Index - last))).Append("With").Append(Names.ToPascalCase(match.Groups[1].Value));
                last = match.Index + match.Length;
            }

            return name.Append(TextName(segment.Substring(last))).ToString();
        }

        private static string TextName(string text) => text.Any(char.IsLetterOrDigit) ? Names.ToPascalCase(text) : string.Empty;

        /// <summary>
        /// The property names of the literal children, clean names first, distinct even when segments clean up alike, with
        /// their builder's class and namespace (named after the property, but where Kiota renames the property:
        /// <c>get</c> → <c>GetPath</c> of a <c>GetRequestBuilder</c>, and where Kiota names them from the segment otherwise:
        /// <c>-</c> → <c>Minus</c> of a <c>Minus_RequestBuilder</c> in no namespace of its own, see <see cref="SegmentNames"/>).
        /// </summary>
        private Dictionary<PathNode, (string Property, string Class, string Namespace)> NameChildren(PathNode node, NameScope memberScope)
        {
            var names = new Dictionary<PathNode, (string Property, string Class, string Namespace)>(ReferenceComparer<PathNode>.Instance);
            var kiota = _scopes.Style == NamingStyle.Kiota;
            foreach (var pass in Names.CleanNamesFirst)
            {
                foreach (var child in node.Children)
                {
                    var raw = child.IsEmptySegment ? EmptySegmentName : child.SegmentParameters.Count == 0 ? child.Segment : MixedSegmentName(child.Segment);
                    if (child.ParameterName is null && Names.HasNoSeparators(raw) == pass)
                    {
                        // A segment with parameters is a method named as Kiota names it (`WithFile_idAdd_shared_link`).
                        var isMethod = child.SegmentParameters.Count != 0 || child.IsQuerySegment;
                        var preferred = !kiota ? null : isMethod ? SegmentNames.NavigationMethod(child.Segment) : SegmentNames.NavigationProperty(child.Segment);
                        var builder = preferred ?? Names.ToSpecTypeName(raw, _scopes.Style);
                        var property = kiota && !isMethod ? SegmentNames.EscapeNavigationProperty(builder) : builder;
                        var reserved = memberScope.ReserveSpecName(raw, property);
                        var named = reserved == property ? builder : reserved;
                        // A renamed property (two segments that clean up alike) names its builder and namespace itself.
                        var segmentNamed = kiota && !isMethod && !child.IsEmptySegment && reserved == property;
                        var className = (segmentNamed ? SegmentNames.RequestBuilderClass(child.Segment) : null) ?? TypeNames.RequestBuilder(named);
                        var nsSegment = (segmentNamed ? SegmentNames.NamespaceSegment(child.Segment) : null) ?? named;
                        names[child] = (reserved, className, nsSegment);
                    }
                }
            }

            return names;
        }
    }
}
