using System.Net;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.NodeTestSupport;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;

namespace Livepeer.Gateway.Api.Tests.Observability;

[Collection(ObservedNodeCollection.Name)]
public sealed class MetricsEndpointTests(ObservedNode node)
{
    [Fact]
    public async Task Gateway_metrics_carry_every_livepeer_series_in_prometheus_text()
    {
        // The meter is process-wide, so what is recorded here shows on this process's gateway; unique
        // addresses tell this test's points from others'.
        var orchestrator = AdminNode.RandomAddress();
        var sender = AdminNode.RandomAddress();
        var tag = new KeyValuePair<string, object?>(MetricTags.Orchestrator, orchestrator.ToLowerHex());
        LivepeerMetrics.RecordSegment(SegmentResults.Ok, TimeSpan.FromMilliseconds(300));
        LivepeerMetrics.RecordSegment(SegmentResults.NoOrchestrator);
        LivepeerMetrics.RecordInference("text-to-image", "test-model", TimeSpan.FromSeconds(3));
        LivepeerMetrics.TicketsReceived.Add(5, tag, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Credited));
        LivepeerMetrics.TicketsWon.Add(1, tag);
        LivepeerMetrics.TicketsRedeemed.Add(1, tag, new KeyValuePair<string, object?>(MetricTags.Result, MetricTags.Redeemed));
        LivepeerMetrics.RedeemedValue.Add(1e15, tag);
        LivepeerMetrics.RecordSelectionReport(orchestrator, succeeded: false);
        LivepeerMetrics.RecordSelection(new SelectionResult(null, new CandidateFilterResult(CapabilityModel.Transcoding, [], [], null, false, false, false, "none left")));
        LivepeerBalances.SetSenderFunds(sender, 10, 20);
        LivepeerBalances.SetReceiverCredit(orchestrator, sender, new BigRational(7, 2));

        var text = await ScrapeAsync(new Uri(node.Api.Url, "metrics"));

        var o = orchestrator.ToLowerHex();
        var s = sender.ToLowerHex();
        Assert.Contains("livepeer_segments_total{otel_scope_name=\"Livepeer\",result=\"ok\"}", text, StringComparison.Ordinal);
        Assert.Contains("livepeer_segments_total{otel_scope_name=\"Livepeer\",result=\"no_orchestrator\"}", text, StringComparison.Ordinal);
        Assert.Contains("livepeer_transcode_duration_seconds_bucket{otel_scope_name=\"Livepeer\",le=\"0.5\"}", text, StringComparison.Ordinal);
        Assert.Contains("livepeer_inference_duration_seconds_bucket{otel_scope_name=\"Livepeer\",model=\"test-model\",pipeline=\"text-to-image\",le=\"4\"}", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_tickets_received_total{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\",result=\"credited\"}} 5", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_tickets_won_total{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\"}} 1", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_tickets_redeemed_total{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\",result=\"redeemed\"}} 1", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_tickets_redeemed_value_wei_total{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\"}}", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_selection_decisions_total{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\",outcome=\"failure\"}} 1", text, StringComparison.Ordinal);
        Assert.Contains("livepeer_selection_decisions_total{otel_scope_name=\"Livepeer\",outcome=\"none_eligible\"}", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_sender_deposit_wei{{otel_scope_name=\"Livepeer\",sender=\"{s}\"}} 10", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_sender_reserve_wei{{otel_scope_name=\"Livepeer\",sender=\"{s}\"}} 20", text, StringComparison.Ordinal);
        Assert.Contains($"livepeer_receiver_credit_wei{{otel_scope_name=\"Livepeer\",orchestrator=\"{o}\",sender=\"{s}\"}} 3.5", text, StringComparison.Ordinal);
        Assert.Contains("otel_scope_name=\"Microsoft.Orleans\"", text, StringComparison.Ordinal);
        Assert.Contains("service_name=\"livepeer-gateway-api\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_metrics_listener_serves_the_silo_and_orleans_meters()
    {
        var text = await ScrapeAsync(new Uri(node.SiloMetrics, "metrics"));

        Assert.Contains("livepeer_silo_active{otel_scope_name=\"Livepeer.Silo\"} 1", text, StringComparison.Ordinal);
        // Silo:Gpu defaults to true so that a single dev silo can transcode and run inference.
        Assert.Contains("livepeer_silo_gpu{otel_scope_name=\"Livepeer.Silo\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("orleans_", text, StringComparison.Ordinal);
        Assert.Contains("service_name=\"livepeer-silo\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_metrics_listener_serves_nothing_but_metrics()
    {
        using var http = new HttpClient { BaseAddress = node.SiloMetrics };

        using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> ScrapeAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {text}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return text;
    }
}
