using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.Emulator.CommandLine;

/// <summary>What the standalone emulator prints once it listens: URLs, credentials and a first command to try.</summary>
internal static class EmulatorBanner
{
    public static async Task WriteAsync(
        TextWriter output,
        RealityConnectEmulator emulator,
        RealityConnectEmulatorOptions options,
        IReadOnlyCollection<string> faults,
        TimeSpan? revokeEvery,
        bool interactive)
    {
        var organization = emulator.Hierarchy.Organization;
        var lines = new List<string>
        {
            $"RealityConnect emulator: {emulator.Hierarchy.Count} nodes, seed {emulator.Hierarchy.Seed}",
            $"  Authority      {emulator.AuthorityUrl}",
            $"  API            {emulator.ApiUrl}",
            $"  Organization   {organization.Id} ({organization.Name})",
            $"  Client id      {emulator.ClientId}",
            $"  Client secret  {emulator.ClientSecret}",
            $"  Tokens         {DurationParser.Format(options.TokenLifetime)} lifetime, {(options.Rfc6749TokenShape ? "RFC 6749 shape" : "documented shape")}"
                + (revokeEvery is { } period ? $", all revoked every {DurationParser.Format(period)}" : string.Empty),
        };
        if (options.Latency > TimeSpan.Zero)
        {
            lines.Add($"  Latency        {DurationParser.Format(options.Latency)}");
        }

        if (faults.Count > 0)
        {
            lines.Add($"  Faults         {string.Join(", ", faults)}");
        }

        lines.Add(string.Empty);
        lines.Add($"Try: curl -s -u '{emulator.ClientId}:{emulator.ClientSecret}' -d grant_type=client_credentials {emulator.AuthorityUrl}/oauth/token");
        lines.Add(interactive ? "Press Ctrl+C to stop, R to revoke every token issued so far." : "Press Ctrl+C to stop.");
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
    }
}
