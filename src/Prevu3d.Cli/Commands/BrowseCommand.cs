using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using Spectre.Console;

namespace Prevu3d.Cli.Commands;

/// <summary><c>prevu3d browse [nodeId]</c>: the children of one node.</summary>
internal static class BrowseCommand
{
    public static Command Create(CommandContext context)
    {
        var nodeId = new Argument<string?>("nodeId")
        {
            Description = "The node to browse (default: the organization).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("browse", "List the children of a node.");
        command.Arguments.Add(nodeId);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (connection, json, ct) =>
        {
            var id = await NodeIds.ResolveAsync(connection.Client, parseResult.GetValue(nodeId), ct).ConfigureAwait(false);
            var children = await connection.Client.V1.Nodes[id].Browse.GetAsync(cancellationToken: ct).ConfigureAwait(false) ?? [];
            if (json)
            {
                await context.Console.Output.WriteLineAsync(await KiotaJsonSerializer.SerializeAsStringAsync(children, serializeOnlyChangedValues: false, cancellationToken: ct).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            }

            if (children.Count == 0)
            {
                await context.Console.Output.WriteLineAsync($"Node {id} has no children.").ConfigureAwait(false);
                return;
            }

            var table = new Table().AddColumn("Id").AddColumn("Type").AddColumn("Name");
            foreach (var child in children)
            {
                table.AddRow(Markup.Escape(child.Id?.ToString() ?? "?"), Markup.Escape(child.Type ?? "?"), Markup.Escape(child.Name ?? "?"));
            }

            context.Console.Ansi.Write(table);
        }, cancellationToken));
        return command;
    }
}
