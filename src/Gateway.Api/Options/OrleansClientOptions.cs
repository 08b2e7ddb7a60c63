namespace Livepeer.Gateway.Api.Options;

/// <summary>How the gateway API reaches the silos (section <c>OrleansClient</c>).</summary>
public sealed class OrleansClientOptions
{
    public const string SectionName = "OrleansClient";

    /// <summary>The silo's Orleans gateway port on 127.0.0.1 (the silo's <c>Silo:GatewayPort</c>).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How the client finds the silos' gateways: <c>AzureTable</c> (the default: every live silo listed in the
    /// membership table under <c>Storage:ConnectionString</c>) or <c>Localhost</c> (only 127.0.0.1:<see cref="GatewayPort"/>).
    /// </summary>
    public string Membership { get; set; } = "AzureTable";

    /// <summary>Pause between connection attempts while no silo answers; attempts go on until one does.</summary>
    public TimeSpan ConnectRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long <c>GET /readyz</c> waits for the cluster to answer before reporting 503.</summary>
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Period between reads of the live silo gateways from the membership table; unset keeps Orleans's default (1 minute).
    /// A silo that joined is used only after the next read, so small clusters that restart silos may shorten it.
    /// </summary>
    public TimeSpan? GatewayListRefreshPeriod { get; set; }
}
