using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Redemption;

/// <summary>
/// An orchestrator's winning tickets until redeemed (pm-protocol.md §5.2). A winner is redeemed only
/// after its params expired (so its revealed recipientRand is useless to a replaying sender), after
/// checking the chain has not marked it used and that its face value beats the gas of redeeming it.
/// <para>
/// Exactly once: the state is written with the winner marked <see cref="RedemptionStatus.Sending"/>
/// before the transaction and with the outcome after it. The window this accepts: a crash after the
/// transaction left but before the outcome was stored. The winner is then found still Sending; the
/// next pass asks the chain whether the ticket is used — if so it is recorded as redeemed (its
/// transaction hash unknown), if not it is sent again. A transaction still unmined at that moment
/// can be sent twice; the second reverts ("ticket is used") and costs gas but never pays twice.
/// </para>
/// </summary>
[GrainType("livepeer.redemptionqueue")]
public sealed partial class RedemptionQueueGrain(
    [PersistentState("redemptions")] IPersistentState<RedemptionQueueState> state,
    ILivepeerChain chain,
    IOptions<PaymentOptions> paymentOptions,
    IOptions<RedemptionQueueOptions> options,
    TimeProvider clock,
    ILogger<RedemptionQueueGrain> logger) : Grain, IRedemptionQueueGrain
{
    public const string TicketAlreadyUsed = "ticket already used";
    public const string FaceValueBelowTxCost = "insufficient ticket face value for redeem tx cost";
    public const string TicketExpired = "ticket is expired";
    public const string UsedBeforeRestart = "found used on chain after an interrupted send; transaction hash unknown";

    private readonly List<Tracked> _entries = [];
    private readonly HashSet<Hash32> _known = [];
    private EthAddress _orchestrator;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!EthAddress.TryParse(this.GetPrimaryKeyString(), out _orchestrator, out var error))
        {
            throw new ArgumentException($"a redemption queue is keyed by the orchestrator's ETH address: {error}");
        }
        foreach (var stored in state.State.Entries)
        {
            var tracked = new Tracked(stored, stored.Winner.ToWinningTicket(), StateText.Hash(stored.TicketHash));
            _entries.Add(tracked);
            _known.Add(tracked.Hash);
        }
        return Task.CompletedTask;
    }

    public async Task<int> Enqueue(IReadOnlyList<WinningTicket> winners)
    {
        ArgumentNullException.ThrowIfNull(winners);
        int added = 0;
        foreach (var winner in winners)
        {
            ArgumentNullException.ThrowIfNull(winner, nameof(winners));
            if (winner.Ticket.Recipient != _orchestrator)
            {
                throw new ArgumentException($"winner for recipient {winner.Ticket.Recipient} handed to the queue of {_orchestrator}", nameof(winners));
            }
            var hash = winner.Ticket.Hash();
            if (!_known.Add(hash))
            {
                continue;
            }
            var stored = new RedemptionEntryState
            {
                TicketHash = StateText.Of(hash),
                Winner = WinnerState.From(winner),
                Status = RedemptionStatus.Pending,
                EnqueuedAt = clock.GetUtcNow(),
            };
            state.State.Entries.Add(stored);
            _entries.Add(new Tracked(stored, winner, hash));
            added++;
        }
        if (added == 0)
        {
            return 0;
        }
        if (!state.State.Registered)
        {
            await Round.RegisterRedemptionQueue(_orchestrator);
            state.State.Registered = true;
        }
        await state.WriteStateAsync();
        LogEnqueued(_orchestrator.ToString(), added);
        return added;
    }

    public async Task<RedemptionRun> OnNewBlock(long l1Block)
    {
        var time = await Round.Get();
        int redeemed = 0, failed = 0;
        bool unavailable = false;
        // A snapshot: winners enqueued while this pass waits on the chain are taken next block.
        foreach (var entry in _entries.Where(e => e.Stored.IsOpen && e.Winner.Ticket.ParamsExpirationBlock <= l1Block).ToArray())
        {
            var outcome = await RedeemAsync(entry, time);
            if (outcome == RedemptionStatus.Redeemed)
            {
                redeemed++;
            }
            else if (outcome == RedemptionStatus.Failed)
            {
                failed++;
            }
            else if (outcome is null)
            {
                unavailable = true;
                break;
            }
        }
        int waiting = _entries.Count(e => e.Stored.IsOpen);
        bool trimmed = TrimHistory();
        if (waiting == 0 && state.State.Registered)
        {
            state.State.Registered = false;
            await Round.UnregisterRedemptionQueue(_orchestrator);
            // Enqueue may have run while this waited; a winner must never sit unregistered.
            if (_entries.Any(e => e.Stored.IsOpen))
            {
                await Round.RegisterRedemptionQueue(_orchestrator);
                state.State.Registered = true;
            }
            trimmed = true;
        }
        if (trimmed)
        {
            await state.WriteStateAsync();
        }
        return new RedemptionRun(redeemed, failed, waiting, unavailable);
    }

    public Task<RedemptionQueueSnapshot> GetSnapshot()
    {
        var views = _entries.Select(View).ToArray();
        return Task.FromResult(new RedemptionQueueSnapshot(
            [.. views.Where(v => v.Status is RedemptionStatus.Pending or RedemptionStatus.Sending)],
            [.. views.Where(v => v.Status == RedemptionStatus.Redeemed)],
            [.. views.Where(v => v.Status == RedemptionStatus.Failed)]));
    }

    public Task<BigInteger> GetPendingAmount(EthAddress sender)
    {
        var total = BigInteger.Zero;
        foreach (var entry in _entries)
        {
            if (entry.Stored.IsOpen && entry.Winner.Ticket.Sender == sender)
            {
                total += entry.Winner.Ticket.FaceValue;
            }
        }
        return Task.FromResult(total);
    }

    private IRoundGrain Round => GrainFactory.GetGrain<IRoundGrain>(chain.ChainId);

    /// <summary>Redeems one winner; its new status, or null when the chain did not answer (the pass stops).</summary>
    private async Task<RedemptionStatus?> RedeemAsync(Tracked entry, ChainTime time)
    {
        var stored = entry.Stored;
        var ticket = entry.Winner.Ticket;
        try
        {
            if (stored.Status == RedemptionStatus.Sending)
            {
                if (await chain.IsTicketUsedAsync(entry.Hash))
                {
                    return await CompleteAsync(entry, RedemptionStatus.Redeemed, UsedBeforeRestart);
                }
                stored.Status = RedemptionStatus.Pending;
            }
            if (time.IsKnown && ticket.CreationRound + PmConstants.TicketValidityPeriodRounds <= time.CurrentRound)
            {
                return await CompleteAsync(entry, RedemptionStatus.Failed, TicketExpired);
            }
            if (await chain.IsTicketUsedAsync(entry.Hash))
            {
                return await CompleteAsync(entry, RedemptionStatus.Failed, TicketAlreadyUsed);
            }
            var gasPrice = await chain.GetGasPriceAsync();
            if (ticket.FaceValue <= FaceValuePolicy.TxCost(paymentOptions.Value.RedeemGas, gasPrice))
            {
                if (stored.LastError != FaceValueBelowTxCost)
                {
                    stored.LastError = FaceValueBelowTxCost;
                    await state.WriteStateAsync();
                }
                return RedemptionStatus.Pending;
            }

            stored.Status = RedemptionStatus.Sending;
            stored.Attempts++;
            await state.WriteStateAsync();
            var receipt = await chain.RedeemWinningTicketAsync(entry.Winner);
            stored.TransactionHash = StateText.Of(receipt.TransactionHash);
            stored.AmountPaid = StateText.Of(receipt.AmountPaid);
            LogRedeemed(_orchestrator.ToString(), entry.Hash.ToString(), ticket.FaceValue.ToString(), receipt.TransactionHash.ToString());
            return await CompleteAsync(entry, RedemptionStatus.Redeemed, null);
        }
        catch (ContractRevertException e) when (options.Value.TransientRevertReasons.Contains(e.Reason))
        {
            stored.Status = RedemptionStatus.Pending;
            stored.LastError = e.Message;
            await state.WriteStateAsync();
            return RedemptionStatus.Pending;
        }
        catch (ContractRevertException e)
        {
            LogRedeemFailed(_orchestrator.ToString(), entry.Hash.ToString(), e.Reason);
            return await CompleteAsync(entry, RedemptionStatus.Failed, e.Reason);
        }
        catch (ChainUnavailableException e)
        {
            // Left Sending if the transaction may have gone out: the next pass asks the chain first.
            stored.LastError = e.Message;
            await state.WriteStateAsync();
            LogChainUnavailable(_orchestrator.ToString(), entry.Hash.ToString(), e.Message);
            return null;
        }
    }

    private async Task<RedemptionStatus> CompleteAsync(Tracked entry, RedemptionStatus status, string? reason)
    {
        entry.Stored.Status = status;
        entry.Stored.LastError = reason;
        entry.Stored.CompletedAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        var orchestrator = new KeyValuePair<string, object?>(MetricTags.Orchestrator, _orchestrator.ToLowerHex());
        if (status == RedemptionStatus.Redeemed)
        {
            LivepeerMetrics.TicketsRedeemed.Add(1, orchestrator, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Redeemed));
            LivepeerMetrics.RedeemedValue.Add((double)entry.Winner.Ticket.FaceValue, orchestrator);
        }
        else
        {
            LivepeerMetrics.TicketsRedeemed.Add(1, orchestrator, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Failed));
        }
        return status;
    }

    // Keeps every open winner and the most recent completed ones.
    private bool TrimHistory()
    {
        int completed = _entries.Count(e => !e.Stored.IsOpen);
        int excess = completed - options.Value.MaxHistory;
        if (excess <= 0)
        {
            return false;
        }
        var drop = _entries.Where(e => !e.Stored.IsOpen).OrderBy(e => e.Stored.CompletedAt).Take(excess).ToHashSet();
        var dropStored = drop.Select(d => d.Stored).ToHashSet();
        _entries.RemoveAll(drop.Contains);
        state.State.Entries.RemoveAll(dropStored.Contains);
        foreach (var d in drop)
        {
            _known.Remove(d.Hash);
        }
        return true;
    }

    private static QueuedWinner View(Tracked entry)
    {
        var s = entry.Stored;
        var t = entry.Winner.Ticket;
        return new QueuedWinner(
            entry.Hash,
            t.Sender,
            t.FaceValue,
            t.SenderNonce,
            t.ParamsExpirationBlock,
            t.CreationRound,
            s.Status,
            s.Attempts,
            s.LastError,
            s.TransactionHash is null ? null : StateText.Hash(s.TransactionHash),
            StateText.BigInt(s.AmountPaid));
    }

    // Reference identity on purpose: the stored entry is the one the state holds.
    private sealed class Tracked(RedemptionEntryState stored, WinningTicket winner, Hash32 hash)
    {
        public RedemptionEntryState Stored { get; } = stored;

        public WinningTicket Winner { get; } = winner;

        public Hash32 Hash { get; } = hash;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redemption queue of {Orchestrator}: {Count} new winners")]
    private partial void LogEnqueued(string orchestrator, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redemption queue of {Orchestrator}: ticket {Ticket} (face value {FaceValue}) redeemed in {Transaction}")]
    private partial void LogRedeemed(string orchestrator, string ticket, string faceValue, string transaction);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redemption queue of {Orchestrator}: ticket {Ticket} failed for good: {Reason}")]
    private partial void LogRedeemFailed(string orchestrator, string ticket, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redemption queue of {Orchestrator}: chain unavailable at ticket {Ticket}, retrying next block: {Reason}")]
    private partial void LogChainUnavailable(string orchestrator, string ticket, string reason);
}
