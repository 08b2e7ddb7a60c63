using System.Globalization;

namespace Livepeer.Grains.Remote;

/// <summary>
/// Where a gateway finds remote orchestrators (section <c>Livepeer:Discovery</c>, gateway-api.md §4.1–4.2): a static
/// list of service URIs (go -orchAddr), a webhook answering <c>[{"address":"https://host:port"}]</c> (go
/// -orchWebhookUrl), and the chain (BondingManager pool + ServiceRegistry URIs). Every source found is asked for
/// OrchestratorInfo and listed in the orchestrator directories.
/// </summary>
public sealed class RemoteDiscoveryOptions
{
    public const string SectionName = "Livepeer:Discovery";

    public List<string> Orchestrators { get; set; } = [];

    public string? WebhookUrl { get; set; }

    /// <summary>Discover the chain's active orchestrators (dev and arbitrum-one).</summary>
    public bool OnChain { get; set; }

    /// <summary>How often the sources are read and their orchestrators asked again.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Fetch timeout of the webhook (go: 3 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the webhook's list is reused before it is fetched again (go WebhookDiscoveryRefreshInterval: 1 min).</summary>
    public TimeSpan WebhookCacheTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A discovery round waits this long for a first answer, doubling while none came (go -discoveryTimeout: 500 ms).</summary>
    public TimeSpan DiscoveryTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The most a round waits (go: 6 s).</summary>
    public TimeSpan DiscoveryTimeoutCap { get; set; } = TimeSpan.FromSeconds(6);

    public bool HasSources => Orchestrators.Count > 0 || !string.IsNullOrEmpty(WebhookUrl) || OnChain;

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        for (int i = 0; i < Orchestrators.Count; i++)
        {
            if (!IsHttpUri(Orchestrators[i]))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:Orchestrators[{i}] must be an absolute http(s) URI such as https://orchestrator.example:8935, got '{Orchestrators[i]}'"));
            }
        }
        if (!string.IsNullOrEmpty(WebhookUrl) && !IsHttpUri(WebhookUrl))
        {
            errors.Add($"{SectionName}:WebhookUrl must be an absolute http(s) URL, got '{WebhookUrl}'");
        }
        foreach (var (name, value) in new[]
        {
            (nameof(RefreshInterval), RefreshInterval), (nameof(WebhookTimeout), WebhookTimeout), (nameof(WebhookCacheTime), WebhookCacheTime),
            (nameof(DiscoveryTimeout), DiscoveryTimeout), (nameof(DiscoveryTimeoutCap), DiscoveryTimeoutCap),
        })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{name} must be above 0 and at most a day, got {value}"));
            }
        }
        if (DiscoveryTimeout > DiscoveryTimeoutCap)
        {
            errors.Add($"{SectionName}:DiscoveryTimeout ({DiscoveryTimeout}) must not exceed DiscoveryTimeoutCap ({DiscoveryTimeoutCap})");
        }
        return errors;
    }

    private static bool IsHttpUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
