namespace Livepeer.Protocol.Selection;

/// <summary>Where an orchestrator entry came from (gateway-api.md §4.1); it sets the default trust score.</summary>
public enum OrchestratorSource
{
    /// <summary>The operator's static list (-orchAddr): trusted, score 1.0.</summary>
    Static,

    /// <summary>The discovery webhook or a remote signer: the score comes with each entry (default 0).</summary>
    Webhook,

    /// <summary>The on-chain active set: untrusted, score 0.</summary>
    OnChain,
}
