using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace Prevu3d.RealityConnect.Emulator.Tokens;

/// <summary>
/// The claims of bearer tokens whose ES512 signature was already verified, so a token sent again skips the
/// P-521 verification (about 0.6 ms) and the claims parsing. Keyed by the exact token text: any other text,
/// a tampered copy included, is a miss and is verified in full. Thread-safe; lookups take no lock.
/// </summary>
/// <remarks>
/// Only what cannot change is cached: the signature and the claims. Expiry and revocation depend on the clock
/// and on <see cref="TokenService.RevokeAll"/>, so <see cref="TokenService"/> checks them on every request.
/// At most <see cref="Capacity"/> tokens are kept, the oldest evicted first, so a flood of distinct tokens
/// cannot grow memory without limit.
/// </remarks>
internal sealed class VerifiedTokenCache
{
    /// <summary>Far more tokens than an emulator session has alive, a few megabytes at most.</summary>
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<string, TokenClaims> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> insertionOrder = new();
    private readonly Lock gate = new();

    public VerifiedTokenCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most tokens kept.</summary>
    public int Capacity { get; }

    /// <summary>How many tokens are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return insertionOrder.Count;
            }
        }
    }

    /// <summary>The claims of <paramref name="token"/> if its signature was verified before.</summary>
    public bool TryGet(string token, [NotNullWhen(true)] out TokenClaims? claims) => entries.TryGetValue(token, out claims);

    /// <summary>Remembers a token whose signature and claims were just verified.</summary>
    public void Add(string token, TokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(claims);
        lock (gate)
        {
            // Two requests may verify the same token at once: the first one in records it.
            if (!entries.TryAdd(token, claims))
            {
                return;
            }

            insertionOrder.Enqueue(token);
            if (insertionOrder.Count > Capacity)
            {
                entries.TryRemove(insertionOrder.Dequeue(), out _);
            }
        }
    }
}
