using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.Benchmarks.Infrastructure;

/// <summary>
/// The emulator started as its own process (<c>dotnet Prevu3d.RealityConnect.Emulator.dll --nodes …</c>),
/// so its Kestrel threads and allocations are not the benchmark's. Its URLs are read from the banner it prints.
/// Disposing kills that one process (by its id).
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private EmulatorProcess(Process process, EmulatorEndpoints endpoints)
    {
        _process = process;
        Endpoints = endpoints;
    }

    public EmulatorEndpoints Endpoints { get; }

    public static EmulatorProcess Start(int nodes, int seed, TimeSpan latency = default)
    {
        if (!File.Exists(RepoPaths.EmulatorDll))
        {
            throw new FileNotFoundException("Build the emulator first (building this project does it).", RepoPaths.EmulatorDll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // A redirected input makes the emulator non-interactive (no key reading).
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.EmulatorDll);
        start.ArgumentList.Add("--nodes");
        start.ArgumentList.Add(nodes.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--seed");
        start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        if (latency > TimeSpan.Zero)
        {
            start.ArgumentList.Add("--latency");
            start.ArgumentList.Add(((int)latency.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator did not start.");
        try
        {
            var endpoints = ReadBanner(process);
            process.BeginErrorReadLine();
            return new EmulatorProcess(process, endpoints);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static EmulatorEndpoints ReadBanner(Process process)
    {
        string? authority = null, api = null, clientId = null, clientSecret = null;
        Guid organization = default;
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            var read = process.StandardOutput.ReadLineAsync(timeout.Token).AsTask();
            var line = read.GetAwaiter().GetResult()
                ?? throw new InvalidOperationException("The emulator exited before printing its URLs: " + process.StandardError.ReadToEnd());
            var text = line.Trim();
            if (Value(text, "Authority") is { } a)
            {
                authority = a;
            }
            else if (Value(text, "API") is { } b)
            {
                api = b;
            }
            else if (Value(text, "Organization") is { } o)
            {
                organization = Guid.Parse(o.Split(' ')[0], CultureInfo.InvariantCulture);
            }
            else if (Value(text, "Client id") is { } id)
            {
                clientId = id;
            }
            else if (Value(text, "Client secret") is { } secret)
            {
                clientSecret = secret;
            }
            else if (text.StartsWith("Try:", StringComparison.Ordinal))
            {
                break;
            }
        }

        // Keep draining the banner's last lines so the child never blocks on a full pipe.
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is not null)
            {
            }
        });

        return new EmulatorEndpoints(
            authority ?? throw new InvalidOperationException("No authority URL in the banner."),
            api ?? throw new InvalidOperationException("No API URL in the banner."),
            organization,
            clientId ?? throw new InvalidOperationException("No client id in the banner."),
            clientSecret ?? throw new InvalidOperationException("No client secret in the banner."));
    }

    private static string? Value(string line, string label)
        => line.StartsWith(label + " ", StringComparison.Ordinal) ? line[label.Length..].Trim() : null;
}
