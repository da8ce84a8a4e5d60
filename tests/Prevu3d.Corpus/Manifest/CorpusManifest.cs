using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Prevu3d.Corpus.Manifest;

/// <summary>One npm package the corpus is taken from, at a pinned version.</summary>
internal sealed record CorpusPackage(string Package, string Version)
{
    /// <summary>The folder <c>tests/corpus/run.sh</c> extracts the package into: npm's tarball name without <c>.tgz</c>.</summary>
    public string FolderName => Package.TrimStart('@').Replace('/', '-') + "-" + Version;
}

/// <summary>One document of the corpus: where it is inside which package, and the short name the report uses.</summary>
internal sealed record CorpusDocument(string Name, string Package, string Version, string Path)
{
    public string FolderName => new CorpusPackage(Package, Version).FolderName;
}

/// <summary>The contents of <c>tests/Prevu3d.Corpus/corpus.json</c>.</summary>
internal sealed record CorpusManifest(IReadOnlyList<CorpusPackage> Packages, IReadOnlyList<CorpusDocument> Documents)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static CorpusManifest Load(string path)
    {
        var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} is empty.");
        var duplicate = manifest.Documents.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path} names '{duplicate.Key}' twice.");
        }

        var unknown = manifest.Documents.FirstOrDefault(d => !manifest.Packages.Any(p => p.Package == d.Package && p.Version == d.Version));
        if (unknown is not null)
        {
            throw new InvalidDataException($"{path}: '{unknown.Name}' comes from {unknown.Package}@{unknown.Version}, which is not in its package list.");
        }

        return manifest;
    }

    /// <summary>The extracted file of a document: <c>{packages}/{folder}/package/{path}</c>, as npm pack lays it out.</summary>
    public static string Locate(string packagesDirectory, CorpusDocument document) =>
        System.IO.Path.Combine(packagesDirectory, document.FolderName, "package", document.Path);
}
