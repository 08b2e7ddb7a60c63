using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// An orchestrator we run (key: its ETH address, lower-case hex): price book, ticket EV, the
/// persisted recipient secret, capabilities; issues OrchestratorInfo with fresh ticket params.
/// </summary>
[Alias("livepeer.IOrchestratorGrain")]
public interface IOrchestratorGrain : IGrainWithStringKey
{
    [ReadOnly, Alias("GetSettings")]
    Task<OrchestratorSettings> GetSettings();

    /// <summary>Stores the settings and lists the orchestrator in the directory; returns the problems instead when they are invalid.</summary>
    [Alias("Configure")]
    Task<IReadOnlyList<string>> Configure(OrchestratorSettings settings);

    /// <summary>
    /// Adds the given capability/model entries, replacing those of the same capability and model and keeping
    /// all others, then lists the orchestrator again: how workers advertise the models they serve (§3.7).
    /// Returns the problems instead when the result would be invalid.
    /// </summary>
    [Alias("Advertise")]
    Task<IReadOnlyList<string>> Advertise(IReadOnlyList<OrchestratorCapability> capabilities);

    [ReadOnly, Alias("GetPrices")]
    Task<PriceBook> GetPrices();

    /// <summary>Stores the price book; returns the problems instead when it is invalid (negative price, pixelsPerUnit 0, …).</summary>
    [Alias("SetPrices")]
    Task<IReadOnlyList<string>> SetPrices(PriceBook prices);

    /// <summary>
    /// OrchestratorInfo for one sender: fresh ticket params (face value from the sender's float and
    /// the gas price; creation round from chain time), the price for the requested work (the session's
    /// fixed price once it has one), and an auth token for the session.
    /// </summary>
    [ReadOnly, Alias("GetOrchestratorInfo")]
    Task<QuoteResult> GetOrchestratorInfo(QuoteRequest request);

    /// <summary>
    /// Checks an auth token this orchestrator issued, in go-livepeer's order: present (a null
    /// <paramref name="token"/> is missing), HMAC of session id and expiration, not expired. Returns null
    /// when good, otherwise the spec's text ("missing auth token", "invalid auth token", "expired auth token").
    /// </summary>
    [ReadOnly, AlwaysInterleave, Alias("CheckAuthToken")]
    Task<string?> CheckAuthToken(string? sessionId, long expiration, byte[]? token);

    /// <summary>For this orchestrator's ticket receivers. Never waits, so a receiver may call it while this grain is waiting on that receiver.</summary>
    [AlwaysInterleave, Alias("GetReceiverSettings")]
    Task<ReceiverSettings> GetReceiverSettings();
}
