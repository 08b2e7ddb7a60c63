using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Livepeer.Grains.Ai;

/// <summary>
/// Instruments of the <c>Livepeer.Ai</c> meter: AI jobs by pipeline and outcome (gateway side) and inference
/// runs (GPU side). A small static meter until the project has a shared one.
/// </summary>
public static class AiMetrics
{
    public const string MeterName = "Livepeer.Ai";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Jobs = Meter.CreateCounter<long>("livepeer.ai.jobs", description: "AI jobs the gateway side finished, by pipeline and outcome.");

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("livepeer.ai.job.duration", unit: "s", description: "Selection, payment and work of one AI job, by pipeline and outcome.");

    private static readonly Counter<long> Attempts = Meter.CreateCounter<long>("livepeer.ai.attempts.failed", description: "Orchestrator attempts that failed and moved the job on, by pipeline.");

    private static readonly Histogram<double> InferenceDuration = Meter.CreateHistogram<double>("livepeer.ai.inference.duration", unit: "s", description: "Engine run time of one AI request on a GPU silo, by pipeline and model.");

    private static readonly Counter<long> InferenceFailures = Meter.CreateCounter<long>("livepeer.ai.inference.failed", description: "AI requests the engine refused or failed, by pipeline and reason.");

    public static void JobFinished(string pipeline, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "pipeline", pipeline }, { "outcome", outcome } };
        Jobs.Add(1, tags);
        JobDuration.Record(took.TotalSeconds, tags);
    }

    public static void AttemptFailed(string pipeline) => Attempts.Add(1, new KeyValuePair<string, object?>("pipeline", pipeline));

    public static void InferenceRan(string pipeline, string model, TimeSpan took) =>
        InferenceDuration.Record(took.TotalSeconds, new TagList { { "pipeline", pipeline }, { "model", model } });

    public static void InferenceFailed(string pipeline, string reason) =>
        InferenceFailures.Add(1, new TagList { { "pipeline", pipeline }, { "reason", reason } });
}
