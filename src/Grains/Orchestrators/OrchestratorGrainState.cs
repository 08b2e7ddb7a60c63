namespace Livepeer.Grains.Orchestrators;

/// <summary>
/// An orchestrator's stored settings. The recipient secret is kept (go-livepeer draws a new one per
/// process), so ticket params issued before a restart still verify and their winners still redeem.
/// </summary>
[GenerateSerializer, Alias("livepeer.state.Orchestrator")]
public sealed class OrchestratorGrainState
{
    /// <summary>HMAC key of recipientRand (hex); empty until first activation.</summary>
    [Id(0)] public string RecipientSecret { get; set; } = "";

    /// <summary>HMAC key of auth tokens (hex).</summary>
    [Id(1)] public string AuthSecret { get; set; } = "";

    /// <summary>Null until configured: the defaults from options apply.</summary>
    [Id(2)] public OrchestratorSettingsState? Settings { get; set; }

    /// <summary>Null until prices are set: work is free.</summary>
    [Id(3)] public PriceBookState? Prices { get; set; }
}
