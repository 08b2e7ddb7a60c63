namespace Livepeer.Protocol.Selection;

/// <summary>
/// The persistable state of a <see cref="Suspender"/>: the refresh count and, per orchestrator
/// (lower-case hex address), the last refresh count at which it is still suspended.
/// </summary>
public sealed record SuspenderState(long RefreshCount, IReadOnlyDictionary<string, long> SuspendedThrough);
