namespace Livepeer.Grains.Directory;

[GenerateSerializer, Alias("livepeer.state.OrchestratorDirectory")]
public sealed class OrchestratorDirectoryState
{
    /// <summary>By orchestrator address (lower-case hex).</summary>
    [Id(0)] public Dictionary<string, DirectoryEntryState> Entries { get; set; } = [];
}
