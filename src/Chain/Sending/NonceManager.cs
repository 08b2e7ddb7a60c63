using System.Collections.Concurrent;
using Livepeer.Chain.JsonRpc;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Livepeer.Chain.Sending;

/// <summary>
/// Hands out nonces per sending account so concurrent sends never share or skip one. Each account
/// has one lock: a <see cref="NonceLease"/> holds it from the nonce's reservation until the node
/// accepted (<see cref="NonceLease.Commit"/>) or refused the transaction. The next nonce is kept
/// locally and read again from eth_getTransactionCount("pending") at first use and after any send
/// that did not commit, so a failure or a transaction sent elsewhere never leaves it stale.
/// </summary>
public sealed class NonceManager
{
    private readonly EthClient _eth;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<EthAddress, AccountNonceState> _accounts = new();

    public NonceManager(EthClient eth, ILogger<NonceManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(eth);
        _eth = eth;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Waits for the account's lock and reserves its next nonce. Dispose the lease to release the lock.</summary>
    public async Task<NonceLease> AcquireAsync(EthAddress account, CancellationToken cancellationToken = default)
    {
        var state = _accounts.GetOrAdd(account, _ => new AccountNonceState());
        await state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (state.Next is not { } next)
            {
                next = await _eth.GetTransactionCountAsync(account, BlockTag.Pending, cancellationToken).ConfigureAwait(false);
                SendingLog.NonceSynced(_logger, account.ToString(), next);
                state.Next = next;
            }
            return new NonceLease(account, next, state);
        }
        catch
        {
            state.Gate.Release();
            throw;
        }
    }

    /// <summary>Forgets the local nonce of <paramref name="account"/>; the next lease reads it from the node.</summary>
    public async Task ResyncAsync(EthAddress account, CancellationToken cancellationToken = default)
    {
        var state = _accounts.GetOrAdd(account, _ => new AccountNonceState());
        await state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        state.Next = null;
        state.Gate.Release();
    }
}
