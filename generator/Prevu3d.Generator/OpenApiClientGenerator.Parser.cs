using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Naming;
using Prevu3d.Generator.Parsing;
using Prevu3d.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Prevu3d.Generator
{
    public sealed partial class OpenApiClientGenerator
    {
        /// <summary>Spec text → <see cref="SpecResult"/>. Never throws (except on cancellation).</summary>
        internal static SpecResult Parse(SpecInput input, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            ClientModel? client = null;
            try
            {
                client = new Parser(input, diagnostics, cancellationToken).Run();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A generator must never throw into the compiler (CS8785): report and emit nothing.
                client = null;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    LocationInfo.FileStart(input.FilePath),
                    input.FilePath,
                    ex.GetType().Name + ": " + ex.Message));
            }

            var isError = diagnostics.Any(d => DiagnosticDescriptors.Find(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            return new SpecResult(isError ? null : client, diagnostics.ToEquatableArray());
        }

        /// <summary>Walks one OpenAPI document and builds the client model.</summary>
        internal sealed class Parser
        {
            private static readonly string[] ExceptionMembers =
            {
                "Message", "Data", "Source", "StackTrace", "HelpLink", "HResult", "InnerException", "TargetSite",
                "ResponseStatusCode", "ResponseHeaders",
            };

            private static readonly string[] BuilderMembers =
            {
                "RequestAdapter", "PathParameters", "UrlTemplate", "WithUrl", "Equals", "GetHashCode", "GetType", "ToString",
            };

            private static readonly string[] MethodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

            private readonly SpecInput _input;
            private readonly List<DiagnosticInfo> _diagnostics;
            private readonly CancellationToken _cancellationToken;
            private readonly string _modelsNamespace;
            private readonly Dictionary<string, NameScope> _typeScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
            private readonly Dictionary<string, ComponentEntry> _components = new Dictionary<string, ComponentEntry>(StringComparer.Ordinal);
            private readonly HashSet<string> _errorTypes = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<string> _reportedReferences = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<string> _reportedServerVariables = new HashSet<string>(StringComparer.Ordinal);
            private readonly List<ModelClass> _models = new List<ModelClass>();
            private readonly List<EnumModel> _enums = new List<EnumModel>();
            private readonly List<BuilderModel> _builders = new List<BuilderModel>();
            private readonly List<ServerVariableModel> _serverVariables = new List<ServerVariableModel>();
            private readonly Dictionary<IOpenApiSchema, TypeRef> _inlineInProgress = new Dictionary<IOpenApiSchema, TypeRef>(ReferenceComparer<IOpenApiSchema>.Instance);
            private SpecPositions _positions;
            private OpenApiDocument _document = null!;
            private string? _defaultServerUrl;
            private int _operationCount;

            public Parser(SpecInput input, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            {
                // A byte order mark that reached the text (a decoder that kept it) would become part of the first key.
                _input = input.Text is { Length: > 0 } text && text[0] == '\uFEFF' ? input with { Text = text.Substring(1) } : input;
                _diagnostics = diagnostics;
                _cancellationToken = cancellationToken;
                _modelsNamespace = input.ClientNamespace + ".Models";
                _positions = SpecPositions.Empty(input.FilePath);
            }

            private string FilePath => _input.FilePath;

            public ClientModel? Run()
            {
                if (!ReadSyntax() || !CheckVersion() || !CheckOptions() || !ReadDocument())
                {
                    return null;
                }

                ReserveComponents();
                var root = BuildPathTree();
                var defaultServer = _document.Servers is { Count: > 0 } servers ? servers[0] : null;
                _defaultServerUrl = defaultServer is null ? null : SubstituteDefaults(defaultServer);
                if (defaultServer is not null)
                {
                    foreach (var variable in VariableNames(defaultServer.Url ?? string.Empty))
                    {
                        if (defaultServer.Variables is null || !defaultServer.Variables.ContainsKey(variable))
                        {
                            Unsupported("#/servers/0/url", "the server variable '" + variable + "' is not defined; the default base URL keeps '{" + variable + "}' until the adapter's BaseUrl is set");
                        }
                    }
                }
                EmitBuilders(root, Array.Empty<string>(), _input.ClientNamespace, _input.ClientClassName, isRoot: true);
                BuildComponents();

                if (_operationCount == 0)
                {
                    Report(DiagnosticDescriptors.NothingToEmit, "#/paths", FilePath);
                }

                return new ClientModel(
                    FilePath,
                    _input.ClientNamespace,
                    _input.ClientClassName,
                    _document.Info?.Title,
                    _document.Info?.Description,
                    _defaultServerUrl,
                    _serverVariables.ToEquatableArray(),
                    _builders.OrderBy(b => b.Namespace, StringComparer.Ordinal).ThenBy(b => b.Name, StringComparer.Ordinal).ToEquatableArray(),
                    _models.OrderBy(m => m.Namespace, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
                    _enums.OrderBy(e => e.Namespace, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray());
            }

            // ---- document level -------------------------------------------------------------

            private bool ReadSyntax()
            {
                var text = _input.Text ?? throw new InvalidOperationException("the spec text is null");
                if (string.IsNullOrWhiteSpace(text))
                {
                    // An empty AdditionalFiles item is almost certainly a spec not written yet: say so.
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, LocationInfo.FileStart(FilePath), FilePath, "the file is empty"));
                    return false;
                }

                try
                {
                    _positions = SpecPositions.Load(FilePath, text);
                }
                catch (YamlException ex) when (ex.Message.IndexOf("maximum nesting depth", StringComparison.Ordinal) >= 0)
                {
                    // SharpYaml stops at its depth limit before any recursive reader could overflow the stack.
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.SpecTooComplex,
                        SpecPositions.FromMarks(FilePath, ex.Start, ex.End),
                        FilePath,
                        CleanYamlMessage(ex.Message)));
                    return false;
                }
                catch (YamlException ex)
                {
                    // Any YAML/JSON file is offered to the generator; only report it when it looks like a spec.
                    if (LooksLikeOpenApi(text))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.InvalidSyntax,
                            SpecPositions.FromMarks(FilePath, ex.Start, ex.End),
                            FilePath,
                            CleanYamlMessage(ex.Message)));
                    }

                    return false;
                }

                // Microsoft.OpenApi expands aliases into a JSON tree: refuse a "billion laughs" before it does.
                if (_positions.Root is { } root && SpecLimits.MayHoldAliases(text))
                {
                    var (added, expandedDepth) = SpecLimits.AliasExpansion(root);
                    if (added > SpecLimits.MaxAliasExpansion || expandedDepth > SpecLimits.MaxExpandedDepth)
                    {
                        var what = added > SpecLimits.MaxAliasExpansion
                            ? "its YAML aliases expand to more than " + SpecLimits.MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture) + " extra nodes"
                            : "its YAML aliases nest deeper than " + SpecLimits.MaxExpandedDepth.ToString(CultureInfo.InvariantCulture) + " levels once expanded";
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecTooComplex, FirstAlias(text), FilePath, what));
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The position of a character offset (only for rare diagnostics: linear).</summary>
            private LocationInfo At(int offset)
            {
                var line = 0;
                var lineStart = 0;
                for (var i = 0; i < offset && i < _input.Text.Length; i++)
                {
                    if (_input.Text[i] == '\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                return new LocationInfo(FilePath, offset, 1, line, offset - lineStart, line, offset - lineStart + 1);
            }

            private LocationInfo FirstAlias(string text)
            {
                var index = text.IndexOf(" *", StringComparison.Ordinal);
                var flow = text.IndexOf("[*", StringComparison.Ordinal);
                index = index < 0 ? flow : flow < 0 ? index : Math.Min(index, flow);
                return index < 0 ? LocationInfo.FileStart(FilePath) : At(index + 1);
            }

            private bool CheckVersion()
            {
                var root = _positions.RootMapping;
                if (root is null)
                {
                    NotADocument(_positions.Root is null ? "the file holds no YAML document" : "its root is not a mapping");
                    return false;
                }

                foreach (var entry in root.Children)
                {
                    if (entry.Key is not YamlScalarNode key)
                    {
                        continue;
                    }

                    var value = (entry.Value as YamlScalarNode)?.Value ?? "(not a version string)";
                    if (key.Value == "openapi")
                    {
                        if (value.StartsWith("3.0", StringComparison.Ordinal))
                        {
                            return true;
                        }

                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedVersion, SpecPositions.FromMarks(FilePath, key.Start, entry.Value.End), FilePath, "openapi " + value));
                        return false;
                    }

                    if (key.Value == "swagger")
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedVersion, SpecPositions.FromMarks(FilePath, key.Start, entry.Value.End), FilePath, "swagger " + value));
                        return false;
                    }
                }

                NotADocument("it has no top-level 'openapi' field");
                return false;
            }

            /// <summary>Another YAML/JSON file is ignored quietly, unless it mentions OpenAPI (then it is probably a broken spec).</summary>
            private void NotADocument(string why)
            {
                if (LooksLikeOpenApi(_input.Text))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, LocationInfo.FileStart(FilePath), FilePath, why));
                }
            }

            private bool CheckOptions()
            {
                var ok = true;
                if (!Names.IsValidNamespace(_input.ClientNamespace))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, LocationInfo.FileStart(FilePath), "Prevu3dClientNamespace", _input.ClientNamespace, "namespace"));
                    ok = false;
                }

                if (!Names.IsValidIdentifier(_input.ClientClassName))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, LocationInfo.FileStart(FilePath), "Prevu3dClientClassName", _input.ClientClassName, "class name"));
                    ok = false;
                }

                return ok;
            }

            private bool ReadDocument()
            {
                var settings = new OpenApiReaderSettings();
                settings.AddYamlReader();
                var format = FilePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
                ReadResult result;
                try
                {
                    result = OpenApiDocument.Parse(_input.Text, format, settings);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, LocationInfo.FileStart(FilePath), "#", ex.Message));
                    return false;
                }

                var ok = true;
                foreach (var error in result.Diagnostic?.Errors ?? new List<OpenApiError>())
                {
                    var pointer = PointerOf(error);
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, _positions.Locate(pointer), pointer, error.Message));
                    ok = false;
                }

                foreach (var warning in result.Diagnostic?.Warnings ?? new List<OpenApiError>())
                {
                    var diagnostic = FromReaderWarning(warning, _positions);
                    if (diagnostic.Id == DiagnosticDescriptors.DanglingReference.Id)
                    {
                        ok = false;
                        if (!_reportedReferences.Add(diagnostic.Arguments[0] + "|" + warning.Pointer))
                        {
                            continue;
                        }
                    }

                    _diagnostics.Add(diagnostic);
                }

                if (result.Document is null)
                {
                    if (ok)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, LocationInfo.FileStart(FilePath), "#", "the OpenAPI reader returned no document"));
                    }

                    return false;
                }

                _document = result.Document;
                return ok;
            }

            /// <summary>A reader warning as a diagnostic: a dangling reference is P3D0003, anything else P3D0008.</summary>
            internal static DiagnosticInfo FromReaderWarning(OpenApiError warning, SpecPositions positions)
            {
                var pointer = PointerOf(warning);
                var reference = DanglingReferenceIn(warning.Message);
                return reference is not null
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, positions.Locate(pointer), reference)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.ReaderWarning, positions.Locate(pointer), pointer, warning.Message);
            }

            /// <summary>The error's pointer, or the one its message ends with ("foo is not a valid property at #/paths/~1a").</summary>
            private static string PointerOf(OpenApiError error)
            {
                if (!string.IsNullOrEmpty(error.Pointer))
                {
                    return error.Pointer!;
                }

                var index = error.Message?.LastIndexOf(" at #", StringComparison.Ordinal) ?? -1;
                return index >= 0 ? error.Message!.Substring(index + 4).Trim() : "#";
            }

            private static string? DanglingReferenceIn(string message)
            {
                // Microsoft.OpenApi: "The schema reference '#/components/schemas/X' does not point to an existing schema."
                if (message.IndexOf("does not point to an existing", StringComparison.Ordinal) < 0)
                {
                    return null;
                }

                var start = message.IndexOf('\'');
                var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
                return end > start ? message.Substring(start + 1, end - start - 1) : message;
            }

            private static bool LooksLikeOpenApi(string text) =>
                text.IndexOf("openapi", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("swagger", StringComparison.OrdinalIgnoreCase) >= 0;

            private static string CleanYamlMessage(string message)
            {
                // SharpYaml prefixes "(Lin: 2, Col: 9, Chr: 40) - (...): "; the location already says it.
                var index = message.LastIndexOf("): ", StringComparison.Ordinal);
                return (index >= 0 ? message.Substring(index + 3) : message).Trim();
            }

            // ---- diagnostics helpers ---------------------------------------------------------

            private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
                _diagnostics.Add(DiagnosticInfo.Create(descriptor, _positions.Locate(pointer), arguments));

            private void Unsupported(string pointer, string what) =>
                Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, pointer, what);

            private void ReportDangling(string reference, string? pointer)
            {
                if (_reportedReferences.Add(reference + "|" + pointer))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, _positions.Locate(pointer), reference));
                }
            }

            /// <summary>The reference text when <paramref name="element"/> is a $ref that resolves to nothing.</summary>
            private static string? Unresolved(object? element) => element switch
            {
                OpenApiSchemaReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
                OpenApiParameterReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
                OpenApiRequestBodyReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
                OpenApiResponseReference { UnresolvedReference: true } r => r.Reference?.ReferenceV3 ?? "$ref",
                _ => null,
            };

            private void Collision(string pointer, string first, string second, string name, string scope) =>
                Report(DiagnosticDescriptors.NameCollision, pointer, first, second, name, scope);

            private static string Pointer(string parent, string segment) => parent + "/" + SpecPositions.Escape(segment);

            private NameScope TypeScope(string ns)
            {
                if (!_typeScopes.TryGetValue(ns, out var scope))
                {
                    scope = new NameScope();
                    _typeScopes[ns] = scope;
                }

                return scope;
            }

            /// <summary>Reserves a name by the Pascal-case rule, then the underscored fallback; reports a clash.</summary>
            private string? ReserveName(NameScope scope, string raw, string pointer, string scopeDescription)
            {
                var preferred = Names.ToPascalCase(raw);
                var chosen = scope.Reserve(raw, preferred, Names.ToUnderscoredName(raw));
                if (chosen is null)
                {
                    Collision(pointer, scope.OwnerOf(preferred), raw, preferred, scopeDescription);
                }

                return chosen;
            }

            // ---- components ------------------------------------------------------------------

            private sealed class ComponentEntry
            {
                public ComponentEntry(string id, IOpenApiSchema schema)
                {
                    Id = id;
                    Schema = schema;
                }

                public string Id { get; }

                public IOpenApiSchema Schema { get; }

                public string? Name { get; set; }

                public TypeRef? Type { get; set; }

                public bool Resolving { get; set; }
            }

            private void ReserveComponents()
            {
                var schemas = _document.Components?.Schemas;
                if (schemas is null)
                {
                    return;
                }

                var scope = TypeScope(_modelsNamespace);

                // Names without separators first, so `AccessToken` beats `access_token` whatever the order.
                foreach (var pass in new[] { true, false })
                {
                    foreach (var pair in schemas)
                    {
                        if (Names.HasNoSeparators(pair.Key) != pass)
                        {
                            continue;
                        }

                        var entry = new ComponentEntry(pair.Key, pair.Value);
                        _components[pair.Key] = entry;
                        var kind = Classify(pair.Value);
                        if (kind == ValueKind.Object || kind == ValueKind.Enum)
                        {
                            var name = ReserveName(scope, pair.Key, Pointer("#/components/schemas", pair.Key), "namespace " + _modelsNamespace);
                            if (name is not null)
                            {
                                entry.Name = name;
                                entry.Type = new TypeRef(kind, "global::" + _modelsNamespace + "." + name, false);
                            }
                            else
                            {
                                entry.Type = Untyped;
                            }
                        }
                    }
                }
            }

            private void BuildComponents()
            {
                foreach (var entry in _components.Values)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (entry.Name is null || entry.Type is null)
                    {
                        continue;
                    }

                    var pointer = Pointer("#/components/schemas", entry.Id);
                    if (entry.Type.Kind == ValueKind.Enum)
                    {
                        BuildEnum(entry.Schema, _modelsNamespace, entry.Name, pointer);
                    }
                    else
                    {
                        BuildModel(entry.Schema, _modelsNamespace, entry.Name, pointer, _errorTypes.Contains(entry.Type.TypeName));
                    }
                }
            }

            private TypeRef ResolveComponent(string id, string pointer)
            {
                if (!_components.TryGetValue(id, out var entry))
                {
                    ReportDangling("#/components/schemas/" + id, pointer);
                    return Untyped;
                }

                if (entry.Type is not null)
                {
                    return entry.Type;
                }

                if (entry.Resolving)
                {
                    Unsupported(pointer, "the schema '" + id + "' refers to itself without an object in between");
                    return Untyped;
                }

                // A component that is not an object or enum is an alias: use the type it stands for.
                entry.Resolving = true;
                entry.Type = ResolveSchema(entry.Schema, Names.ToPascalCase(id), _modelsNamespace, Pointer("#/components/schemas", id), asError: false);
                entry.Resolving = false;
                return entry.Type;
            }

            // ---- schemas ---------------------------------------------------------------------

            private static readonly TypeRef Untyped = new TypeRef(ValueKind.Untyped, "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode", false);

            private static JsonSchemaType? NonNullType(IOpenApiSchema schema) =>
                schema.Type is { } type && (type & ~JsonSchemaType.Null) != 0 ? type & ~JsonSchemaType.Null : null;

            private static bool IsSingleFlag(JsonSchemaType type) => (type & (type - 1)) == 0;

            private static ValueKind Classify(IOpenApiSchema schema)
            {
                if (schema is OpenApiSchemaReference)
                {
                    return ValueKind.Untyped;
                }

                var type = NonNullType(schema);
                if (type == JsonSchemaType.String && schema.Enum is { Count: > 0 })
                {
                    return ValueKind.Enum;
                }

                if (IsObjectSchema(schema))
                {
                    return ValueKind.Object;
                }

                return ValueKind.Untyped;
            }

            private static bool IsObjectSchema(IOpenApiSchema schema)
            {
                var type = NonNullType(schema);
                if (type is not null && type != JsonSchemaType.Object)
                {
                    return false;
                }

                if (schema.Properties is { Count: > 0 })
                {
                    return true;
                }

                // allOf of one member is an alias of that member; more members are merged into one model.
                return schema.AllOf is { Count: > 1 };
            }

            /// <summary>Resolves a schema to a C# type, creating inline models and enums as needed.</summary>
            private TypeRef ResolveSchema(IOpenApiSchema? schema, string contextName, string ns, string pointer, bool asError)
            {
                if (schema is null)
                {
                    return Untyped;
                }

                if (schema is OpenApiSchemaReference reference)
                {
                    if (reference.Reference is { IsExternal: true })
                    {
                        Unsupported(Pointer(pointer, "$ref"), "the external reference '" + reference.Reference.ReferenceV3 + "' (only references inside the document are supported; the value is kept as an UntypedNode)");
                        return Untyped;
                    }

                    if (reference.UnresolvedReference || reference.Target is null || reference.Reference?.Id is null)
                    {
                        ReportDangling(reference.Reference?.ReferenceV3 ?? "$ref", Pointer(pointer, "$ref"));
                        return Untyped;
                    }

                    var component = ResolveComponent(reference.Reference.Id, pointer);
                    if (asError && component.Kind == ValueKind.Object && !component.IsCollection)
                    {
                        _errorTypes.Add(component.TypeName);
                    }

                    return component;
                }

                if (schema.AllOf is { Count: 1 } && schema.Properties is not { Count: > 0 })
                {
                    return ResolveSchema(schema.AllOf[0], contextName, ns, Pointer(pointer, "allOf") + "/0", asError);
                }

                foreach (var (keyword, members) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
                {
                    if (members is not { Count: > 0 })
                    {
                        continue;
                    }

                    var candidates = members.Where(m => !(m.Type == JsonSchemaType.Null)).ToList();
                    if (candidates.Count == 1)
                    {
                        return ResolveSchema(candidates[0], contextName, ns, Pointer(pointer, keyword) + "/" + members.IndexOf(candidates[0]).ToString(CultureInfo.InvariantCulture), asError);
                    }

                    Unsupported(Pointer(pointer, keyword), keyword + " with " + candidates.Count.ToString(CultureInfo.InvariantCulture) + " alternatives (the value is kept as an UntypedNode)");
                    return Untyped;
                }

                var type = NonNullType(schema);
                if (type is { } t && !IsSingleFlag(t))
                {
                    Unsupported(Pointer(pointer, "type"), "a value of several types (" + t.ToString() + "); the value is kept as an UntypedNode");
                    return Untyped;
                }

                if (IsObjectSchema(schema))
                {
                    // An inline object reached again while it is being built (allOf pulling in a schema
                    // that holds it) is the same type: a self-referencing class, not endless recursion.
                    if (_inlineInProgress.TryGetValue(schema, out var building))
                    {
                        return building;
                    }

                    var name = TypeScope(ns).ReserveWithSuffix(contextName, pointer);
                    var inline = new TypeRef(ValueKind.Object, "global::" + ns + "." + name, false);
                    _inlineInProgress[schema] = inline;
                    BuildModel(schema, ns, name, pointer, asError);
                    _inlineInProgress.Remove(schema);
                    return inline;
                }

                switch (type)
                {
                    case JsonSchemaType.Array:
                        if (schema.Items is null)
                        {
                            return Untyped;
                        }

                        var item = ResolveSchema(schema.Items, contextName, ns, Pointer(pointer, "items"), asError: false);
                        if (item.IsCollection)
                        {
                            Unsupported(Pointer(pointer, "items"), "an array of arrays (the value is kept as an UntypedNode)");
                            return Untyped;
                        }

                        return item.Kind == ValueKind.Untyped ? Untyped : item.AsCollection();
                    case JsonSchemaType.String when schema.Enum is { Count: > 0 }:
                        var enumName = TypeScope(ns).ReserveWithSuffix(contextName, pointer);
                        BuildEnum(schema, ns, enumName, pointer);
                        return new TypeRef(ValueKind.Enum, "global::" + ns + "." + enumName, false);
                    case JsonSchemaType.String:
                        return StringType(schema.Format);
                    case JsonSchemaType.Integer:
                        return schema.Format == "int64" ? Primitive(ValueKind.Int64, "long") : Primitive(ValueKind.Int32, "int");
                    case JsonSchemaType.Number:
                        return schema.Format switch
                        {
                            "float" => Primitive(ValueKind.Float, "float"),
                            "decimal" => Primitive(ValueKind.Decimal, "decimal"),
                            "int32" => Primitive(ValueKind.Int32, "int"),
                            "int64" => Primitive(ValueKind.Int64, "long"),
                            _ => Primitive(ValueKind.Double, "double"),
                        };
                    case JsonSchemaType.Boolean:
                        return Primitive(ValueKind.Boolean, "bool");
                    default:
                        // No type and no properties: any JSON value.
                        return Untyped;
                }
            }

            private static TypeRef Primitive(ValueKind kind, string name) => new TypeRef(kind, name, false);

            private static TypeRef StringType(string? format) => format switch
            {
                "uuid" => Primitive(ValueKind.Guid, "global::System.Guid"),
                "date-time" => Primitive(ValueKind.DateTimeOffset, "global::System.DateTimeOffset"),
                "date" => Primitive(ValueKind.Date, "global::Microsoft.Kiota.Abstractions.Date"),
                "time" => Primitive(ValueKind.Time, "global::Microsoft.Kiota.Abstractions.Time"),
                "duration" => Primitive(ValueKind.TimeSpan, "global::System.TimeSpan"),
                "byte" => Primitive(ValueKind.ByteArray, "byte[]"),
                "binary" => Primitive(ValueKind.Stream, "global::System.IO.Stream"),
                _ => Primitive(ValueKind.String, "string"),
            };

            private void BuildModel(IOpenApiSchema schema, string ns, string name, string pointer, bool isError)
            {
                // Slots and an index keep a redefinition (allOf) linear: the old slot is emptied, the new one appended.
                var slots = new List<(string JsonName, IOpenApiSchema Schema, string Pointer)?>();
                CollectProperties(schema, pointer, slots, new Dictionary<string, int>(StringComparer.Ordinal), new HashSet<IOpenApiSchema>());
                var collected = slots.Where(slot => slot.HasValue).Select(slot => slot!.Value).ToList();

                var reserved = new List<string> { name, "AdditionalData", "GetFieldDeserializers", "Serialize", "CreateFromDiscriminatorValue", "GetType", "GetHashCode", "Equals", "ToString" };
                if (isError)
                {
                    reserved.AddRange(ExceptionMembers);
                }

                var scope = new NameScope(reserved.ToArray());
                var names = new string?[collected.Count];
                foreach (var pass in new[] { true, false })
                {
                    for (var i = 0; i < collected.Count; i++)
                    {
                        var raw = collected[i].JsonName;
                        if (Names.HasNoSeparators(raw) != pass)
                        {
                            continue;
                        }

                        var preferred = Names.ToPascalCase(raw);
                        if (reserved.Contains(preferred))
                        {
                            // Kiota's rule: a property that would hide a member (Exception.Message, AdditionalData...) is suffixed "Escaped".
                            preferred += "Escaped";
                        }

                        names[i] = scope.Reserve(raw, preferred, Names.ToUnderscoredName(raw));
                        if (names[i] is null)
                        {
                            Collision(collected[i].Pointer, scope.OwnerOf(preferred), raw, preferred, "model " + name);
                        }
                    }
                }

                var properties = new List<PropertyModel>();
                for (var i = 0; i < collected.Count; i++)
                {
                    if (names[i] is not { } propertyName)
                    {
                        continue;
                    }

                    var (jsonName, propertySchema, propertyPointer) = collected[i];
                    var type = ResolveSchema(propertySchema, name + Names.ToPascalCase(jsonName).TrimStart('_', '@'), ns, propertyPointer, asError: false);
                    var overridesMessage = isError && propertyName == "MessageEscaped" && type.Kind == ValueKind.String && !type.IsCollection;
                    properties.Add(new PropertyModel(jsonName, propertyName, type, Describe(propertySchema), overridesMessage));
                }

                _models.Add(new ModelClass(ns, name, Describe(schema), isError, properties.ToEquatableArray()));
            }

            private void CollectProperties(IOpenApiSchema schema, string pointer, List<(string JsonName, IOpenApiSchema Schema, string Pointer)?> collected, Dictionary<string, int> index, HashSet<IOpenApiSchema> seen)
            {
                if (schema is OpenApiSchemaReference reference)
                {
                    if (reference.Target is null)
                    {
                        ReportDangling(reference.Reference?.ReferenceV3 ?? "$ref", Pointer(pointer, "$ref"));
                        return;
                    }

                    pointer = reference.Reference?.ReferenceV3 ?? pointer;
                    schema = reference.Target;
                }

                if (!seen.Add(schema))
                {
                    return;
                }

                if (schema.AllOf is { Count: > 0 } allOf)
                {
                    for (var i = 0; i < allOf.Count; i++)
                    {
                        CollectProperties(allOf[i], Pointer(pointer, "allOf") + "/" + i.ToString(CultureInfo.InvariantCulture), collected, index, seen);
                    }
                }

                if (schema.Properties is null)
                {
                    return;
                }

                foreach (var pair in schema.Properties)
                {
                    // A later allOf member redefines a property: keep the last definition.
                    if (index.TryGetValue(pair.Key, out var previous))
                    {
                        collected[previous] = null;
                    }

                    index[pair.Key] = collected.Count;
                    collected.Add((pair.Key, pair.Value, Pointer(Pointer(pointer, "properties"), pair.Key)));
                }
            }

            private void BuildEnum(IOpenApiSchema schema, string ns, string name, string pointer)
            {
                var scope = new NameScope(name);
                var values = new List<(string Value, string Pointer)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var nodes = schema.Enum ?? new List<JsonNode>();
                for (var i = 0; i < nodes.Count; i++)
                {
                    var node = nodes[i];
                    if (node is null || JsonNullSentinel.IsJsonNullSentinel(node))
                    {
                        // null in an enum is nullability (every property is nullable already), not a member.
                        continue;
                    }

                    var value = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
                    if (seen.Add(value))
                    {
                        values.Add((value, Pointer(pointer, "enum") + "/" + i.ToString(CultureInfo.InvariantCulture)));
                    }

                    // Otherwise the same wire value twice ("1" and 1): one member carries it, nothing is lost.
                }

                // As for properties: values without separators keep the clean name, whatever their order.
                var names = new string?[values.Count];
                foreach (var pass in new[] { true, false })
                {
                    for (var i = 0; i < values.Count; i++)
                    {
                        if (Names.HasNoSeparators(values[i].Value) == pass)
                        {
                            names[i] = ReserveName(scope, values[i].Value, values[i].Pointer, "enum " + name);
                        }
                    }
                }

                var members = new List<EnumMemberModel>();
                for (var i = 0; i < values.Count; i++)
                {
                    if (names[i] is { } memberName)
                    {
                        members.Add(new EnumMemberModel(values[i].Value, memberName));
                    }
                }

                _enums.Add(new EnumModel(ns, name, Describe(schema), members.ToEquatableArray()));
            }

            private static string? Describe(IOpenApiSchema? schema)
            {
                var text = schema?.Description;
                if (string.IsNullOrWhiteSpace(text) && schema is OpenApiSchemaReference reference)
                {
                    text = reference.Target?.Description;
                }

                return string.IsNullOrWhiteSpace(text) ? schema?.Title : text!.Trim();
            }

            // ---- servers ---------------------------------------------------------------------

            private static string SubstituteDefaults(OpenApiServer server)
            {
                var url = server.Url ?? string.Empty;
                if (server.Variables is not null)
                {
                    foreach (var variable in server.Variables)
                    {
                        url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
                    }
                }

                return url.TrimEnd('/');
            }

            private static IEnumerable<string> VariableNames(string url)
            {
                var index = 0;
                while ((index = url.IndexOf('{', index)) >= 0)
                {
                    var end = url.IndexOf('}', index);
                    if (end < 0)
                    {
                        yield break;
                    }

                    yield return url.Substring(index + 1, end - index - 1);
                    index = end + 1;
                }
            }

            /// <summary>The server model and the URL template prefix of an operation's effective servers.</summary>
            private (ServerModel Server, string Prefix) ResolveServer(IList<OpenApiServer>? effective, string pointer)
            {
                var documentServer = _document.Servers is { Count: > 0 } servers ? servers[0] : null;
                var server = effective is { Count: > 0 } ? effective[0] : documentServer;
                if (server is null)
                {
                    return (new ServerModel("/", true, EquatableArray<string>.Empty), "{+baseurl}");
                }

                var url = server.Url ?? string.Empty;
                var variables = VariableNames(url).ToList();
                if (documentServer is not null && (ReferenceEquals(server, documentServer) || string.Equals(url, documentServer.Url, StringComparison.Ordinal)))
                {
                    return (new ServerModel(url, true, variables.ToEquatableArray()), "{+baseurl}");
                }

                // Another host: inline the server URL, each variable a reserved expansion, defaults in the root.
                var prefix = url.TrimEnd('/');
                foreach (var variable in variables)
                {
                    prefix = prefix.Replace("{" + variable + "}", "{+" + Names.ToTemplateVariable(variable) + "}");
                    var defaultValue = server.Variables is not null && server.Variables.TryGetValue(variable, out var v) ? v.Default : null;
                    if (defaultValue is null)
                    {
                        // The builder and each of its operations resolve the same server: report it once.
                        if (_reportedServerVariables.Add(url + "|" + variable))
                        {
                            Unsupported(pointer, "the server variable '" + variable + "' has no default value");
                        }
                    }
                    else if (!_serverVariables.Any(s => s.Name == variable))
                    {
                        _serverVariables.Add(new ServerVariableModel(variable, defaultValue));
                    }
                }

                return (new ServerModel(url, false, variables.ToEquatableArray()), prefix);
            }

            // ---- paths -----------------------------------------------------------------------

            private sealed class PathNode
            {
                public PathNode(string segment, string? parameterName)
                {
                    Segment = segment;
                    ParameterName = parameterName;
                }

                public string Segment { get; }

                public string? ParameterName { get; }

                public List<PathNode> Children { get; } = new List<PathNode>();

                /// <summary>The children by literal segment; the parameter child under <c>{}</c>.</summary>
                public Dictionary<string, PathNode> ChildrenByKey { get; } = new Dictionary<string, PathNode>(StringComparer.Ordinal);

                public string Path { get; set; } = "/";

                public string? SpecPath { get; set; }

                public IOpenApiPathItem? Item { get; set; }

                public IOpenApiParameter? PathParameter { get; set; }

                public string? PropertyName { get; set; }
            }

            private PathNode BuildPathTree()
            {
                var root = new PathNode(string.Empty, null);
                if (_document.Paths is null)
                {
                    return root;
                }

                foreach (var pair in _document.Paths)
                {
                    var pointer = Pointer("#/paths", pair.Key);
                    var segments = pair.Key.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                    var node = root;
                    var ok = true;
                    foreach (var segment in segments)
                    {
                        string? parameter = null;
                        if (segment.IndexOf('{') >= 0 || segment.IndexOf('}') >= 0)
                        {
                            if (!(segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal) && segment.IndexOf('{', 1) < 0))
                            {
                                Unsupported(pointer, "the path segment '" + segment + "' mixes text and parameters; the path is skipped");
                                ok = false;
                                break;
                            }

                            parameter = segment.Substring(1, segment.Length - 2);
                        }

                        // Looked up by key, not by scanning siblings: thousands of paths stay linear.
                        var key = parameter is null ? segment : "{}";
                        if (!node.ChildrenByKey.TryGetValue(key, out var child))
                        {
                            child = new PathNode(segment, parameter) { Path = node.Path.TrimEnd('/') + "/" + segment };
                            node.Children.Add(child);
                            node.ChildrenByKey[key] = child;
                        }
                        else if (parameter is not null && child.ParameterName != parameter)
                        {
                            Unsupported(pointer, "the path parameter '{" + parameter + "}' sits where another path names it '{" + child.ParameterName + "}'; the path is skipped");
                            ok = false;
                            break;
                        }

                        node = child;
                    }

                    if (ok && node.SpecPath is { } earlier)
                    {
                        // `/a`, `/a/` and `//a` are one builder: keeping either would drop the other's operations silently.
                        Collision(pointer, earlier, pair.Key, node.Path, "the request builders");
                    }
                    else if (ok)
                    {
                        node.Item = pair.Value;
                        node.SpecPath = pair.Key;
                    }
                }

                return root;
            }

            private string UrlPath(PathNode node)
            {
                var parts = node.Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.StartsWith("{", StringComparison.Ordinal) ? "{" + Names.ToTemplateVariable(p.Substring(1, p.Length - 2)) + "}" : p);
                return "/" + string.Join("/", parts);
            }

            /// <summary>Writes the builder for <paramref name="node"/> and its children; returns its global type name.</summary>
            private string EmitBuilders(PathNode node, string[] nsParts, string ns, string className, bool isRoot)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var typeName = "global::" + ns + "." + className;
                // The root's segments become namespaces beside the client and its support types: keep them apart.
                var rootTypes = isRoot ? new[] { "SecurityRequirementOption", "SecuritySchemeInfo", "ServerOption", "GeneratedJsonParseNodeFactory" } : Array.Empty<string>();

                // Types and child namespaces share one scope per namespace (a type and a namespace of the
                // same name do not compile): the root also holds the support types and the Models namespace.
                var typeScope = TypeScope(ns);
                typeScope.TryReserve(className, className);
                foreach (var reserved in rootTypes.Concat(isRoot ? new[] { _modelsNamespace.Substring(ns.Length + 1) } : Array.Empty<string>()))
                {
                    typeScope.TryReserve(reserved, reserved);
                }
                var memberScope = new NameScope(BuilderMembers.Concat(new[] { className }).Concat(rootTypes).ToArray());
                var pointer = node.SpecPath is null ? "#/paths" : Pointer("#/paths", node.SpecPath);

                var operations = new List<OperationModel>();
                var builderQuery = new List<ParameterModel>();
                var pathTemplate = isRoot && node.Item is null ? string.Empty : UrlPath(node);
                if (isRoot && pathTemplate == "/")
                {
                    pathTemplate = string.Empty;
                }

                var (_, builderPrefix) = ResolveServer(node.Item?.Servers is { Count: > 0 } ? node.Item.Servers : null, pointer);
                if (node.Item?.Operations is { } ops)
                {
                    foreach (var pair in ops.OrderBy(p => Array.IndexOf(MethodOrder, p.Key.Method.ToUpperInvariant())))
                    {
                        var operation = BuildOperation(node, pair.Key, pair.Value, ns, className, pathTemplate, Pointer(pointer, pair.Key.Method.ToLowerInvariant()), memberScope);
                        if (operation is not null)
                        {
                            operations.Add(operation);
                            foreach (var q in operation.QueryParameters)
                            {
                                if (!builderQuery.Any(b => b.TemplateName == q.TemplateName))
                                {
                                    builderQuery.Add(q);
                                }
                            }
                        }
                    }
                }

                _operationCount += operations.Count;

                // Children: named segments become properties, a parameter segment becomes indexers.
                var navigations = new List<NavigationModel>();
                IndexerModel? indexer = null;
                foreach (var pass in new[] { true, false })
                {
                    foreach (var child in node.Children.Where(c => c.ParameterName is null && Names.HasNoSeparators(c.Segment) == pass))
                    {
                        child.PropertyName = ReserveName(memberScope, child.Segment, child.SpecPath is null ? pointer : Pointer("#/paths", child.SpecPath), "request builder " + className);
                    }
                }

                foreach (var child in node.Children.OrderBy(c => c.ParameterName is null ? 0 : 1).ThenBy(c => c.Segment, StringComparer.Ordinal))
                {
                    if (child.ParameterName is null)
                    {
                        if (child.PropertyName is null)
                        {
                            continue;
                        }

                        var childParts = nsParts.Concat(new[] { NamespacePart(ns, child.PropertyName) }).ToArray();
                        var childNs = _input.ClientNamespace + "." + string.Join(".", childParts);
                        var childType = EmitBuilders(child, childParts, childNs, child.PropertyName + "RequestBuilder", isRoot: false);
                        navigations.Add(new NavigationModel(child.PropertyName, childType, child.Path));
                    }
                    else
                    {
                        var childParts = nsParts.Concat(new[] { NamespacePart(ns, "Item") }).ToArray();
                        var childNs = _input.ClientNamespace + "." + string.Join(".", childParts);
                        var childClass = "With" + Names.ItemName(child.ParameterName) + "ItemRequestBuilder";
                        var childType = EmitBuilders(child, childParts, childNs, childClass, isRoot: false);
                        var (indexTypes, description) = IndexTypes(child, childNs);
                        indexer = new IndexerModel(Names.ToTemplateVariable(child.ParameterName), indexTypes, childType, description);
                    }
                }

                var query = builderQuery.Count == 0 ? string.Empty : "{?" + string.Join(",", builderQuery.Select(QueryTemplatePart)) + "}";
                _builders.Add(new BuilderModel(
                    ns,
                    className,
                    isRoot && node.Item is null ? "{+baseurl}" : builderPrefix + pathTemplate + query,
                    isRoot,
                    node.Path,
                    navigations.ToEquatableArray(),
                    indexer,
                    operations.ToEquatableArray()));
                return typeName;
            }

            /// <summary>The namespace of a child builder: its name, unless a type or namespace beside it has it already.</summary>
            private string NamespacePart(string ns, string preferred)
            {
                var scope = TypeScope(ns);
                return scope.TryReserve(preferred, preferred) ? preferred : scope.ReserveWithSuffix(preferred + "Endpoint", preferred);
            }

            private static string QueryTemplatePart(ParameterModel parameter) =>
                parameter.TemplateName + (parameter.Type.IsCollection && parameter.Explode ? "*" : string.Empty);

            /// <summary>The indexer types of a path parameter: the typed one, plus string for anything else than a string.</summary>
            private (EquatableArray<string> Types, string? Description) IndexTypes(PathNode node, string ns)
            {
                var parameter = FindPathParameter(node);
                if (parameter is null)
                {
                    return (new[] { "string" }.ToEquatableArray(), null);
                }

                var type = ResolveParameterType(parameter, ns, Names.ToPascalCase(parameter.Name ?? "Item") + "PathParameterType", Pointer("#/paths", node.SpecPath ?? node.Path));
                var types = new List<string>();
                if (type is not null && !type.IsCollection && type.Kind != ValueKind.String)
                {
                    types.Add(type.TypeName);
                }

                types.Add("string");
                return (types.ToEquatableArray(), parameter.Description);
            }

            private static IOpenApiParameter? FindPathParameter(PathNode node)
            {
                IEnumerable<IOpenApiParameter> Candidates(PathNode n)
                {
                    if (n.Item?.Parameters is { } pathParameters)
                    {
                        foreach (var p in pathParameters)
                        {
                            yield return p;
                        }
                    }

                    if (n.Item?.Operations is { } operations)
                    {
                        foreach (var op in operations.Values)
                        {
                            if (op.Parameters is null)
                            {
                                continue;
                            }

                            foreach (var p in op.Parameters)
                            {
                                yield return p;
                            }
                        }
                    }

                    foreach (var child in n.Children)
                    {
                        foreach (var p in Candidates(child))
                        {
                            yield return p;
                        }
                    }
                }

                return Candidates(node).FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == node.ParameterName);
            }

            /// <summary>The C# type of a parameter: primitives, string enums and arrays of them.</summary>
            private TypeRef? ResolveParameterType(IOpenApiParameter parameter, string ns, string enumContext, string pointer)
            {
                var schema = parameter.Schema;
                if (schema is null)
                {
                    Unsupported(pointer, "the parameter '" + parameter.Name + "' has no schema (content parameters are not supported); it is skipped");
                    return null;
                }

                var type = ResolveSchema(schema, enumContext, ns, pointer, asError: false);
                if (type.Kind is ValueKind.Object or ValueKind.Untyped or ValueKind.Stream or ValueKind.ByteArray)
                {
                    Unsupported(pointer, "the parameter '" + parameter.Name + "' is not a primitive, enum or array of them; it is skipped");
                    return null;
                }

                return type;
            }

            // ---- operations ------------------------------------------------------------------

            private OperationModel? BuildOperation(PathNode node, HttpMethod httpMethod, OpenApiOperation operation, string ns, string className, string pathTemplate, string pointer, NameScope memberScope)
            {
                var method = httpMethod.Method.ToUpperInvariant();
                var methodName = method.Substring(0, 1) + method.Substring(1).ToLowerInvariant();
                var baseName = className.EndsWith("RequestBuilder", StringComparison.Ordinal) ? className.Substring(0, className.Length - "RequestBuilder".Length) : className;
                foreach (var member in new[] { "Async", "SecurityRequirementOption", "ServerOption" })
                {
                    memberScope.TryReserve(methodName + member, pointer);
                }

                memberScope.TryReserve("To" + methodName + "RequestInformation", pointer);
                memberScope.TryReserve(className + methodName + "QueryParameters", pointer);
                memberScope.TryReserve(className + methodName + "RequestConfiguration", pointer);

                // Parameters: the path item's, overridden by the operation's (same name and location).
                var parameters = new List<IOpenApiParameter>();
                foreach (var p in (node.Item?.Parameters ?? new List<IOpenApiParameter>()).Concat(operation.Parameters ?? new List<IOpenApiParameter>()))
                {
                    if (Unresolved(p) is { } dangling)
                    {
                        ReportDangling(dangling, Pointer(pointer, "parameters"));
                        continue;
                    }

                    parameters.RemoveAll(existing => existing.Name == p.Name && existing.In == p.In);
                    parameters.Add(p);
                }

                var query = new List<ParameterModel>();
                var headers = new List<ParameterModel>();
                var queryScope = new NameScope(className + methodName + "QueryParameters", "Equals", "GetHashCode", "GetType", "ToString");
                var headerScope = new NameScope(className + methodName + "RequestConfiguration", "Headers", "Options", "QueryParameters", "Equals", "GetHashCode", "GetType", "ToString");
                for (var i = 0; i < parameters.Count; i++)
                {
                    var parameter = parameters[i];
                    var parameterPointer = Pointer(pointer, "parameters") + "/" + i.ToString(CultureInfo.InvariantCulture);
                    var name = parameter.Name ?? string.Empty;
                    switch (parameter.In)
                    {
                        case ParameterLocation.Path:
                            continue;
                        case ParameterLocation.Query:
                        {
                            var type = ResolveParameterType(parameter, ns, methodName + Names.ToPascalCase(name) + "QueryParameterType", parameterPointer);
                            var propertyName = type is null ? null : ReserveName(queryScope, name, parameterPointer, "query parameters of " + className + "." + methodName + "Async");
                            if (type is not null && propertyName is not null)
                            {
                                query.Add(new ParameterModel(name, Names.ToTemplateVariable(name), propertyName, type, ParameterKind.Query, parameter.Required, parameter.Explode, parameter.Description));
                            }

                            break;
                        }

                        case ParameterLocation.Header:
                        {
                            // OpenAPI: Accept, Content-Type and Authorization header parameters are ignored.
                            if (name.Equals("Accept", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                            {
                                continue;
                            }

                            var type = ResolveParameterType(parameter, ns, methodName + Names.ToPascalCase(name) + "HeaderParameterType", parameterPointer);
                            var propertyName = type is null ? null : ReserveName(headerScope, name, parameterPointer, "headers of " + className + "." + methodName + "Async");
                            if (type is not null && propertyName is not null)
                            {
                                headers.Add(new ParameterModel(name, name, propertyName, type, ParameterKind.Header, parameter.Required, parameter.Explode, parameter.Description));
                            }

                            break;
                        }

                        default:
                            Unsupported(parameterPointer, "the " + parameter.In + " parameter '" + name + "' is skipped (only path, query and header parameters are supported)");
                            break;
                    }
                }

                var body = BuildRequestBody(operation, ns, baseName + methodName + "RequestBody", Pointer(pointer, "requestBody"));
                if (operation.RequestBody is not null && body is null)
                {
                    return null;
                }

                var (responseType, accept) = BuildResponse(operation, ns, baseName + methodName + "Response", Pointer(pointer, "responses"));
                var errors = BuildErrors(operation, ns, baseName + methodName, Pointer(pointer, "responses"));
                var effectiveServers = operation.Servers is { Count: > 0 } ? operation.Servers : node.Item?.Servers;
                var (server, prefix) = ResolveServer(effectiveServers is { Count: > 0 } ? effectiveServers : null, pointer);
                var queryTemplate = query.Count == 0 ? string.Empty : "{?" + string.Join(",", query.Select(QueryTemplatePart)) + "}";
                var security = BuildSecurity(operation.Security ?? _document.Security, pointer);

                return new OperationModel(
                    method,
                    methodName,
                    prefix + pathTemplate + queryTemplate,
                    Clean(operation.Summary),
                    Clean(operation.Description),
                    operation.Deprecated,
                    body,
                    responseType,
                    accept,
                    errors,
                    query.ToEquatableArray(),
                    headers.ToEquatableArray(),
                    security,
                    server);
            }

            private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

            private static KeyValuePair<string, IOpenApiMediaType>? PickMediaType(IDictionary<string, IOpenApiMediaType>? content)
            {
                if (content is null || content.Count == 0)
                {
                    return null;
                }

                int Rank(string contentType)
                {
                    var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
                    if (type == "application/json")
                    {
                        return 0;
                    }

                    if (type.EndsWith("+json", StringComparison.Ordinal))
                    {
                        return 1;
                    }

                    if (type == "application/x-www-form-urlencoded")
                    {
                        return 2;
                    }

                    if (type.StartsWith("text/", StringComparison.Ordinal))
                    {
                        return 3;
                    }

                    return 4;
                }

                return content.OrderBy(c => Rank(c.Key)).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            }

            private RequestBodyModel? BuildRequestBody(OpenApiOperation operation, string ns, string contextName, string pointer)
            {
                var requestBody = operation.RequestBody;
                if (requestBody is null)
                {
                    return null;
                }

                if (Unresolved(requestBody) is { } dangling)
                {
                    ReportDangling(dangling, Pointer(pointer, "$ref"));
                    return null;
                }

                var picked = PickMediaType(requestBody.Content);
                if (picked is not { } media)
                {
                    Unsupported(pointer, "a request body without content; the operation is skipped");
                    return null;
                }

                var contentType = media.Key.Split(';')[0].Trim();
                var contentPointer = Pointer(Pointer(pointer, "content"), media.Key);
                if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
                {
                    Unsupported(contentPointer, "multipart request bodies; the operation is skipped");
                    return null;
                }

                var isStructured = contentType == "application/json" || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) || contentType == "application/x-www-form-urlencoded" || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
                var type = isStructured
                    ? ResolveSchema(media.Value.Schema, contextName, ns, Pointer(contentPointer, "schema"), asError: false)
                    : Primitive(ValueKind.Stream, "global::System.IO.Stream");
                if (contentType == "application/x-www-form-urlencoded" && (type.Kind != ValueKind.Object || type.IsCollection))
                {
                    Unsupported(contentPointer, "a form body that is not an object; the operation is skipped");
                    return null;
                }

                return new RequestBodyModel(contentType, type, requestBody.Required, Clean(requestBody.Description));
            }

            private (TypeRef? Type, string? Accept) BuildResponse(OpenApiOperation operation, string ns, string contextName, string pointer)
            {
                if (operation.Responses is null)
                {
                    return (null, null);
                }

                var success = operation.Responses
                    .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
                    .OrderBy(r => r.Key.Equals("2XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
                    .ThenBy(r => r.Key, StringComparer.Ordinal)
                    .ToList();
                foreach (var response in success)
                {
                    if (Unresolved(response.Value) is { } dangling)
                    {
                        ReportDangling(dangling, Pointer(Pointer(pointer, response.Key), "$ref"));
                        continue;
                    }

                    var picked = PickMediaType(response.Value.Content);
                    if (picked is not { } media)
                    {
                        continue;
                    }

                    var contentType = media.Key.Split(';')[0].Trim();
                    var contentPointer = Pointer(Pointer(Pointer(pointer, response.Key), "content"), media.Key);
                    var isJson = contentType == "application/json" || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
                    if (isJson || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
                    {
                        var type = ResolveSchema(media.Value.Schema, contextName, ns, Pointer(contentPointer, "schema"), asError: false);
                        if (!isJson && (type.Kind is ValueKind.Object or ValueKind.Untyped || type.IsCollection))
                        {
                            // A text body cannot be parsed into a model: hand it over as a string.
                            type = Primitive(ValueKind.String, "string");
                        }

                        return (type, contentType);
                    }

                    return (Primitive(ValueKind.Stream, "global::System.IO.Stream"), contentType);
                }

                return (null, null);
            }

            private EquatableArray<ErrorMappingModel> BuildErrors(OpenApiOperation operation, string ns, string contextName, string pointer)
            {
                var errors = new List<ErrorMappingModel>();
                if (operation.Responses is null)
                {
                    return EquatableArray<ErrorMappingModel>.Empty;
                }

                foreach (var response in operation.Responses)
                {
                    if (Unresolved(response.Value) is { } dangling)
                    {
                        ReportDangling(dangling, Pointer(Pointer(pointer, response.Key), "$ref"));
                        continue;
                    }

                    var code = response.Key.ToUpperInvariant();
                    if (code == "DEFAULT")
                    {
                        code = "XXX";
                    }
                    else if (!(code.StartsWith("4", StringComparison.Ordinal) || code.StartsWith("5", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var picked = PickMediaType(response.Value.Content);
                    if (picked is not { } media || media.Value.Schema is null)
                    {
                        continue;
                    }

                    var schemaPointer = Pointer(Pointer(Pointer(Pointer(pointer, response.Key), "content"), media.Key), "schema");
                    var type = ResolveSchema(media.Value.Schema, contextName + (code == "XXX" ? "Default" : code) + "Error", ns, schemaPointer, asError: true);
                    if (type.Kind == ValueKind.Object && !type.IsCollection)
                    {
                        errors.Add(new ErrorMappingModel(code, type.TypeName));
                    }
                }

                return errors.ToEquatableArray();
            }

            private EquatableArray<SecurityAlternativeModel> BuildSecurity(IList<OpenApiSecurityRequirement>? requirements, string pointer)
            {
                if (requirements is null)
                {
                    return EquatableArray<SecurityAlternativeModel>.Empty;
                }

                var alternatives = new List<SecurityAlternativeModel>();
                foreach (var requirement in requirements)
                {
                    var schemes = new List<SecuritySchemeModel>();
                    foreach (var pair in requirement)
                    {
                        var reference = pair.Key;
                        var name = reference.Reference?.Id ?? string.Empty;
                        if (reference.UnresolvedReference || reference.Target is null)
                        {
                            ReportDangling("#/components/securitySchemes/" + name, Pointer(pointer, "security"));
                            continue;
                        }

                        var type = reference.Type switch
                        {
                            SecuritySchemeType.ApiKey => "apiKey",
                            SecuritySchemeType.Http => "http",
                            SecuritySchemeType.OAuth2 => "oauth2",
                            SecuritySchemeType.OpenIdConnect => "openIdConnect",
                            SecuritySchemeType.MutualTLS => "mutualTLS",
                            _ => "unknown",
                        };
                        schemes.Add(new SecuritySchemeModel(
                            name,
                            type,
                            string.IsNullOrEmpty(reference.Scheme) ? null : reference.Scheme!.ToLowerInvariant(),
                            string.IsNullOrEmpty(reference.BearerFormat) ? null : reference.BearerFormat,
                            (pair.Value ?? new List<string>()).ToEquatableArray()));
                    }

                    alternatives.Add(new SecurityAlternativeModel(schemes.ToEquatableArray()));
                }

                return alternatives.ToEquatableArray();
            }
        }
    }
}
