using System.Numerics;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Ai;

/// <summary>The outcome of an <see cref="AiJob"/>.</summary>
/// <param name="Orchestrator">the orchestrator that did the work; null when none did</param>
/// <param name="ChargedUnits">units the orchestrator debited</param>
/// <param name="Fee">what the gateway paid for the work (units × price), 0 when unpaid</param>
/// <param name="Attempts">orchestrators tried</param>
/// <param name="Paid">false when the cluster runs without a chain (offchain) and the work was not paid for</param>
[GenerateSerializer, Immutable, Alias("livepeer.AiJobResult")]
public sealed record AiJobResult(
    [property: Id(0)] AiJobStatus Status,
    [property: Id(1)] string? Error,
    [property: Id(2)] WorkOutput? Output,
    [property: Id(3)] EthAddress? Orchestrator,
    [property: Id(4)] BigInteger ChargedUnits,
    [property: Id(5)] BigRational Fee,
    [property: Id(6)] int Attempts,
    [property: Id(7)] bool Paid)
{
    public static AiJobResult Refused(AiJobStatus status, string error, int attempts = 0) =>
        new(status, error, null, null, BigInteger.Zero, BigRational.Zero, attempts, false);
}
