namespace Livepeer.Grains.Abstractions.Sessions;

[GenerateSerializer, Alias("livepeer.WorkKind")]
public enum WorkKind
{
    /// <summary>Transcoding: units are output pixels; the fee estimate carries go-livepeer's 1.02 margin (pm-protocol.md §10.2).</summary>
    Video,

    /// <summary>AI: units are the pipeline's priced units (gateway-api.md §3.5); the fee is exact.</summary>
    AiUnits,
}
