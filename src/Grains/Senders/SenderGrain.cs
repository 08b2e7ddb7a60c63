using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Senders;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Senders;

/// <summary>
/// A gateway's ticket-sender account. Holds no key: a turn is a rules check and a step along the nonce
/// sequence (<see cref="NonceLease"/>), which is stored a block ahead, so a reservation waits on no storage write
/// and sessions that sign in parallel wait on each other only microseconds.
/// </summary>
[GrainType("livepeer.sender")]
public sealed partial class SenderGrain(
    [PersistentState("sender")] IPersistentState<SenderGrainState> state,
    ILivepeerChain chain,
    IOptions<PaymentOptions> paymentOptions,
    IOptions<SenderGrainOptions> options,
    ILogger<SenderGrain> logger) : Grain, ISenderGrain
{
    private EthAddress _address;
    private NonceLease? _lease;
    private Task _extending = Task.CompletedTask;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (!EthAddress.TryParse(key, out _address, out var error))
        {
            throw new ArgumentException($"a sender grain is keyed by the gateway's ETH address: {error}");
        }
        if (state.State.HasAccount)
        {
            PublishFunds();
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LivepeerBalances.ForgetSender(_address);
        await _extending;
    }

    public Task<SenderAccount?> GetAccount() =>
        Task.FromResult(state.State.HasAccount ? new SenderAccount(state.State.ToSenderInfo(), state.State.ReadAtBlock) : null);

    public async Task<SenderAccount> Refresh()
    {
        var time = await Round.Get();
        // One write at a time: a block stored in the background would otherwise race this one on the etag.
        await _extending;
        await ReadAccountAsync(time.LastL1Block);
        await state.WriteStateAsync();
        return new SenderAccount(state.State.ToSenderInfo(), state.State.ReadAtBlock);
    }

    public async Task<TicketReservation> ReserveTickets(TicketParams ticketParams, int count)
    {
        ArgumentNullException.ThrowIfNull(ticketParams);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var time = await Round.Get();
        if (!time.IsKnown)
        {
            return TicketReservation.Refused(GrainErrors.ChainTimeUnknown);
        }
        if (!state.State.HasAccount || time.LastL1Block - state.State.ReadAtBlock > options.Value.AccountMaxAgeBlocks)
        {
            // The view read here is stored with the next write; the state is not changed while one is on its way.
            await _extending;
            try
            {
                await ReadAccountAsync(time.LastL1Block);
            }
            catch (ChainUnavailableException e) when (state.State.HasAccount)
            {
                // A view a few blocks old still protects the deposit; the contract has the final word.
                LogStaleAccount(_address.ToString(), state.State.ReadAtBlock, e.Message);
            }
            catch (ChainUnavailableException e)
            {
                return TicketReservation.Refused($"unable to validate sender: could not get sender info: {e.Message}");
            }
        }

        var error = SenderTicketRules.Validate(ticketParams, count, state.State.ToSenderInfo(), time.LastL1Block, time.LastInitializedRound, paymentOptions.Value);
        if (error is not null)
        {
            return TicketReservation.Refused(error);
        }
        var expiration = SenderTicketRules.ExpirationParamsFor(ticketParams, time.LastInitializedRound, time.RoundBlockHash);
        uint firstNonce = await TakeNoncesAsync(count);
        return new TicketReservation(null, firstNonce, count, expiration);
    }

    /// <summary>
    /// Nonces from the stored block: no write on the way unless the block is used up (or this activation has none
    /// yet: it never hands out a nonce an earlier activation may have, and a second activation of this grain
    /// loses that first write on its etag). The next block is stored in the background once half is used.
    /// </summary>
    private async Task<uint> TakeNoncesAsync(int count)
    {
        var lease = _lease ??= new NonceLease(StoredLeaseEnd());
        if (!lease.TryTake(count, out uint first))
        {
            await _extending;
            if (!lease.TryTake(count, out first))
            {
                await StoreLeaseAsync(lease.EndCovering(count, options.Value.NonceBlock));
                if (!lease.TryTake(count, out first))
                {
                    throw new InvalidOperationException($"sender {_address}: {count} nonces do not fit the block just stored");
                }
            }
        }
        if (lease.Remaining < options.Value.NonceBlock / 2 && _extending.IsCompleted)
        {
            _extending = ExtendInBackgroundAsync(lease.EndCovering(1, options.Value.NonceBlock));
        }
        return first;
    }

    private async Task ExtendInBackgroundAsync(long end)
    {
        try
        {
            await StoreLeaseAsync(end);
        }
        catch (Exception e)
        {
            // Nonces past the stored end are never handed out; the next reservation that needs them stores again.
            LogLeaseStoreFailed(e, _address.ToString(), end);
        }
    }

    private async Task StoreLeaseAsync(long end)
    {
        state.State.NonceLeaseEnd = end;
        // Counters of the per-params era are folded into the stored end (StoredLeaseEnd) and go with this write.
        state.State.Nonces.Clear();
        await state.WriteStateAsync();
        _lease!.Stored(end);
    }

    // Where a fresh activation starts: past every position any earlier activation stored, and past the counters
    // a state written before the shared sequence still has (each began at nonce 1 under its own params).
    private long StoredLeaseEnd()
    {
        long end = state.State.NonceLeaseEnd;
        foreach (var counter in state.State.Nonces.Values)
        {
            end = Math.Max(end, NonceLease.After(counter.LastNonce));
        }
        return end;
    }

    private IRoundGrain Round => GrainFactory.GetGrain<IRoundGrain>(chain.ChainId);

    private async Task ReadAccountAsync(long block)
    {
        var info = await chain.GetSenderInfoAsync(_address);
        state.State.SetAccount(info, block);
        PublishFunds();
    }

    private void PublishFunds()
    {
        var info = state.State.ToSenderInfo();
        LivepeerBalances.SetSenderFunds(_address, info.Deposit, info.Reserve.FundsRemaining);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sender {Sender}: the nonce block up to position {End} could not be stored; nonces past the stored block wait for the next try")]
    private partial void LogLeaseStoreFailed(Exception exception, string sender, long end);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sender {Sender}: using the funds view read at block {Block}; chain unavailable: {Reason}")]
    private partial void LogStaleAccount(string sender, long block, string reason);
}
