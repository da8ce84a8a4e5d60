using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Hierarchy;

/// <summary>
/// Walks a subtree of the organization → division → site → folder → asset hierarchy with a
/// bounded number of browse requests in flight, streaming nodes as they arrive.
/// </summary>
/// <remarks>
/// Nodes come in arrival order, not tree order, each exactly once and never before its parent: each carries
/// its parent id and depth so a caller can rebuild the tree. A node that is browsed is returned once its browse
/// has answered, so a branch the API refuses (403) or no longer knows (404) comes back as its node with
/// <see cref="WalkedNode.BrowseError"/> set, and the walk goes on
/// (<see cref="HierarchyWalkOptions.SkipUnreadableBranches"/>). Any other failed browse, or a failed browse of the
/// root, ends the walk with that exception; abandoning the enumeration cancels the requests still in flight.
/// </remarks>
public sealed class HierarchyWalker
{
    private readonly Func<string, CancellationToken, Task<IReadOnlyList<Node>?>> _browse;

    /// <summary>Creates a walker that browses through a RealityConnect client.</summary>
    /// <param name="client">The client whose <c>V1.Nodes[id].Browse</c> operation is called.</param>
    public HierarchyWalker(RealityConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _browse = async (id, cancellationToken) =>
            await client.V1.Nodes[id].Browse.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a walker over any browse function (a cache, a test double, another transport).</summary>
    /// <param name="browse">Returns the children of the node with the given id.</param>
    public HierarchyWalker(Func<string, CancellationToken, Task<IReadOnlyList<Node>?>> browse)
    {
        ArgumentNullException.ThrowIfNull(browse);
        _browse = browse;
    }

    /// <summary>Streams every node below <paramref name="rootId"/>.</summary>
    /// <param name="rootId">The node to start from (the organization id walks the whole organization).</param>
    /// <param name="options">Concurrency, depth and pruning settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the walk and the requests in flight.</param>
    /// <returns>The nodes of the subtree, root excluded, in arrival order.</returns>
    public IAsyncEnumerable<WalkedNode> WalkAsync(Guid rootId, HierarchyWalkOptions? options = null, CancellationToken cancellationToken = default)
        => WalkAsync(rootId.ToString("D", CultureInfo.InvariantCulture), options, cancellationToken);

    /// <summary>Streams every node below <paramref name="rootId"/>.</summary>
    /// <param name="rootId">The node to start from (the organization id walks the whole organization).</param>
    /// <param name="options">Concurrency, depth and pruning settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the walk and the requests in flight.</param>
    /// <returns>The nodes of the subtree, root excluded, in arrival order.</returns>
    public IAsyncEnumerable<WalkedNode> WalkAsync(string rootId, HierarchyWalkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootId);
        return WalkCoreAsync(rootId, options ?? new HierarchyWalkOptions(), cancellationToken);
    }

    private async IAsyncEnumerable<WalkedNode> WalkCoreAsync(
        string rootId,
        HierarchyWalkOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var state = new WalkState(options, cancellationToken);
        state.Enqueue(rootId, 0);

        var workers = new Task[options.MaxConcurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => RunWorkerAsync(state), CancellationToken.None);
        }

        var completion = CompleteWhenWorkersEndAsync(workers, state);
        try
        {
            await foreach (var node in state.Results.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return node;
            }
        }
        finally
        {
            // Ends in-flight browses when the caller stops early or fails; a no-op after a full walk.
            await state.CancelAsync().ConfigureAwait(false);
            await completion.ConfigureAwait(false);
        }
    }

    private static async Task CompleteWhenWorkersEndAsync(Task[] workers, WalkState state)
    {
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            // Worker failures are already reported through the results channel.
        }

        state.Results.Writer.TryComplete();
    }

    private async Task RunWorkerAsync(WalkState state)
    {
        try
        {
            await foreach (var (id, depth, node) in state.Work.Reader.ReadAllAsync(state.CancellationToken).ConfigureAwait(false))
            {
                IReadOnlyList<Node> children;
                try
                {
                    children = await _browse(id, state.CancellationToken).ConfigureAwait(false) ?? Array.Empty<Node>();
                }
                catch (ApiException error) when (node is not null && state.SkipUnreadableBranches && IsUnreadableBranch(error))
                {
                    // This branch alone is lost: report its node with the reason, and let the rest of the walk go on.
                    await state.Results.Writer.WriteAsync(node with { BrowseError = error }, state.CancellationToken).ConfigureAwait(false);
                    state.MarkDone();
                    continue;
                }

                // A browsed node is returned once its browse has answered, so it carries the outcome (the root is not returned).
                if (node is not null)
                {
                    await state.Results.Writer.WriteAsync(node, state.CancellationToken).ConfigureAwait(false);
                }

                foreach (var child in children)
                {
                    var walked = new WalkedNode(child, id, depth + 1);
                    if (state.ShouldDescend(child, depth + 1) && child.Id is { } childId)
                    {
                        state.Enqueue(childId.ToString("D", CultureInfo.InvariantCulture), depth + 1, walked);
                    }
                    else
                    {
                        await state.Results.Writer.WriteAsync(walked, state.CancellationToken).ConfigureAwait(false);
                    }
                }

                state.MarkDone();
            }
        }
        catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
        {
            // Cancellation is reported by the reader side; another worker's failure may be the cause.
            state.Results.Writer.TryComplete(state.Failure);
        }
        catch (Exception exception)
        {
            state.Fail(exception);
        }
    }

    // 403: the service user may not browse this node; 404: the node was deleted after its parent was listed.
    // Neither says anything about the other branches. 401 is not here: it is about the credentials, not the node.
    private static bool IsUnreadableBranch(ApiException error) => error.ResponseStatusCode is 403 or 404;
}
