using System.Diagnostics;
using System.Diagnostics.Metrics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>
/// The <c>Livepeer</c> meter: what the node did (segments, AI requests, tickets, selections) and what it holds
/// (balances). One static meter per process, so grains, job handlers and the gateway API record without wiring;
/// both hosts export it (Prometheus <c>/metrics</c>). Tag values come from <see cref="MetricTags"/>,
/// <see cref="SegmentResults"/> and <see cref="SelectionOutcomes"/>; addresses are lower-case hex.
/// </summary>
public static class LivepeerMetrics
{
    public const string MeterName = "Livepeer";

    // Seconds: segments take tens of milliseconds to a few seconds, AI requests up to tens of seconds.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64],
    };

    /// <summary>
    /// The meter. Hosts register it through this property (not <see cref="MeterName"/> alone) so that the
    /// balance gauges, created with the meter, exist before the first scrape.
    /// </summary>
    public static Meter Meter { get; } = new(MeterName);

    /// <summary>Video segments finished, by <see cref="MetricTags.Result"/> (a <see cref="SegmentResults"/> value). Prometheus: <c>livepeer_segments_total</c>.</summary>
    public static readonly Counter<long> Segments = Meter.CreateCounter<long>(
        "livepeer.segments", "{segment}", "Video segments finished, by result (ok, failed, rejected, no_orchestrator, unpaid).");

    /// <summary>Seconds one segment took to transcode (all renditions). Prometheus: <c>livepeer_transcode_duration_seconds</c>.</summary>
    public static readonly Histogram<double> TranscodeDuration = Meter.CreateHistogram<double>(
        "livepeer.transcode.duration", "s", "Time to transcode one segment into all its renditions.", tags: null, advice: SecondsBuckets);

    /// <summary>Seconds one AI request took to run its model, tagged with <see cref="MetricTags.Pipeline"/> and <see cref="MetricTags.Model"/>. Prometheus: <c>livepeer_inference_duration_seconds</c>.</summary>
    public static readonly Histogram<double> InferenceDuration = Meter.CreateHistogram<double>(
        "livepeer.inference.duration", "s", "Time to run one AI inference request.", tags: null, advice: SecondsBuckets);

    /// <summary>Tickets that arrived in payments, by <see cref="MetricTags.Result"/> credited or refused. Prometheus: <c>livepeer_tickets_received_total</c>.</summary>
    public static readonly Counter<long> TicketsReceived = Meter.CreateCounter<long>(
        "livepeer.tickets.received", "{ticket}", "Tickets received in payments, by result (credited, refused).");

    /// <summary>Winning tickets handed to the redemption queue. Prometheus: <c>livepeer_tickets_won_total</c>.</summary>
    public static readonly Counter<long> TicketsWon = Meter.CreateCounter<long>(
        "livepeer.tickets.won", "{ticket}", "Winning tickets queued for redemption.");

    /// <summary>Winning tickets whose redemption ended, by <see cref="MetricTags.Result"/> redeemed or failed. Prometheus: <c>livepeer_tickets_redeemed_total</c>.</summary>
    public static readonly Counter<long> TicketsRedeemed = Meter.CreateCounter<long>(
        "livepeer.tickets.redeemed", "{ticket}", "Winning tickets whose redemption ended, by result (redeemed, failed).");

    /// <summary>Face value (wei) of the tickets redeemed on chain. Prometheus: <c>livepeer_tickets_redeemed_value_wei_total</c>.</summary>
    public static readonly Counter<double> RedeemedValue = Meter.CreateCounter<double>(
        "livepeer.tickets.redeemed.value", "wei", "Face value of the winning tickets redeemed on chain.");

    /// <summary>Orchestrator selections for a job, by <see cref="MetricTags.Outcome"/> (a <see cref="SelectionOutcomes"/> value). Prometheus: <c>livepeer_selection_decisions_total</c>.</summary>
    public static readonly Counter<long> SelectionDecisions = Meter.CreateCounter<long>(
        "livepeer.selection.decisions", "{decision}", "Orchestrator selections, by outcome (selected, none_eligible, success, failure).");

    static LivepeerMetrics()
    {
        Meter.CreateObservableGauge("livepeer.sender.deposit", () => LivepeerBalances.Observe(LivepeerBalances.Deposit), "wei",
            "A ticket sender's deposit on the TicketBroker, as last read from the chain.");
        Meter.CreateObservableGauge("livepeer.sender.reserve", () => LivepeerBalances.Observe(LivepeerBalances.Reserve), "wei",
            "A ticket sender's reserve on the TicketBroker, as last read from the chain.");
        Meter.CreateObservableGauge("livepeer.receiver.credit", () => LivepeerBalances.Observe(LivepeerBalances.Credit), "wei",
            "Credit an orchestrator holds for a sender (sum over its sessions), not yet spent on work.");
    }

    /// <summary>Counts one finished segment; <paramref name="result"/> is a <see cref="SegmentResults"/> value.</summary>
    public static void RecordSegment(string result, TimeSpan? transcodeTime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(result);
        Segments.Add(1, new KeyValuePair<string, object?>(MetricTags.Result, result));
        if (transcodeTime is { } time)
        {
            TranscodeDuration.Record(time.TotalSeconds);
        }
    }

    /// <summary>Records how long one AI request ran.</summary>
    public static void RecordInference(string pipeline, string model, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrEmpty(pipeline);
        ArgumentException.ThrowIfNullOrEmpty(model);
        InferenceDuration.Record(duration.TotalSeconds,
            new KeyValuePair<string, object?>(MetricTags.Pipeline, pipeline),
            new KeyValuePair<string, object?>(MetricTags.Model, model));
    }

    /// <summary>Counts a selection: selected, or none_eligible when no candidate was left.</summary>
    public static void RecordSelection(SelectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        SelectionDecisions.Add(1, new KeyValuePair<string, object?>(MetricTags.Outcome,
            result.Succeeded ? SelectionOutcomes.Selected : SelectionOutcomes.NoneEligible));
    }

    /// <summary>Counts how a selected orchestrator did (success or failure, as reported to the directory).</summary>
    public static void RecordSelectionReport(EthAddress orchestrator, bool succeeded) =>
        SelectionDecisions.Add(1,
            new KeyValuePair<string, object?>(MetricTags.Outcome, succeeded ? SelectionOutcomes.Success : SelectionOutcomes.Failure),
            new KeyValuePair<string, object?>(MetricTags.Orchestrator, orchestrator.ToLowerHex()));

    /// <summary>Times <paramref name="work"/> into <paramref name="histogram"/> (seconds), whether it succeeds or throws.</summary>
    public static async Task<T> TimeAsync<T>(Histogram<double> histogram, Func<Task<T>> work, params KeyValuePair<string, object?>[] tags)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(work);
        long started = Stopwatch.GetTimestamp();
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
