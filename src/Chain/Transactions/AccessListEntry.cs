using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Transactions;

/// <summary>One EIP-2930 access-list entry: an address and the storage slots the transaction will touch.</summary>
public sealed record AccessListEntry(EthAddress Address, IReadOnlyList<Hash32> StorageKeys)
{
    public IReadOnlyList<Hash32> StorageKeys { get; init => field = value ?? throw new ArgumentNullException(nameof(StorageKeys)); } =
        StorageKeys ?? throw new ArgumentNullException(nameof(StorageKeys));
}
