namespace Livepeer.Grains.Directory;

/// <summary>An orchestrator listed in configuration (go-livepeer -orchAddr), with the directories it belongs to.</summary>
public sealed class StaticOrchestrator
{
    /// <summary>ETH address (ticket recipient).</summary>
    public string Address { get; set; } = "";

    /// <summary>Service URI, e.g. https://orchestrator.example:8935.</summary>
    public string ServiceUri { get; set; } = "";

    /// <summary>Directory keys: "default" (transcoding) and/or capability ids as decimal text.</summary>
    public List<string> Directories { get; set; } = ["default"];
}
