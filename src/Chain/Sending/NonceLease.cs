using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Sending;

/// <summary>
/// A reserved nonce, holding its account's lock until disposed. <see cref="Commit"/> once the node
/// accepted a transaction with it; a lease disposed without a commit makes the next lease re-read
/// the nonce from the node.
/// </summary>
public sealed class NonceLease : IDisposable
{
    private readonly AccountNonceState _state;
    private bool _committed;
    private bool _disposed;

    internal NonceLease(EthAddress account, ulong nonce, AccountNonceState state)
    {
        Account = account;
        Nonce = nonce;
        _state = state;
    }

    public EthAddress Account { get; }

    public ulong Nonce { get; }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _committed = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _state.Next = _committed ? Nonce + 1 : null;
        _state.Gate.Release();
    }
}
