using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using Spectre.Console;

namespace Prevu3d.Cli.Commands;

/// <summary><c>prevu3d info</c>: who the token belongs to and where its organization's API lives.</summary>
internal static class InfoCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("info", "Show api-info: user, organization, regional API URL and scopes.");
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (connection, json, ct) =>
        {
            var info = await connection.Client.GetApiInfoAsync(ct).ConfigureAwait(false);
            if (json)
            {
                await context.Console.Output.WriteLineAsync(await KiotaJsonSerializer.SerializeAsStringAsync(info, serializeOnlyChangedValues: false, cancellationToken: ct).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("User", Markup.Escape($"{info.User?.FirstName} {info.User?.LastName} <{info.User?.Email}> ({info.User?.Id})"));
            grid.AddRow("Organization", Markup.Escape($"{info.Organization?.Name} ({info.Organization?.Id})"));
            grid.AddRow("API URL", Markup.Escape(info.ApiUrl ?? "(none)"));
            grid.AddRow("Scopes", Markup.Escape(info.Scopes is { Count: > 0 } scopes ? string.Join(", ", scopes) : "(none)"));
            grid.AddRow("Issued at", Markup.Escape(info.IssuedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "(unknown)"));
            grid.AddRow("Expires at", Markup.Escape(info.ExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "(not given)"));
            context.Console.Ansi.Write(grid);
        }, cancellationToken));
        return command;
    }
}
