namespace Livepeer.Chain.Sending;

/// <summary>One account's nonce lock and next nonce (null = read it from the node); <see cref="Next"/> is only touched while <see cref="Gate"/> is held.</summary>
internal sealed class AccountNonceState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public ulong? Next { get; set; }
}
