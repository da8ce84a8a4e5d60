using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Prevu3d.Packages.Tests;

/// <summary>
/// The generator package's MSBuild surface — the properties, items and metadata its build/ props and
/// targets read or set, with their defaults — against PublicMSBuild.Shipped.txt + Unshipped.txt beside
/// the generator, as PublicApiAnalyzers does for C# APIs. <c>PREVU3D_UPDATE_PUBLIC_MSBUILD=1</c> writes
/// the difference into Unshipped.txt instead of failing.
/// </summary>
public sealed class GeneratorMSBuildSurfaceTests
{
    private static readonly string GeneratorDirectory = Path.Combine(RepositoryRoot(), "generator", "Prevu3d.Generator");

    [Fact]
    public void BuildFilesShouldDeclareExactlyTheTrackedMSBuildSurface()
    {
        var actual = Surface();
        var shippedPath = Path.Combine(GeneratorDirectory, "PublicMSBuild.Shipped.txt");
        var unshippedPath = Path.Combine(GeneratorDirectory, "PublicMSBuild.Unshipped.txt");
        var shipped = Entries(shippedPath);
        var declared = shipped.Concat(Entries(unshippedPath)).ToHashSet(StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("PREVU3D_UPDATE_PUBLIC_MSBUILD") == "1")
        {
            File.WriteAllLines(unshippedPath, actual.Where(line => !shipped.Contains(line)));
            declared = actual.ToHashSet(StringComparer.Ordinal);
        }

        var added = actual.Where(line => !declared.Contains(line)).ToList();
        var removed = declared.Where(line => !actual.Contains(line)).ToList();
        Assert.True(
            added.Count == 0 && removed.Count == 0,
            "The generator's MSBuild surface changed. Add to PublicMSBuild.Unshipped.txt:\n  " + string.Join("\n  ", added)
            + "\nNo longer declared:\n  " + string.Join("\n  ", removed));
    }

    [Fact]
    public void SurfaceShouldNameTheSettingsTheReadmeDocuments()
    {
        var surface = Surface();

        Assert.Contains("property Prevu3dClientNamespace = $(RootNamespace)", surface);
        Assert.Contains("property Prevu3dClientClassName = ApiClient", surface);
        Assert.Contains("property Prevu3dNaming = Kiota", surface);
        Assert.Contains("CompilerVisibleItemMetadata AdditionalFiles.Prevu3dNaming", surface);
        Assert.Contains("item AdditionalFiles from @(OpenApiSpec)", surface);
    }

    /// <summary>One line per property set, item added or metadata made visible to the compiler, sorted.</summary>
    private static List<string> Surface()
    {
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(GeneratorDirectory, "build")).Order(StringComparer.Ordinal))
        {
            lines.Add("file build/" + Path.GetFileName(file));
            foreach (var element in XDocument.Load(file).Root!.Elements().SelectMany(group => group.Elements()))
            {
                var include = (string?)element.Attribute("Include");
                lines.Add((element.Parent!.Name.LocalName, include) switch
                {
                    ("PropertyGroup", _) => $"property {element.Name.LocalName} = {element.Value}",
                    ("ItemGroup", { } items) when items.StartsWith("@(", StringComparison.Ordinal) => $"item {element.Name.LocalName} from {items}",
                    ("ItemGroup", { } name) when element.Attribute("MetadataName") is { } metadata => $"{element.Name.LocalName} {name}.{metadata.Value}",
                    ("ItemGroup", { } name) => $"{element.Name.LocalName} {name}",
                    var other => $"{other.Item1} {element.Name.LocalName}",
                });
            }
        }

        return lines.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Entries(string path)
        => File.Exists(path) ? File.ReadAllLines(path).Where(line => line.Trim().Length > 0).ToList() : [];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("Prevu3d.Generated.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Prevu3d.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
