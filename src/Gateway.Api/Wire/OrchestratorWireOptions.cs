namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// The Livepeer orchestrator endpoints other nodes call (section <c>OrchestratorWire</c>): gRPC
/// <c>net.Orchestrator</c>, <c>/segment</c>, <c>/payment</c> and the AI routes on their own port.
/// </summary>
public sealed class OrchestratorWireOptions
{
    public const string SectionName = "OrchestratorWire";

    /// <summary>Off unless this deployment plays the orchestrator role for remote gateways.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Where the endpoints listen. https (the default) serves TLS with a self-signed certificate, as
    /// go-livepeer does; http serves cleartext HTTP/2 (h2c) only, as go-livepeer's -httpAddr http://… does.
    /// </summary>
    public string Url { get; set; } = "https://127.0.0.1:8935";

    /// <summary>The service URI put in OrchestratorInfo (what gateways post segments to); empty = <see cref="Url"/>.</summary>
    public string PublicUri { get; set; } = "";

    /// <summary>The orchestrator (ETH address, the ticket recipient) these endpoints serve; the dev chain's orchestrator by default.</summary>
    public string Orchestrator { get; set; } = "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b";

    /// <summary>
    /// A file holding the node's secp256k1 private key as hex, used to sign Ping replies and transcode
    /// results (OrchestratorInfo.address). Without one those signatures are empty, like an off-chain
    /// go-livepeer node, and OrchestratorInfo.address is the orchestrator's.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>Where the generated TLS certificate is kept, so restarts present the same one.</summary>
    public string DataDirectory { get; set; } = "data/wire";

    /// <summary>Concurrent transcoding sessions (go-livepeer -maxSessions); more are answered "OrchestratorCapped".</summary>
    public int MaxSessions { get; set; } = 10;

    /// <summary>A transcoding session not used for this long no longer counts against <see cref="MaxSessions"/>.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>AI requests one model serves at once; more are answered 503 "insufficient capacity".</summary>
    public int AiCapacityPerModel { get; set; } = 4;

    /// <summary>The Livepeer version the capability advert carries (gateways may require a minimum).</summary>
    public string Version { get; set; } = "0.8.0";

    /// <summary>Segment bodies larger than this are refused (go-livepeer's limit).</summary>
    public long MaxSegmentBytes { get; set; } = 300_000_000;

    /// <summary>AI request bodies larger than this are refused.</summary>
    public long MaxAiRequestBytes { get; set; } = 100_000_000;

    /// <summary>The Uri of <see cref="Url"/>.</summary>
    public Uri ListenUri => new(Url);

    /// <summary>The service URI advertised to gateways.</summary>
    public string AdvertisedUri => (PublicUri.Length > 0 ? PublicUri : Url).TrimEnd('/');
}
