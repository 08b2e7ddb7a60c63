using System.Diagnostics;
using System.Diagnostics.Metrics;
using Livepeer.Grains.Abstractions.Diagnostics;

namespace Livepeer.Grains.Ai;

/// <summary>
/// AI instruments on the shared <c>Livepeer</c> meter (<see cref="LivepeerMetrics"/>): AI jobs by pipeline and
/// outcome (gateway side), failed attempts, and inference failures (GPU side). Inference time goes to
/// <see cref="LivepeerMetrics.InferenceDuration"/>, selections to <see cref="LivepeerMetrics.SelectionDecisions"/>.
/// </summary>
public static class AiMetrics
{
    // Seconds: an AI job is selection, payment and the model's run; models take up to tens of seconds.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64],
    };

    /// <summary>Prometheus: <c>livepeer_ai_jobs_total</c>.</summary>
    public static readonly Counter<long> Jobs = LivepeerMetrics.Meter.CreateCounter<long>(
        "livepeer.ai.jobs", "{job}", "AI jobs the gateway side finished, by pipeline and outcome (Completed, NoOrchestrator, UnknownModel, BadInput, Failed).");

    /// <summary>Prometheus: <c>livepeer_ai_job_duration_seconds</c>.</summary>
    public static readonly Histogram<double> JobDuration = LivepeerMetrics.Meter.CreateHistogram<double>(
        "livepeer.ai.job.duration", "s", "Selection, payment and work of one AI job, by pipeline and outcome.", tags: null, advice: SecondsBuckets);

    /// <summary>Prometheus: <c>livepeer_ai_attempts_failed_total</c>.</summary>
    public static readonly Counter<long> FailedAttempts = LivepeerMetrics.Meter.CreateCounter<long>(
        "livepeer.ai.attempts.failed", "{attempt}", "Orchestrator attempts that failed and moved an AI job on, by pipeline.");

    /// <summary>Prometheus: <c>livepeer_ai_inference_failed_total</c>.</summary>
    public static readonly Counter<long> InferenceFailures = LivepeerMetrics.Meter.CreateCounter<long>(
        "livepeer.ai.inference.failed", "{request}", "AI requests the engine refused or failed, by pipeline and result (bad_input, unknown_model, error).");

    public static void JobFinished(string pipeline, string outcome, TimeSpan took)
    {
        var tags = new TagList { { MetricTags.Pipeline, pipeline }, { MetricTags.Outcome, outcome } };
        Jobs.Add(1, tags);
        JobDuration.Record(took.TotalSeconds, tags);
    }

    public static void AttemptFailed(string pipeline) => FailedAttempts.Add(1, new KeyValuePair<string, object?>(MetricTags.Pipeline, pipeline));

    public static void InferenceRan(string pipeline, string model, TimeSpan took) => LivepeerMetrics.RecordInference(pipeline, model, took);

    public static void InferenceFailed(string pipeline, string result) =>
        InferenceFailures.Add(1, new TagList { { MetricTags.Pipeline, pipeline }, { MetricTags.Result, result } });
}
