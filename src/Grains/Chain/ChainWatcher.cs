using Livepeer.Chain.Contracts;
using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Chain;

/// <summary>
/// Polls the chain and feeds <see cref="IRoundGrain"/>; on each new L1 block it wakes the redemption
/// queues that wait for one. Runs on every silo while the silo is active (a silo lifecycle
/// participant rather than a plain hosted service, so it never calls grains before the silo
/// accepts them); the round grain ignores views older than the one it holds, so several watchers
/// do no harm, and a queue handles a block it has already seen as a no-op. With
/// <see cref="ChainWatcherOptions.InitializeRounds"/> it has the round grain initialize a round it finds
/// uninitialized (the grain sends the transaction once for all silos), and reads the chain again so that the poll
/// that saw the new round already reports it initialized.
/// </summary>
public sealed partial class ChainWatcher(
    IGrainFactory grains,
    ILivepeerChain chain,
    ChainTimeReader reader,
    IOptions<ChainWatcherOptions> options,
    ILogger<ChainWatcher> logger) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>The RoundsManager's revert when another node initialized the round first.</summary>
    public const string RoundAlreadyInitialized = RoundGrain.RoundAlreadyInitialized;

    private readonly CancellationTokenSource _stopping = new();
    private ChainTime _last = ChainTime.Unknown;
    private Task? _loop;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(ChainWatcher), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    /// <summary>One poll: reads the chain, updates the round grain and, on a new block, runs the waiting redemption queues.</summary>
    public async Task<ChainTime> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        var round = grains.GetGrain<IRoundGrain>(chain.ChainId);
        var previous = _last.IsKnown ? _last : await round.Get();
        var read = await reader.ReadAsync(previous, cancellationToken);
        if (options.Value.InitializeRounds && !read.CurrentRoundInitialized && await round.InitializeRound(read.CurrentRound))
        {
            read = await reader.ReadAsync(previous, cancellationToken);
        }
        var held = await round.Update(read);
        if (held.LastL1Block > previous.LastL1Block)
        {
            LogNewBlock(held.LastL1Block, held.CurrentRound);
            await WakeRedemptionQueuesAsync(round, held.LastL1Block, cancellationToken);
        }
        _last = held;
        return held;
    }

    public void Dispose() => _stopping.Dispose();

    private Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        var delay = settings.PollInterval;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stopping);
                delay = settings.PollInterval;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ChainUnavailableException e)
            {
                delay = Backoff(delay, settings);
                LogChainUnavailable(e.Message, delay);
            }
            catch (Exception e)
            {
                delay = Backoff(delay, settings);
                LogPollFailed(e, delay);
            }
            try
            {
                await Task.Delay(delay, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WakeRedemptionQueuesAsync(IRoundGrain round, long block, CancellationToken cancellationToken)
    {
        var queues = await round.GetRedemptionQueues();
        if (queues.Count == 0)
        {
            return;
        }
        var timeout = options.Value.RedemptionTimeout;
        await Task.WhenAll(queues.Select(async orchestrator =>
        {
            try
            {
                var run = await grains.GetGrain<IRedemptionQueueGrain>(StateText.Of(orchestrator)).OnNewBlock(block).WaitAsync(timeout, cancellationToken);
                if (run.Redeemed > 0 || run.Failed > 0)
                {
                    LogRedemptions(orchestrator.ToString(), block, run.Redeemed, run.Failed, run.Waiting);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One queue's trouble must not hold up chain time for everyone; it is woken again next block.
                LogRedemptionFailed(e, orchestrator.ToString(), block);
            }
        }));
    }

    private static TimeSpan Backoff(TimeSpan delay, ChainWatcherOptions settings) =>
        TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxBackoff.Ticks));

    [LoggerMessage(Level = LogLevel.Debug, Message = "New L1 block {Block} (round {Round})")]
    private partial void LogNewBlock(long block, long round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chain unavailable: {Reason}; next poll in {Delay}")]
    private partial void LogChainUnavailable(string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chain poll failed; next poll in {Delay}")]
    private partial void LogPollFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redemption queue of {Orchestrator} at block {Block}: {Redeemed} redeemed, {Failed} failed, {Waiting} waiting")]
    private partial void LogRedemptions(string orchestrator, long block, int redeemed, int failed, int waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redemption queue of {Orchestrator} failed at block {Block}")]
    private partial void LogRedemptionFailed(Exception exception, string orchestrator, long block);
}
