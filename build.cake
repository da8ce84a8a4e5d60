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

// Benchmarks (tests/Prevu3d.Benchmarks): dotnet cake --target=Bench [--bench-job=short|launches|full] [--bench-only=Parsing,Walk] [--bench-baseline=GIT-REF]
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

// Native AOT (samples/Prevu3d.AotSample): dotnet cake --target=Aot. Not part of Default nor CI.
// Installs clang and zlib1g-dev with apt-get when clang is missing (Native AOT links with them), publishes
// the sample with PublishAot=true (failing on any IL2xxx/IL3xxx warning) and as a JIT app, runs both against
// the emulator, and writes their size, start-up time and peak memory to artifacts/aot/report.md.
Task("Aot")
    .Does(() =>
    {
        var aot = artifacts + Directory("aot");
        CleanDirectory(aot);
        EnsureNativeToolchain();

        var sample = "samples/Prevu3d.AotSample/Prevu3d.AotSample.csproj";
        var native = aot + Directory("native");
        var jit = aot + Directory("jit");
        var publishLog = RunChecked("dotnet", $"publish {sample} -c Release -r linux-x64 -o {native}");
        System.IO.File.WriteAllLines(aot + File("publish-native.log"), publishLog);
        var trimWarnings = publishLog.Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"warning IL[23]\d{3}")).Distinct().ToList();
        if (trimWarnings.Count > 0)
        {
            throw new CakeException("Native AOT publish warnings:\n" + string.Join("\n", trimWarnings));
        }

        RunChecked("dotnet", $"publish {sample} -c Release -p:PublishAot=false -o {jit}");
        RunChecked("dotnet", "build src/Prevu3d.RealityConnect.Emulator -c Release");

        // A standalone emulator on fixed loopback ports with known demo credentials.
        var (authorityPort, apiPort) = (47611, 47612);
        var emulator = StartAndReturnProcess("dotnet", new ProcessSettings
        {
            Arguments = $"src/Prevu3d.RealityConnect.Emulator/bin/Release/net10.0/Prevu3d.RealityConnect.Emulator.dll --nodes 1000 --authority-port {authorityPort} --api-port {apiPort} --client-id aot-sample --client-secret aot-sample-secret",
            RedirectStandardOutput = true,
        });
        try
        {
            WaitForPort(authorityPort, TimeSpan.FromSeconds(60));
            var environment = new Dictionary<string, string>
            {
                ["PREVU3D_CLIENT_ID"] = "aot-sample",
                ["PREVU3D_CLIENT_SECRET"] = "aot-sample-secret",
                ["PREVU3D_AUTHORITY_URL"] = $"http://127.0.0.1:{authorityPort}",
            };
            var nativeExe = native + File("Prevu3d.AotSample");
            var rows = new[]
            {
                Measure("JIT (framework-dependent)", "dotnet", $"{jit + File("Prevu3d.AotSample.dll")}", DirectorySize(jit), environment),
                Measure("Native AOT", nativeExe.ToString(), "", new FileInfo(nativeExe.ToString()).Length, environment),
            };
            var report = new System.Text.StringBuilder()
                .AppendLine("| build | size on disk | start-up (median of 5, exits at once) | workflow + walk of 1,000 nodes (median of 5) | peak memory (workflow) |")
                .AppendLine("|---|---|---|---|---|");
            foreach (var row in rows)
            {
                report.AppendLine(row);
            }

            System.IO.File.WriteAllText(aot + File("report.md"), report.ToString());
            Information(report.ToString());
        }
        finally
        {
            emulator.Kill();
            emulator.Dispose();
        }
    });

void EnsureNativeToolchain()
{
    if (StartProcess("sh", new ProcessSettings { Arguments = "-c \"command -v clang >/dev/null && test -e /usr/include/zlib.h\"" }) == 0)
    {
        return;
    }

    Information("Installing the Native AOT toolchain: apt-get install -y clang zlib1g-dev");
    RunChecked("apt-get", "update");
    RunChecked("apt-get", "install -y clang zlib1g-dev");
}

List<string> RunChecked(string tool, string arguments, IDictionary<string, string> environment = null)
{
    var settings = new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true, RedirectStandardError = true, EnvironmentVariables = environment };
    var exitCode = StartProcess(tool, settings, out var output, out var error);
    var lines = output.Concat(error).ToList();
    if (exitCode != 0)
    {
        throw new CakeException($"'{tool} {arguments}' exited with {exitCode}:\n" + string.Join("\n", lines));
    }

    return lines;
}

void WaitForPort(int port, TimeSpan timeout)
{
    var deadline = DateTime.UtcNow + timeout;
    while (true)
    {
        try
        {
            using var tcp = new System.Net.Sockets.TcpClient();
            tcp.Connect("127.0.0.1", port);
            return;
        }
        catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
        {
            System.Threading.Thread.Sleep(200);
        }
    }
}

long DirectorySize(DirectoryPath directory)
    => new DirectoryInfo(directory.FullPath).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);

// Runs the command five times with GNU time: the median wall time of a start-up-only run and of a
// full run, and the largest peak resident memory of the full runs.
string Measure(string name, string program, string arguments, long size, IDictionary<string, string> environment)
{
    (double Seconds, long KiB) Timed(string extra)
    {
        var lines = RunChecked("/usr/bin/time", $"-f \"%e %M\" {program} {arguments} {extra}", environment);
        var last = lines.Last(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d+(\.\d+)? \d+$")).Split(' ');
        return (double.Parse(last[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(last[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    Timed("startup");
    Timed("");
    var startups = Enumerable.Range(0, 5).Select(_ => Timed("startup")).ToList();
    var runs = Enumerable.Range(0, 5).Select(_ => Timed("")).ToList();
    var startup = startups.Select(r => r.Seconds).OrderBy(s => s).ElementAt(2);
    var run = runs.Select(r => r.Seconds).OrderBy(s => s).ElementAt(2);
    var peak = runs.Max(r => r.KiB);
    return $"| {name} | {size / 1048576.0:F1} MiB | {startup * 1000:F0} ms | {run * 1000:F0} ms | {peak / 1024.0:F1} MiB |";
}

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
