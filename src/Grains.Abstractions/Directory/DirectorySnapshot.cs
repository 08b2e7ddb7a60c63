namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>Every known orchestrator at <see cref="TakenAt"/>; callers cache it and select locally.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.DirectorySnapshot")]
public sealed record DirectorySnapshot([property: Id(0)] IReadOnlyList<DirectoryEntry> Entries, [property: Id(1)] DateTimeOffset TakenAt)
{
    /// <summary>The entries that may be selected now.</summary>
    public IEnumerable<DirectoryEntry> Available => Entries.Where(e => !e.IsSuspendedAt(TakenAt));
}
