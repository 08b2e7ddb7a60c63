using System.Numerics;

namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>One batch AI request a gateway has parsed and priced, to be run on an orchestrator that offers it.</summary>
/// <param name="RequestId">the gateway's id of the request (logs, media paths)</param>
/// <param name="ModelId">the model asked for; "" for any model of the pipeline (the orchestrator's default)</param>
/// <param name="Units">priced units (gateway-api.md §3.5) the gateway pays for</param>
/// <param name="Body">the uploaded file; empty for the JSON routes</param>
/// <param name="Parameters">the request as the job's JSON parameters (all values strings)</param>
[GenerateSerializer, Immutable, Alias("livepeer.AiJob")]
public sealed record AiJob(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Pipeline,
    [property: Id(2)] string ModelId,
    [property: Id(3)] BigInteger Units,
    [property: Id(4)] byte[] Body,
    [property: Id(5)] string Parameters);
