namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>
/// The gateway's side of an AI request (a stateless worker on the silo the gateway API talks to): selects
/// an orchestrator by capability, model and max price from the directory, pays it through a session and has
/// the work done, retrying on other orchestrators (gateway-api.md §3.2, §4.5).
/// </summary>
[Alias("livepeer.IAiJobGrain")]
public interface IAiJobGrain : IGrainWithIntegerKey
{
    [Alias("Run")]
    Task<AiJobResult> Run(AiJob job);
}
