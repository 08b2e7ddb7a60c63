using System.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// One paid request: what kind of work, how many priced units it is expected to produce and, for real
/// jobs, what to run. A null <paramref name="Payload"/> is metered payment only (the payment layer's tests).
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.WorkOrder")]
public sealed record WorkOrder(
    [property: Id(0)] WorkKind Kind,
    [property: Id(1)] BigInteger Units,
    [property: Id(2)] WorkPayload? Payload = null);
