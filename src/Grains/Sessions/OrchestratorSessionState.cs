namespace Livepeer.Grains.Sessions;

[GenerateSerializer, Alias("livepeer.state.OrchestratorSession")]
public sealed class OrchestratorSessionState
{
    [Id(0)] public bool IsOpen { get; set; }
    [Id(1)] public string Orchestrator { get; set; } = "";
    [Id(2)] public string ServiceUri { get; set; } = "";
    [Id(3)] public uint? Capability { get; set; }
    [Id(4)] public string? Model { get; set; }

    /// <summary>Exact rational as "num/den" text.</summary>
    [Id(5)] public string Balance { get; set; } = "0";

    [Id(6)] public string InitialPrice { get; set; } = "0";
    [Id(7)] public QuoteState? Quote { get; set; }
    [Id(8)] public long Calls { get; set; }
    [Id(9)] public long TicketsSent { get; set; }
}
