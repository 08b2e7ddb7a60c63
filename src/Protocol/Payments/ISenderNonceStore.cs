using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The nonces a recipient has seen, per recipientRand (pm-protocol.md §3.5 step 7). A set is
/// created by the first nonce added for a recipientRand and may be dropped once its params'
/// expiration block is no longer ahead of the latest L1 block. Calls come from one thread at a
/// time (the receiving grain).
/// </summary>
public interface ISenderNonceStore
{
    bool Contains(in Hash32 recipientRand, uint nonce);

    /// <summary>How many distinct nonces are recorded for <paramref name="recipientRand"/>.</summary>
    int Count(in Hash32 recipientRand);

    /// <summary>Records a nonce; <paramref name="expirationBlock"/> is the params' expiration block, kept with a new set.</summary>
    void Add(in Hash32 recipientRand, uint nonce, long expirationBlock);
}
