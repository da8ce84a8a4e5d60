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

Task("Pack")
    .IsDependentOn("Test")
    .Does(() =>
    {
        foreach (var project in new[] { "./src/Prevu3d.RealityConnect/Prevu3d.RealityConnect.csproj", "./src/Prevu3d.Cli/Prevu3d.Cli.csproj" })
        {
            DotNetPack(project, new DotNetPackSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                OutputDirectory = artifacts + Directory("packages"),
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

// Corpus (issue 12.6): dotnet cake --target=Corpus [--corpus-only=xkcd,oas31-petstore]
// Fetches the pinned npm packages of tests/Prevu3d.Corpus/corpus.json into artifacts/corpus (never committed), runs
// every document through the generator and the Kiota CLI, and rewrites docs/corpus.md. Not part of Default, nor of CI.
Task("Corpus")
    .Does(() =>
    {
        var arguments = "tests/corpus/run.sh";
        var only = Argument("corpus-only", "");
        if (only.Length > 0)
        {
            arguments += $" --only {only}";
        }

        var exitCode = StartProcess("bash", new ProcessSettings { Arguments = arguments });
        if (exitCode != 0)
        {
            throw new CakeException($"The corpus run failed with exit code {exitCode}.");
        }
    });

Task("Default")
    .IsDependentOn("Pack");

RunTarget(target);
