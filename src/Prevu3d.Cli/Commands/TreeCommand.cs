using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Hierarchy;
using Spectre.Console;

namespace Prevu3d.Cli.Commands;

/// <summary><c>prevu3d tree [nodeId] [--depth N]</c>: a subtree drawn as a tree, walked concurrently.</summary>
internal static class TreeCommand
{
    public static Command Create(CommandContext context)
    {
        var nodeId = new Argument<string?>("nodeId")
        {
            Description = "The subtree's root (default: the organization).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var depth = new Option<int?>("--depth") { Description = "Levels to show below the root (default: all)." };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Browse requests in flight at once.",
            DefaultValueFactory = _ => HierarchyWalkOptions.DefaultMaxConcurrency,
        };
        var command = new Command("tree", "Draw the hierarchy below a node.");
        command.Arguments.Add(nodeId);
        command.Options.Add(depth);
        command.Options.Add(concurrency);
        command.SetAction((parseResult, cancellationToken) => context.RunWithCodeAsync(parseResult, async (connection, json, ct) =>
        {
            var walkOptions = new HierarchyWalkOptions
            {
                MaxDepth = parseResult.GetValue(depth),
                MaxConcurrency = parseResult.GetValue(concurrency),
            };
            var rootId = await NodeIds.ResolveAsync(connection.Client, parseResult.GetValue(nodeId), ct).ConfigureAwait(false);
            var rootLabel = await TreeLabels.RootAsync(connection.Client, rootId, ct).ConfigureAwait(false);
            var nodes = await CollectAsync(context.Console, new HierarchyWalker(connection.Client), rootId, walkOptions, json, ct).ConfigureAwait(false);
            var tree = HierarchyTree.Build(rootId, nodes);

            // Branches the service user may not browse cost those branches only: the rest is drawn, and the exit code says it is partial.
            var code = tree.Unreadable.Count == 0 ? ExitCodes.Success : ExitCodes.Partial;
            if (json)
            {
                await context.Console.Output.WriteLineAsync(await tree.ToJsonAsync(ct).ConfigureAwait(false)).ConfigureAwait(false);
                return code;
            }

            context.Console.Ansi.Write(tree.ToRenderable(rootLabel));
            var summary = tree.Unreadable.Count == 0
                ? $"{nodes.Count} nodes below {rootLabel}."
                : $"{nodes.Count} nodes below {rootLabel}; {UnreadableBranch.Summary(tree.Unreadable)}.";
            await context.Console.Output.WriteLineAsync(summary).ConfigureAwait(false);
            return code;
        }, cancellationToken));
        return command;
    }

    private static async Task<List<WalkedNode>> CollectAsync(
        CliConsole console,
        HierarchyWalker walker,
        string rootId,
        HierarchyWalkOptions options,
        bool json,
        CancellationToken cancellationToken)
    {
        var nodes = new List<WalkedNode>();
        if (json || !console.Interactive)
        {
            await foreach (var node in walker.WalkAsync(rootId, options, cancellationToken).ConfigureAwait(false))
            {
                nodes.Add(node);
            }

            return nodes;
        }

        // On a terminal, a live count shows progress through large hierarchies.
        await console.Ansi.Status().StartAsync("Walking the hierarchy…", async status =>
        {
            await foreach (var node in walker.WalkAsync(rootId, options, cancellationToken).ConfigureAwait(false))
            {
                nodes.Add(node);
                if (nodes.Count % 100 == 0)
                {
                    status.Status($"Walking the hierarchy… {nodes.Count} nodes");
                }
            }
        }).ConfigureAwait(false);
        return nodes;
    }
}
