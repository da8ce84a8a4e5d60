using System;
using System.Collections.Generic;
using Prevu3d.Generator.Helpers;
using SharpYaml.Serialization;

namespace Prevu3d.Generator.Parsing
{
    /// <summary>
    /// A cheap guard run before Microsoft.OpenApi reads the document: it expands YAML aliases into a
    /// JSON tree, so a "billion laughs" document exhausts memory, and a chain of aliases nests deeper
    /// than its recursive readers can go (a stack overflow kills the compiler, no catch helps).
    /// The check is linear in the loaded YAML tree.
    /// </summary>
    internal static class SpecLimits
    {
        /// <summary>
        /// The deepest nesting once aliases are expanded: SharpYaml refuses more than 64 levels in the
        /// text, so aliases must not build deeper trees for the recursive readers that follow.
        /// </summary>
        public const int MaxExpandedDepth = 64;

        /// <summary>How many more nodes than the text holds the aliases may add once expanded.</summary>
        public const long MaxAliasExpansion = 1_000_000;

        /// <summary>
        /// True when the text may hold a YAML alias: an anchor (<c>&amp;a</c>) and an alias (<c>*a</c>),
        /// each at the start of a token. A linear scan without allocation, so the tree walk below runs
        /// only for the rare spec that uses aliases (<c>*/*</c> and <c>**bold**</c> do not count).
        /// </summary>
        public static bool MayHoldAliases(string text) => HasTokenStartingWith(text, '&') && HasTokenStartingWith(text, '*');

        private static bool HasTokenStartingWith(string text, char indicator)
        {
            var index = 0;
            while ((index = text.IndexOf(indicator, index)) >= 0)
            {
                var before = index == 0 ? ' ' : text[index - 1];
                var after = index + 1 < text.Length ? text[index + 1] : ' ';
                if ((before == ' ' || before == '\n' || before == '[' || before == '{' || before == ',') && (char.IsLetterOrDigit(after) || after == '_' || after == '-'))
                {
                    return true;
                }

                index++;
            }

            return false;
        }

        /// <summary>
        /// Measures the document once every alias is expanded (as Microsoft.OpenApi does): the
        /// nodes it adds beyond those the text holds, and the nesting depth it reaches. Linear and
        /// iterative: an alias is the anchored node itself in the loaded tree, so sizes are memoized per node.
        /// </summary>
        public static (long AddedNodes, long Depth) AliasExpansion(YamlNode root)
        {
            var measured = new Dictionary<YamlNode, (long Size, long Depth)>(ReferenceComparer<YamlNode>.Instance);
            var stack = new Stack<(YamlNode Node, bool ChildrenDone)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, childrenDone) = stack.Pop();
                if (!childrenDone)
                {
                    if (measured.ContainsKey(node))
                    {
                        continue;
                    }

                    // Placeholder against cycles (an alias cannot point into its own anchor, but be safe).
                    measured[node] = (1, 1);
                    stack.Push((node, true));
                    foreach (var child in Children(node))
                    {
                        stack.Push((child, false));
                    }

                    continue;
                }

                long size = 1;
                long depth = 0;
                foreach (var child in Children(node))
                {
                    var (childSize, childDepth) = measured[child];
                    size = Add(size, childSize);
                    depth = Math.Max(depth, childDepth);
                }

                measured[node] = (size, depth + 1);
            }

            var (total, maxDepth) = measured[root];
            return (total - measured.Count, maxDepth);
        }

        private static IEnumerable<YamlNode> Children(YamlNode node)
        {
            if (node is YamlMappingNode mapping)
            {
                foreach (var entry in mapping.Children)
                {
                    yield return entry.Key;
                    yield return entry.Value;
                }
            }
            else if (node is YamlSequenceNode sequence)
            {
                foreach (var child in sequence.Children)
                {
                    yield return child;
                }
            }
        }

        /// <summary>Saturating addition: a bomb's size overflows a long.</summary>
        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
