using System.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>One paid request: what kind of work and how many priced units it is expected to produce.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.WorkOrder")]
public sealed record WorkOrder([property: Id(0)] WorkKind Kind, [property: Id(1)] BigInteger Units);
