using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Prevu3d.Packages.Tests.Support;

/// <summary>
/// The three packages, packed once per test run into a folder feed in a temporary directory that also
/// holds the consumer projects. They are packed from the build this test run already made
/// (<c>dotnet pack --no-build</c>, same configuration: this project references the three projects so
/// that they are built first), so the test adds no second build of the repository to a loaded machine.
/// Everything lives under that directory and is deleted afterwards:
/// <list type="bullet">
/// <item>a version of their own (<c>0.0.0-localfeed.…</c>), so no package cache can answer for them;</item>
/// <item>a <c>NUGET_PACKAGES</c> of their own, with the machine's package folder as a read-only fallback,
/// so the run neither downloads what is already there nor leaves anything in it;</item>
/// <item>a <c>nuget.config</c> adding the feed, and an empty <c>Directory.Build.props</c> so nothing of the
/// folders above leaks into the consumers.</item>
/// </list>
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static readonly string[] PackedProjects =
        ["src/Prevu3d.RealityConnect/Prevu3d.RealityConnect.csproj", "generator/Prevu3d.Generator/Prevu3d.Generator.csproj", "src/Prevu3d.Cli/Prevu3d.Cli.csproj"];

    /// <summary>The temporary directory: feed/, packages/, and the consumers.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "prevu3d-packages-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The version every package of this run has.</summary>
    public string Version { get; } = "0.0.0-localfeed." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>The folder feed holding the packed .nupkg files.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>How long packing the three packages took.</summary>
    public TimeSpan PackTime { get; private set; }

    /// <summary>The environment every child process of the tests gets.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        // No build server or node outlives a test.
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
        // The consumers must not pick up the repository's CI settings or someone's credentials.
        ["CI"] = null,
        ["PREVU3D_CLIENT_ID"] = null,
        ["PREVU3D_CLIENT_SECRET"] = null,
        ["PREVU3D_AUTHORITY_URL"] = null,
        ["PREVU3D_API_URL"] = null,
    };

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var repository = RepositoryRoot();
        Directory.CreateDirectory(Feed);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="prevu3d-local" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{MachinePackageFolder()}" />
              </fallbackPackageFolders>
            </configuration>
            """);

        var started = DateTime.UtcNow;
        foreach (var project in PackedProjects)
        {
            (await DotNetAsync(repository, PackTimeout, "pack", project, "--no-build", "-c", BuildConfiguration, "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false"))
                .EnsureSuccess();
        }

        PackTime = DateTime.UtcNow - started;
    }

    /// <summary>Copies a consumer project of Consumers/ next to the feed and returns its folder.</summary>
    public string AddConsumer(string name)
    {
        var target = Path.Combine(Root, name);
        Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", name), target);
        // The consumers name their package version as $(Prevu3dPackageVersion).
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <Prevu3dPackageVersion>{Version}</Prevu3dPackageVersion>
              </PropertyGroup>
            </Project>
            """);
        return target;
    }

    /// <summary>Runs <c>dotnet</c> in <paramref name="workingDirectory"/> with the feed's environment.</summary>
    public Task<ProcessRun> DotNetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        => ProcessRun.RunAsync("dotnet", arguments, workingDirectory, Environment, timeout);

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the system's temporary-file cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: never fail a test run over its cleanup.
        }

        return Task.CompletedTask;
    }

    /// <summary>The configuration this assembly, and so the three projects it references, was built in.</summary>
    private static string BuildConfiguration
        => typeof(LocalFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration ? configuration : "Debug";

    private static string MachinePackageFolder()
        => System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

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

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        // Build output of the working tree is not source.
        foreach (var directory in Directory.EnumerateDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            Copy(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
