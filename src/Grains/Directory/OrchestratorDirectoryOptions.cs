using System.Globalization;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Directory;

/// <summary>Orchestrator discovery and scoring (configuration section "Livepeer:Directory"); penalties come from <c>SelectionOptions</c>.</summary>
public sealed class OrchestratorDirectoryOptions
{
    public const string SectionName = "Livepeer:Directory";

    public List<StaticOrchestrator> Orchestrators { get; set; } = [];

    /// <summary>Orchestrators a caller asks for per discovery round (go-livepeer numOrchs; sets the transcoding penalty).</summary>
    public int OrchestratorsPerRefresh { get; set; } = 8;

    /// <summary>Weight of the newest latency sample in the smoothed latency (0 &lt; w ≤ 1).</summary>
    public double LatencySmoothing { get; set; } = 0.3;

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        for (int i = 0; i < Orchestrators.Count; i++)
        {
            var o = Orchestrators[i];
            if (!EthAddress.TryParse(o.Address, out _, out var error))
            {
                errors.Add($"Orchestrators[{i}].Address: {error}");
            }
            if (!Uri.TryCreate(o.ServiceUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"Orchestrators[{i}].ServiceUri must be an absolute http or https URI, got '{o.ServiceUri}'");
            }
            if (o.Directories is null || o.Directories.Count == 0 || o.Directories.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"Orchestrators[{i}].Directories must name at least one directory (\"default\" or a capability id)");
            }
        }
        if (OrchestratorsPerRefresh < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"OrchestratorsPerRefresh must be at least 1, got {OrchestratorsPerRefresh}"));
        }
        if (!(LatencySmoothing > 0 && LatencySmoothing <= 1))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"LatencySmoothing must be in (0, 1], got {LatencySmoothing}"));
        }
        return errors;
    }
}
