using System.Text.Json;
using Livepeer.Chain.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Remote;

/// <summary>
/// The service URIs the configured sources name (gateway-api.md §4.1): the static list, the webhook (its last good
/// list is reused for <see cref="RemoteDiscoveryOptions.WebhookCacheTime"/> and whenever it fails), and the chain's
/// active pool with the URIs its orchestrators registered.
/// </summary>
public sealed partial class DiscoverySources(
    IOptions<RemoteDiscoveryOptions> options,
    RemoteOrchestratorClients clients,
    ILivepeerChain chain,
    TimeProvider clock,
    ILogger<DiscoverySources> logger)
{
    private IReadOnlyList<Uri> _webhookList = [];
    private DateTimeOffset _webhookReadAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<Uri>> ReadAsync(CancellationToken cancellationToken)
    {
        var found = new List<Uri>();
        var o = options.Value;
        found.AddRange(o.Orchestrators.Select(u => new Uri(u)));
        if (!string.IsNullOrEmpty(o.WebhookUrl))
        {
            found.AddRange(await WebhookAsync(new Uri(o.WebhookUrl), cancellationToken));
        }
        if (o.OnChain)
        {
            found.AddRange(await OnChainAsync(cancellationToken));
        }
        return [.. found.DistinctBy(u => u.GetLeftPart(UriPartial.Authority).ToLowerInvariant())];
    }

    /// <summary>Parses a webhook answer: a JSON array of objects whose "address" is an http(s) URI; others are skipped.</summary>
    public static IReadOnlyList<Uri> ParseWebhook(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"the discovery webhook must answer a JSON array of {{\"address\": \"https://host:port\"}}, got {document.RootElement.ValueKind}");
        }
        var uris = new List<Uri>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.String
                && Uri.TryCreate(address.GetString(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                uris.Add(uri);
            }
        }
        return uris;
    }

    private async Task<IReadOnlyList<Uri>> WebhookAsync(Uri webhook, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (clock.GetUtcNow() - _webhookReadAt < o.WebhookCacheTime)
        {
            return _webhookList;
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(o.WebhookTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, webhook);
            using var response = await clients.Http.SendAsync(request, timeout.Token);
            response.EnsureSuccessStatusCode();
            _webhookList = ParseWebhook(await response.Content.ReadAsStringAsync(timeout.Token));
            _webhookReadAt = clock.GetUtcNow();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or FormatException)
        {
            LogWebhookFailed(webhook.ToString(), e.Message, _webhookList.Count);
        }
        return _webhookList;
    }

    private async Task<IReadOnlyList<Uri>> OnChainAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pool = await chain.GetTranscoderPoolAsync(cancellationToken);
            var uris = new List<Uri>();
            foreach (var orchestrator in pool)
            {
                var text = await chain.GetServiceUriAsync(orchestrator, cancellationToken);
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    uris.Add(uri);
                }
                else
                {
                    LogNoServiceUri(orchestrator.ToString(), text);
                }
            }
            return uris;
        }
        catch (ChainUnavailableException e)
        {
            LogChainUnavailable(e.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discovery webhook {Webhook} failed ({Reason}); reusing its last list of {Count}")]
    private partial void LogWebhookFailed(string webhook, string reason, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orchestrator {Orchestrator} is in the pool but registered no usable service URI (\"{Uri}\")")]
    private partial void LogNoServiceUri(string orchestrator, string uri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "On-chain discovery skipped this round: {Reason}")]
    private partial void LogChainUnavailable(string reason);
}
