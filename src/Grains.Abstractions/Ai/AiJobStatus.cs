namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>How an AI job ended, which decides the HTTP status the gateway answers with.</summary>
[GenerateSerializer, Alias("livepeer.AiJobStatus")]
public enum AiJobStatus
{
    Completed,

    /// <summary>No orchestrator offers the pipeline at all (or none at an acceptable price): 503.</summary>
    NoOrchestrator,

    /// <summary>Orchestrators offer the pipeline, but none the model asked for: 400.</summary>
    UnknownModel,

    /// <summary>An orchestrator refused the input itself (not an image its worker can decode, ...): 400.</summary>
    BadInput,

    /// <summary>Every attempt failed (no answer, payment refused, worker error): 500.</summary>
    Failed,
}
