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
/// A gateway's ticket-sender account. Holds no key: a turn is a rules check, a counter bump and a
/// storage write, so sessions that sign in parallel wait on each other only that long.
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

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LivepeerBalances.ForgetSender(_address);
        return Task.CompletedTask;
    }

    public Task<SenderAccount?> GetAccount() =>
        Task.FromResult(state.State.HasAccount ? new SenderAccount(state.State.ToSenderInfo(), state.State.ReadAtBlock) : null);

    public async Task<SenderAccount> Refresh()
    {
        var time = await Round.Get();
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

        var key = StateText.Of(ticketParams.RecipientRandHash);
        if (!state.State.Nonces.TryGetValue(key, out var counter))
        {
            counter = new NonceCounterState { ExpirationBlock = StateText.ClampToLong(ticketParams.ExpirationBlock) };
            state.State.Nonces.Add(key, counter);
        }
        counter.LastNonce = new SenderNonceCounter(counter.LastNonce).Reserve(count, out uint firstNonce).LastNonce;
        PruneExpired(time.LastL1Block);
        // Stored before the caller signs: a nonce handed out twice would make the recipient refuse the second ticket.
        await state.WriteStateAsync();
        return new TicketReservation(null, firstNonce, count, expiration);
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

    // Params the sender rules would refuse as expired need no counter any more.
    private void PruneExpired(long lastL1Block)
    {
        if (lastL1Block <= state.State.PrunedAtBlock)
        {
            return;
        }
        foreach (var (key, counter) in state.State.Nonces)
        {
            if (counter.ExpirationBlock <= lastL1Block)
            {
                state.State.Nonces.Remove(key);
            }
        }
        state.State.PrunedAtBlock = lastL1Block;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sender {Sender}: using the funds view read at block {Block}; chain unavailable: {Reason}")]
    private partial void LogStaleAccount(string sender, long block, string reason);
}
