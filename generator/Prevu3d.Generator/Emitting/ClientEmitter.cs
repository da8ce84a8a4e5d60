using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Prevu3d.Generator.Model;

namespace Prevu3d.Generator.Emitting
{
    /// <summary>
    /// Model → C# source, the emitting stage's entry points: every file of one client, and the support files of a
    /// client namespace. Pure: the same model always gives the same text.
    /// </summary>
    internal static class ClientEmitter
    {
        /// <summary>Above this many files a client is emitted in batches of <see cref="TypesPerBatch"/> types.</summary>
        /// <remarks>
        /// Roslyn's driver (4.14) spends time on every cached output of every run, growing faster than the file count:
        /// a no-op re-run measured 7–13 ms with 1,200 files and about 210 ms with 6,000, whatever their size (a
        /// 6,000-operation spec gives 6,000 files). Small clients keep one file per type, easier to read under obj/.
        /// </remarks>
        internal const int FilesBeforeBatching = 256;

        internal const int TypesPerBatch = 64;

        /// <summary>Every file of one client: hint name and text, in a stable order; batched above <see cref="FilesBeforeBatching"/> files.</summary>
        public static IEnumerable<(string HintName, string Text)> EmitClient(ClientModel client)
        {
            var files = EmitTypes(client).ToList();
            if (files.Count <= FilesBeforeBatching)
            {
                return files;
            }

            var batches = new List<(string HintName, string Text)>((files.Count + TypesPerBatch - 1) / TypesPerBatch);
            for (var start = 0; start < files.Count; start += TypesPerBatch)
            {
                var part = (start / TypesPerBatch) + 1;
                // A hyphen cannot occur in a type or namespace name: no clash with a per-type hint.
                var hintName = client.Namespace + ".generated-part-" + part.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";
                batches.Add((hintName, Join(files.GetRange(start, Math.Min(TypesPerBatch, files.Count - start)).Select(f => f.Text))));
            }

            return batches;
        }

        /// <summary>The support types of the client namespace <paramref name="ns"/> (from <c>Templates/</c>).</summary>
        public static IEnumerable<(string HintName, string Text)> EmitSupport(string ns) => SupportEmitter.Emit(ns);

        public static SourceText ToSourceText(string text) => SourceText.From(text, Encoding.UTF8);

        /// <summary>Several generated files as one: one header, then each file's namespace block.</summary>
        public static string Join(IEnumerable<string> texts)
        {
            const string Header = GeneratedFile.Header;
            var builder = new StringBuilder(Header);
            foreach (var text in texts)
            {
                // Every text comes from SourceWriter, which writes \n line ends.
                builder.Append(text.StartsWith(Header, StringComparison.Ordinal) ? text.Substring(Header.Length) : text);
            }

            return builder.ToString();
        }

        /// <summary>One file per type: the request builders, then the models, the composed-type wrappers, the enums.</summary>
        private static IEnumerable<(string HintName, string Text)> EmitTypes(ClientModel client)
        {
            var enums = client.Enums.ToDictionary(e => "global::" + e.Namespace + "." + e.Name);
            var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var builder in client.Builders)
            {
                yield return (UniqueHint(hints, builder.Namespace, builder.Name), RequestBuilderEmitter.Emit(client, builder, enums));
            }

            var hierarchy = new ModelEmitter.Hierarchy(client.Models);
            foreach (var model in client.Models)
            {
                yield return (UniqueHint(hints, model.Namespace, model.Name), ModelEmitter.Emit(model, client.Namespace, hierarchy));
            }

            foreach (var composed in client.ComposedTypes)
            {
                var name = composed.ContainingType is null ? composed.Name : composed.ContainingType + "." + composed.Name;
                yield return (UniqueHint(hints, composed.Namespace, name), ComposedTypeEmitter.Emit(composed, client));
            }

            foreach (var model in client.Enums)
            {
                yield return (UniqueHint(hints, model.Namespace, model.Name), EnumEmitter.Emit(model));
            }
        }

        /// <summary>
        /// Roslyn compares hint names ignoring case (C# types <c>FOOBar</c> and <c>FooBar</c> may live
        /// side by side) and they become file names under obj/ (at most 255 bytes): keep them unique and short.
        /// </summary>
        private static string UniqueHint(HashSet<string> used, string ns, string name)
        {
            const int MaxLength = 120;
            var stem = ns + "." + name;
            if (stem.Length > MaxLength || Encoding.UTF8.GetByteCount(stem) > MaxLength * 3 / 2)
            {
                var cut = char.IsHighSurrogate(stem[(MaxLength / 2) - 1]) ? (MaxLength / 2) - 1 : MaxLength / 2;
                stem = stem.Substring(0, cut) + "_" + StableHash(stem);
            }

            var hint = stem + ".g.cs";
            for (var i = 2; !used.Add(hint); i++)
            {
                hint = stem + "_" + i.ToString(CultureInfo.InvariantCulture) + ".g.cs";
            }

            return hint;
        }

        /// <summary>FNV-1a: the same name gives the same hint on every machine (string.GetHashCode does not).</summary>
        private static string StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
