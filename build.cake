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

// Benchmarks (tests/Prevu3d.Benchmarks): dotnet cake --target=Bench [--bench-job=short|full] [--bench-only=Parsing,Walk] [--bench-baseline=GIT-REF]
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

        // --bench-baseline=REF also times the generator built from that commit, in the same run (section 5b).
        var environment = new Dictionary<string, string>();
        var baseline = Argument("bench-baseline", "");
        if (baseline.Length > 0)
        {
            var built = StartProcess("bash", new ProcessSettings
            {
                Arguments = $"tests/Prevu3d.Benchmarks/build-baseline-generator.sh {baseline}",
                RedirectStandardOutput = true,
            }, out var lines);
            if (built != 0)
            {
                throw new CakeException($"Building the baseline generator at {baseline} failed with exit code {built}.");
            }

            environment["PREVU3D_BASELINE_GENERATOR_DIR"] = lines.Last();
        }

        var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments, EnvironmentVariables = environment });
        if (exitCode != 0)
        {
            throw new CakeException($"The benchmarks failed with exit code {exitCode}.");
        }
    });

Task("Default")
    .IsDependentOn("Pack");

RunTarget(target);
