namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>What an orchestrator is asked to run.</summary>
/// <param name="Job">the job name a work handler answers to, e.g. <c>transcode</c> or <c>ai/image-to-text</c></param>
/// <param name="Body">the job's input bytes (a segment, an image, audio)</param>
/// <param name="Parameters">the job's parameters as JSON (profiles, prompt, model id); "{}" when none</param>
[GenerateSerializer, Immutable, Alias("livepeer.WorkPayload")]
public sealed record WorkPayload(
    [property: Id(0)] string Job,
    [property: Id(1)] byte[] Body,
    [property: Id(2)] string Parameters);
