using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>The outcome of running paid work: its output and the session balance after the debit, or why the job failed.</summary>
/// <param name="IsBadInput">the job failed because its input was bad (a 4xx for HTTP callers)</param>
[GenerateSerializer, Immutable, Alias("livepeer.PaidWorkResult")]
public sealed record PaidWorkResult(
    [property: Id(0)] WorkOutput? Output,
    [property: Id(1)] BigRational Balance,
    [property: Id(2)] string? Error,
    [property: Id(3)] bool IsBadInput)
{
    public bool Succeeded => Error is null;
}
