namespace Livepeer.Silo.Options;

/// <summary>This silo's endpoints and role (section <c>Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (the gateway API) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Published as the <c>gpu</c> silo metadata; GPU worker grains are placed only on such silos.</summary>
    public bool Gpu { get; set; }
}
