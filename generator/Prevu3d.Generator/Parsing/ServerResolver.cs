using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// The servers: the document's first one is the client's base URL; a path or operation on another
    /// host gets that host in its URL template, its variables' defaults in the root's path parameters.
    /// </summary>
    /// <remarks>
    /// One instance per spec: it collects the server variables met by the builders and operations
    /// (<see cref="Variables"/>, first met first) and reports a variable without default once.
    /// </remarks>
    internal sealed class ServerResolver
    {
        private readonly OpenApiServer? _documentServer;
        private readonly DiagnosticSink _sink;
        private readonly List<ServerVariableModel> _variables = new List<ServerVariableModel>();

        private ServerResolver(OpenApiServer? documentServer, string? defaultBaseUrl, DiagnosticSink sink)
        {
            _documentServer = documentServer;
            DefaultBaseUrl = defaultBaseUrl;
            _sink = sink;
        }

        /// <summary>The document's first server with its variables' defaults substituted; null without servers.</summary>
        public string? DefaultBaseUrl { get; }

        /// <summary>The variables of other hosts, with their defaults.</summary>
        public IReadOnlyList<ServerVariableModel> Variables => _variables;

        /// <summary>Reads the document's servers; a variable of the default server without a definition is reported.</summary>
        public static ServerResolver Create(OpenApiDocument document, DiagnosticSink sink)
        {
            var defaultServer = document.Servers is { Count: > 0 } servers ? servers[0] : null;
            var defaultBaseUrl = defaultServer is null ? null : SubstituteDefaults(defaultServer);
            if (defaultServer is not null)
            {
                foreach (var variable in VariableNames(defaultServer.Url ?? string.Empty))
                {
                    if (defaultServer.Variables is null || !defaultServer.Variables.ContainsKey(variable))
                    {
                        sink.Unsupported("#/servers/0/url", "the server variable '" + variable + "' is not defined; the default base URL keeps '{" + variable + "}' until the adapter's BaseUrl is set");
                    }
                }
            }

            return new ServerResolver(defaultServer, defaultBaseUrl, sink);
        }

        /// <summary>The server model and the URL template prefix of an operation's (or a path's) effective servers.</summary>
        public (ServerModel Server, string Prefix) Resolve(IList<OpenApiServer>? effective, string pointer)
        {
            var server = effective is { Count: > 0 } ? effective[0] : _documentServer;
            if (server is null)
            {
                return (new ServerModel("/", true, EquatableArray<string>.Empty), "{+baseurl}");
            }

            var url = server.Url ?? string.Empty;
            var variables = VariableNames(url).ToList();
            if (_documentServer is not null && (ReferenceEquals(server, _documentServer) || string.Equals(url, _documentServer.Url, StringComparison.Ordinal)))
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
                    _sink.UnsupportedOnce("server variable|" + url + "|" + variable, pointer, "the server variable '" + variable + "' has no default value");
                }
                else if (!_variables.Any(s => s.Name == variable))
                {
                    _variables.Add(new ServerVariableModel(variable, defaultValue));
                }
            }

            return (new ServerModel(url, false, variables.ToEquatableArray()), prefix);
        }

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
    }
}
