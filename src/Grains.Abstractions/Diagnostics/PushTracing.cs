using System.Diagnostics;

namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>
/// Spans along a pushed segment's path (gateway, stream grain, session grain, orchestrator side, transcoder), one
/// <see cref="ActivitySource"/> named <see cref="SourceName"/>. Nothing is recorded unless something listens
/// (bench/VideoPush does, to break the push overhead down by stage); <see cref="Start"/> is then a null check.
/// </summary>
public static class PushTracing
{
    public const string SourceName = "Livepeer.Push";

    public const string GatewayReadBody = "gateway.read-body";
    public const string GatewayProbe = "gateway.probe";
    public const string GatewayGrainCall = "gateway.grain-call";
    public const string GatewayRespond = "gateway.respond";

    public const string StreamProcess = "stream.process";
    public const string StreamBegin = "stream.begin";
    public const string StreamSelect = "stream.select";
    public const string StreamAttempt = "stream.attempt";
    public const string StreamReport = "stream.report-success";
    public const string StreamStore = "stream.store";

    public const string SessionPayAndCall = "session.pay-and-call";
    public const string SessionRound = "session.round";
    public const string SessionReserve = "session.reserve-tickets";
    public const string SessionSign = "session.sign";
    public const string SessionTransport = "session.transport";
    public const string SessionWrite = "session.write-state";

    public const string OrchestratorAcceptPayment = "orchestrator.accept-payment";
    public const string OrchestratorRun = "orchestrator.run";
    public const string OrchestratorQuote = "orchestrator.quote";

    public const string ReceiverVerify = "receiver.verify";
    public const string ReceiverWrite = "receiver.write-state";
    public const string ReceiverWriteBesideWork = "receiver.write-beside-work";
    public const string ReceiverDebit = "receiver.debit";

    public const string WorkJob = "work.job";
    public const string TranscoderSlot = "transcoder.slot-wait";
    public const string Transcode = "transcoder.transcode";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a span, or returns null when nobody listens (then disposing it is a no-op too).</summary>
    public static Activity? Start(string name) => Source.StartActivity(name, ActivityKind.Internal);
}
