namespace Livepeer.Silo.Options;

/// <summary>This silo's endpoints and role (section <c>Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (the gateway API) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Published as the <c>gpu</c> silo metadata; GPU worker grains (transcoding, inference) are placed only on
    /// such silos. On by default so that a single development silo can transcode (on the CPU when it has no GPU).
    /// </summary>
    public bool Gpu { get; set; } = true;

    /// <summary>The address other silos and clients reach this silo on; on a VM, its private IP.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>How silos find each other: <c>AzureTable</c> (the default; any number of silos) or <c>Localhost</c> (one silo, no storage).</summary>
    public string Membership { get; set; } = StorageProviders.AzureTable;
}
