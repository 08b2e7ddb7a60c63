namespace Livepeer.Grains.Directory;

[GenerateSerializer, Alias("livepeer.state.OrchestratorDirectory")]
public sealed class OrchestratorDirectoryState
{
    /// <summary>By orchestrator address (lower-case hex).</summary>
    [Id(0)] public Dictionary<string, DirectoryEntryState> Entries { get; set; } = [];

    /// <summary>The suspender's pool refresh count.</summary>
    [Id(1)] public long RefreshCount { get; set; }

    /// <summary>The suspender's running suspensions: address (lower-case hex) → last refresh count suspended through.</summary>
    [Id(2)] public Dictionary<string, long> SuspendedThrough { get; set; } = [];
}
