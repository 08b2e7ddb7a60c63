namespace Livepeer.Protocol.Payments;

/// <summary>
/// A sender's nonce counter for one set of params (one recipientRandHash). It starts at 0 and each
/// ticket takes the next value, so the first ticket carries nonce 1 (pm-protocol.md §4). Nonces are
/// uint32 and wrap, as in go-livepeer; a recipient accepts at most 600 per params anyway.
/// </summary>
public readonly record struct SenderNonceCounter(uint LastNonce)
{
    /// <summary>The counter of params no ticket was signed for yet.</summary>
    public static SenderNonceCounter Fresh => default;

    /// <summary>Takes <paramref name="count"/> consecutive nonces; returns the advanced counter.</summary>
    public SenderNonceCounter Reserve(int count, out uint firstNonce)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        firstNonce = unchecked(LastNonce + 1);
        return new SenderNonceCounter(unchecked(LastNonce + (uint)count));
    }
}
