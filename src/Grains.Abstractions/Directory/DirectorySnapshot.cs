using Livepeer.Protocol.Selection;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>
/// Every known orchestrator at <see cref="TakenAt"/>, with the directory's suspensions (counted in pool
/// refreshes). Callers cache it and select locally: <see cref="DirectoryCandidates.ToCandidates"/> and
/// <see cref="ToSuspender"/> feed <see cref="ProbabilitySelection"/>.
/// </summary>
/// <param name="SuspendedThrough">per orchestrator (lower-case hex) the last refresh count it is suspended through</param>
[GenerateSerializer, Immutable, Alias("livepeer.DirectorySnapshot")]
public sealed record DirectorySnapshot(
    [property: Id(0)] IReadOnlyList<DirectoryEntry> Entries,
    [property: Id(1)] long RefreshCount,
    [property: Id(2)] IReadOnlyDictionary<string, long> SuspendedThrough,
    [property: Id(3)] DateTimeOffset TakenAt)
{
    /// <summary>The entries not suspended now.</summary>
    public IEnumerable<DirectoryEntry> Available => Entries.Where(e => !e.IsSuspended);

    /// <summary>A suspender holding the directory's suspensions, for <see cref="ProbabilitySelection.Filter"/>.</summary>
    public Suspender ToSuspender() => new(new SuspenderState(RefreshCount, SuspendedThrough));
}
