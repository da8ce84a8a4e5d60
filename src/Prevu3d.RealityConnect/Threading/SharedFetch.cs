using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.Threading;

/// <summary>
/// A cached value fetched by at most one operation at a time, however many callers wait for it.
/// </summary>
/// <remarks>
/// The fetch runs under the owner's lifetime token, not a caller's: a caller that cancels stops
/// waiting, the others still get the value. A failed fetch reaches every waiter and is not cached.
/// </remarks>
/// <typeparam name="T">The cached value.</typeparam>
internal sealed class SharedFetch<T> : IDisposable
    where T : class
{
    private readonly Func<CancellationToken, Task<T>> _fetch;
    private readonly Func<T, bool> _isFresh;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lock _gate = new();
    private T? _value;
    private Task<T>? _inFlight;

    /// <summary>Creates the cache.</summary>
    /// <param name="fetch">Produces a new value; called by one caller at a time.</param>
    /// <param name="isFresh">Whether a cached value can still be handed out.</param>
    public SharedFetch(Func<CancellationToken, Task<T>> fetch, Func<T, bool> isFresh)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(isFresh);
        _fetch = fetch;
        _isFresh = isFresh;
    }

    /// <summary>Returns the cached value while fresh, else joins (or starts) the one fetch in flight.</summary>
    /// <param name="cancellationToken">Stops this caller's wait, not the shared fetch.</param>
    /// <returns>The value.</returns>
    public Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        Task<T> inFlight;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_lifetime.IsCancellationRequested, this);
            if (_value is { } value && _isFresh(value))
            {
                return Task.FromResult(value);
            }

            // Runs on the pool, so its completion (which takes this lock) always follows the assignment.
            _inFlight ??= Task.Run(RunFetchAsync, CancellationToken.None);
            inFlight = _inFlight;
        }

        return inFlight.WaitAsync(cancellationToken);
    }

    /// <summary>The cached value when it is fresh: the common case, answered without a task.</summary>
    /// <param name="value">The value, when fresh.</param>
    /// <returns><see langword="true"/> when a fresh value is cached.</returns>
    public bool TryGetFresh([NotNullWhen(true)] out T? value)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_lifetime.IsCancellationRequested, this);
            value = _value is { } cached && _isFresh(cached) ? cached : null;
            return value is not null;
        }
    }

    /// <summary>Drops the cached value if <paramref name="isStale"/> says it is the one that failed.</summary>
    /// <param name="isStale">Identifies the stale value; a newer value is kept.</param>
    /// <returns><see langword="true"/> when the value was dropped.</returns>
    public bool Invalidate(Func<T, bool> isStale)
    {
        ArgumentNullException.ThrowIfNull(isStale);
        lock (_gate)
        {
            if (_value is { } value && isStale(value))
            {
                _value = null;
                return true;
            }

            return false;
        }
    }

    /// <summary>Cancels a fetch in flight; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_lifetime.IsCancellationRequested)
            {
                return;
            }

            // Not disposed: a fetch still running may hold its token, and this source has no timer to free.
            _lifetime.Cancel();
        }
    }

    // Publishes the value and clears the in-flight slot before the task completes, so no caller
    // ever joins a finished fetch; a failure leaves the slot empty for the next caller to retry.
    private async Task<T> RunFetchAsync()
    {
        try
        {
            var value = await _fetch(_lifetime.Token).ConfigureAwait(false);
            lock (_gate)
            {
                _value = value;
            }

            return value;
        }
        finally
        {
            lock (_gate)
            {
                _inFlight = null;
            }
        }
    }
}
