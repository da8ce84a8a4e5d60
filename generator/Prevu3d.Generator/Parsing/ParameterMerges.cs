using System;
using System.Collections.Generic;
using System.Linq;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// Sibling paths that name the parameter of one segment differently (<c>/flags/{projectKey}/{featureFlagKey}</c> beside
    /// <c>/flags/{projectKey}/{environmentKey}/…</c>) share one builder, as Kiota 1.38 merges them. Each path keeps its
    /// own names in its URL template, and the indexer of the shared segment sets the value under every name the paths
    /// give it; what that needs of the paths, and which path comes first, is decided here.
    /// </summary>
    internal static class ParameterMerges
    {
        /// <summary>
        /// The paths that cannot share builders with their siblings, each with why: a parameter of the path has the name
        /// that another path gives the parameter of a later segment of the same builders (<c>/a/{y}/b/{x}</c> beside
        /// <c>/a/{z}/b/{y}</c>: the indexer of <c>/a/{}/b/{}</c> sets <c>y</c> too). That later indexer would overwrite the
        /// value the path set first, so the path would be sent wrong; it is left out instead. A name that a merged indexer
        /// sets first and the path's own later indexer sets again is fine (<c>/a/{x}/b/{y}</c> beside <c>/a/{y}/c</c>):
        /// the later value is the path's.
        /// </summary>
        public static Dictionary<string, string> Clashes(IEnumerable<string> paths)
        {
            var keyed = paths.Select(p => (Path: p, Segments: Keys(p))).ToList();
            // The names each builder's segment is given, the builder identified by the keys down to it.
            var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (_, segments) in keyed)
            {
                for (var i = 0; i < segments.Count; i++)
                {
                    if (!names.TryGetValue(segments[i].Prefix, out var set))
                    {
                        names[segments[i].Prefix] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.UnionWith(segments[i].Names);
                }
            }

            var clashes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, segments) in keyed)
            {
                // A path that repeats a name itself (`/a/{id}/b/{id}`) is left as it was: no sibling is involved.
                var clash = segments.SelectMany((s, i) => s.Names.Select(n => (Name: n, Depth: i)))
                    .SelectMany(p => segments.Select((s, j) => (p.Name, p.Depth, Other: j)))
                    .FirstOrDefault(p => p.Other > p.Depth && !segments[p.Other].Names.Contains(p.Name) && names[segments[p.Other].Prefix].Contains(p.Name));
                if (clash.Name is not null)
                {
                    clashes[path] = "the path parameter '{" + clash.Name + "}' is also what another path names the parameter of segment "
                        + (clash.Other + 1) + ", a later segment of the same request builders (sibling paths name that parameter differently); "
                        + "its indexer would overwrite this parameter's value, so the path is skipped";
                }
            }

            return clashes;
        }

        /// <summary>
        /// Puts first, at every node more than one path ends at, the path Kiota keeps first: the one whose parameters have
        /// the names the builders are named after (<see cref="PathNode.ParameterName"/>), segment by segment from the root;
        /// otherwise in document order. When two such paths have an operation of the same method, the first one's is kept.
        /// </summary>
        public static void OrderSources(PathNode node)
        {
            if (node.Sources.Count > 1)
            {
                var chain = new List<PathNode>();
                for (var n = node; n.Parent is not null; n = n.Parent)
                {
                    chain.Insert(0, n);
                }

                var ordered = node.Sources.OrderBy(s => Rank(s, chain), StringComparer.Ordinal).ToList();
                node.Sources.Clear();
                node.Sources.AddRange(ordered);
            }

            foreach (var child in node.Children)
            {
                OrderSources(child);
            }
        }

        /// <summary>Per segment, <c>0</c> where the path names the parameter as the builder is named, else <c>1</c>.</summary>
        private static string Rank(PathSource source, List<PathNode> chain)
        {
            var segments = source.Segments();
            var rank = new char[Math.Min(segments.Length, chain.Count)];
            for (var i = 0; i < rank.Length; i++)
            {
                rank[i] = chain[i].ParameterName is { } name && segments[i] != "{" + name + "}" && segments[i].StartsWith("{", StringComparison.Ordinal) ? '1' : '0';
            }

            return new string(rank);
        }

        /// <summary>
        /// Per segment of <paramref name="path"/>: the keys from the root down to it (a parameter segment keyed as
        /// <see cref="PathTreeBuilder"/> keys it, <c>{}</c> plus what follows the parameter) and the names of its
        /// parameters.
        /// </summary>
        private static List<(string Prefix, string[] Names)> Keys(string path)
        {
            var result = new List<(string, string[])>();
            var prefix = string.Empty;
            foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var matches = PathNode.ParameterPattern.Matches(segment).Cast<System.Text.RegularExpressions.Match>().ToList();
                var key = matches.Count == 1 && matches[0].Index == 0 ? "{}" + segment.Substring(matches[0].Length) : segment;
                prefix += "/" + key;
                result.Add((prefix, matches.Select(m => m.Groups[1].Value).ToArray()));
            }

            return result;
        }
    }
}
