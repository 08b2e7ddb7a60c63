namespace Livepeer.Silo.Options;

/// <summary>The silo's Prometheus scrape endpoint (section <c>Metrics</c>).</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>
    /// Where <c>GET /metrics</c> listens, e.g. <c>http://127.0.0.1:9090</c> (appsettings.json turns it on);
    /// empty: no endpoint (the default, so in-process test silos open no extra port).
    /// </summary>
    public string Url { get; set; } = "";
}
