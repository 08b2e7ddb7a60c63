using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Crypto;
using Microsoft.Extensions.Logging;

namespace Livepeer.Grains.Chain;

[GrainType("livepeer.round")]
public sealed partial class RoundGrain(
    [PersistentState("round")] IPersistentState<RoundGrainState> state,
    ChainTimeReader reader,
    ILivepeerChain chain,
    ILogger<RoundGrain> logger) : Grain, IRoundGrain
{
    /// <summary>The RoundsManager's revert when another node initialized the round first.</summary>
    public const string RoundAlreadyInitialized = "round already initialized";

    private ChainTime _time = ChainTime.Unknown;
    private Task<bool>? _initializing;
    private long _initializingRound;
    private long _initializedUpTo;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _time = state.State.ToChainTime();
        if (!_time.IsKnown)
        {
            try
            {
                await Apply(await reader.ReadAsync(_time, cancellationToken));
            }
            catch (ChainUnavailableException e)
            {
                // Readers see ChainTime.Unknown until the watcher gets through.
                LogFirstReadFailed(this.GetPrimaryKeyLong(), e.Message);
            }
        }
    }

    public Task<ChainTime> Get() => Task.FromResult(_time);

    public async Task<ChainTime> Update(ChainTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (time.LastL1Block < _time.LastL1Block)
        {
            return _time;
        }
        await Apply(time);
        return _time;
    }

    public async Task<ChainTime> Refresh() => await Update(await reader.ReadAsync(_time));

    public Task<bool> InitializeRound(long round)
    {
        // Calls interleave (the transaction can take a block or more to mine, and every payment reads Get meanwhile),
        // so one send is shared by every call that arrives while it is in flight, and a round sent once is not sent
        // again.
        if ((_time.IsKnown && _time.LastInitializedRound >= round) || _initializedUpTo >= round)
        {
            return Task.FromResult(true);
        }
        if (_initializing is { IsCompleted: false } && _initializingRound >= round)
        {
            return _initializing;
        }
        _initializingRound = round;
        _initializing = SendInitializeRoundAsync(round);
        return _initializing;
    }

    private async Task<bool> SendInitializeRoundAsync(long round)
    {
        var now = await reader.ReadAsync(_time);
        if (!(now.CurrentRoundInitialized && now.CurrentRound >= round))
        {
            try
            {
                await chain.InitializeRoundAsync();
                LogRoundInitialized(now.CurrentRound);
            }
            catch (ContractRevertException e) when (e.Reason == RoundAlreadyInitialized)
            {
                // Another node initialized it first.
            }
            catch (ContractRevertException e)
            {
                LogRoundInitializeRefused(this.GetPrimaryKeyLong(), now.CurrentRound, e.Reason);
                return false;
            }
        }
        _initializedUpTo = Math.Max(_initializedUpTo, now.CurrentRound);
        return true;
    }

    public async Task RegisterRedemptionQueue(EthAddress orchestrator)
    {
        var key = StateText.Of(orchestrator);
        if (!state.State.RedemptionQueues.Contains(key))
        {
            state.State.RedemptionQueues.Add(key);
            await state.WriteStateAsync();
        }
    }

    public async Task UnregisterRedemptionQueue(EthAddress orchestrator)
    {
        if (state.State.RedemptionQueues.Remove(StateText.Of(orchestrator)))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<EthAddress>> GetRedemptionQueues() =>
        Task.FromResult<IReadOnlyList<EthAddress>>([.. state.State.RedemptionQueues.Select(StateText.Address)]);

    private async Task Apply(ChainTime time)
    {
        // Only a change is worth a storage write; the observation time alone is not.
        bool changed = time with { ObservedAt = _time.ObservedAt } != _time;
        _time = time;
        if (changed)
        {
            if (time.CurrentRound != state.State.CurrentRound || time.LastInitializedRound != state.State.LastInitializedRound)
            {
                LogRound(this.GetPrimaryKeyLong(), time.CurrentRound, time.LastInitializedRound, time.RoundBlockHash.ToString(), time.LastL1Block);
            }
            state.State.Set(time);
            await state.WriteStateAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chain {ChainId}: round {Round} (last initialized {LastInitializedRound}, block hash {BlockHash}) at L1 block {Block}")]
    private partial void LogRound(long chainId, long round, long lastInitializedRound, string blockHash, long block);

    // The text the watcher logged before (tests and operators look for it): keep "Initialized round {Round}".
    [LoggerMessage(Level = LogLevel.Information, Message = "Initialized round {Round}")]
    private partial void LogRoundInitialized(long round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chain {ChainId}: round {Round} is not initialized and initializeRound was refused: {Reason}; trying again next poll")]
    private partial void LogRoundInitializeRefused(long chainId, long round, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chain {ChainId}: could not read chain time on activation: {Reason}")]
    private partial void LogFirstReadFailed(long chainId, string reason);
}
