using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>
/// A host lifetime that leaves the process alone: the default console lifetime would hook Ctrl+C and
/// SIGTERM, which belong to whoever embeds the emulator (a test run, the CLI, the standalone command).
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
