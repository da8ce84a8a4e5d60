// Thin build pipeline: each task is the plain dotnet command a developer would type.
// Run with: dotnet tool restore && dotnet cake [--target=Test] [--configuration=Release]
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Prevu3d.Generated.sln";
var artifacts = Directory("./artifacts");

Task("Clean")
    .Does(() => CleanDirectory(artifacts));

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() => DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        Loggers = { "trx" },
        ResultsDirectory = artifacts + Directory("test-results"),
    }));

// The three packages, at the one version of Directory.Build.props (VersionPrefix), with their .snupkg symbols.
var packages = artifacts + Directory("packages");
var packedProjects = new[]
{
    "./src/Prevu3d.RealityConnect/Prevu3d.RealityConnect.csproj",
    "./generator/Prevu3d.Generator/Prevu3d.Generator.csproj",
    "./src/Prevu3d.Cli/Prevu3d.Cli.csproj",
};

Task("Pack")
    .IsDependentOn("Test")
    .Does(() =>
    {
        CleanDirectory(packages);
        foreach (var project in packedProjects)
        {
            DotNetPack(project, new DotNetPackSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                OutputDirectory = packages,
            });
        }
    });

// Benchmarks (tests/Prevu3d.Benchmarks): dotnet cake --target=Bench [--bench-job=short|full] [--bench-only=Parsing,Walk]
// Rewrites docs/benchmarks.md (a partial run writes artifacts/benchmarks/ instead). Not part of Default.
Task("Bench")
    .Does(() =>
    {
        var arguments = $"run -c Release --project tests/Prevu3d.Benchmarks -- --job {Argument("bench-job", "short")}";
        var only = Argument("bench-only", "");
        if (only.Length > 0)
        {
            arguments += $" --only {only}";
        }

        var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments });
        if (exitCode != 0)
        {
            throw new CakeException($"The benchmarks failed with exit code {exitCode}.");
        }
    });

Task("Default")
    .IsDependentOn("Pack");

RunTarget(target);
