using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Models;

namespace Prevu3d.RealityConnect.Hierarchy;

/// <summary>The shared state of one walk: its work queue, result channel and pending count.</summary>
internal sealed class WalkState : IDisposable
{
    // Results are buffered up to this many nodes; past it, browsing waits for the consumer.
    private const int ResultBufferSize = 4096;

    private readonly HierarchyWalkOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private int _pending;
    private Exception? _failure;

    public WalkState(HierarchyWalkOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken = _cancellation.Token;
        Results = Channel.CreateBounded<WalkedNode>(new BoundedChannelOptions(ResultBufferSize) { SingleReader = true });
    }

    /// <summary>Nodes waiting to be browsed: the root (no <see cref="WalkedNode"/>) or a listed node, returned once browsed.</summary>
    public Channel<(string Id, int Depth, WalkedNode? Node)> Work { get; } =
        Channel.CreateUnbounded<(string Id, int Depth, WalkedNode? Node)>(new UnboundedChannelOptions { SingleWriter = false });

    public Channel<WalkedNode> Results { get; }

    public CancellationToken CancellationToken { get; }

    public Exception? Failure => Volatile.Read(ref _failure);

    public bool ShouldDescend(Node child, int childDepth)
        => (_options.MaxDepth is not { } maxDepth || childDepth < maxDepth) && _options.ShouldBrowse(child);

    public bool SkipUnreadableBranches => _options.SkipUnreadableBranches;

    public void Enqueue(string id, int depth, WalkedNode? node = null)
    {
        Interlocked.Increment(ref _pending);
        Work.Writer.TryWrite((id, depth, node));
    }

    public void MarkDone()
    {
        // The last finished browse with nothing queued behind it ends the walk.
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            Work.Writer.TryComplete();
        }
    }

    public void Fail(Exception exception)
    {
        Interlocked.CompareExchange(ref _failure, exception, null);
        Work.Writer.TryComplete();
        Results.Writer.TryComplete(Failure);

        // The walk has failed: the other workers' requests are no longer wanted.
        _cancellation.Cancel();
    }

    public Task CancelAsync() => _cancellation.CancelAsync();

    public void Dispose() => _cancellation.Dispose();
}
