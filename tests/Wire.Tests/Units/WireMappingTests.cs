using System.Numerics;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Livepeer.Gateway.Api.Wire;
using Livepeer.Grains.Abstractions.Directory;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Remote;
using Livepeer.Grains.Wire;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Selection;
using Livepeer.Protocol.Video;

namespace Livepeer.Wire.Tests.Units;

// The pure pieces of both sides of the wire: mappings, options, discovery answers.
public sealed class WireMappingTests
{
    [Fact]
    public void Webhook_answers_keep_http_addresses_and_skip_the_rest()
    {
        var uris = DiscoverySources.ParseWebhook("""[{"address":"https://o1.example:8935","score":1.0},{"address":"ftp://x"},{"score":2},{"address":"http://o2:8935"},"junk"]""");
        Assert.Equal(["https://o1.example:8935/", "http://o2:8935/"], uris.Select(u => u.ToString()));
        Assert.Throws<FormatException>(() => DiscoverySources.ParseWebhook("""{"address":"https://o"}"""));
        Assert.ThrowsAny<JsonException>(() => DiscoverySources.ParseWebhook("not json"));
    }

    [Theory]
    [InlineData(1.0, 1.0, 8.0, 2.0)]
    [InlineData(10.0, 1.0, 40.0, 5.0)]
    [InlineData(1.0, 3.0, 24.0, 6.0)]
    public void Segment_timeouts_follow_go_livepeer(double durationSeconds, double multiplier, double total, double upload)
    {
        var options = new RemoteOrchestratorOptions { TimeoutMultiplier = multiplier };
        Assert.Equal(TimeSpan.FromSeconds(total), options.SegmentTimeout(TimeSpan.FromSeconds(durationSeconds)));
        Assert.Equal(TimeSpan.FromSeconds(upload), options.SegmentUploadTimeout(TimeSpan.FromSeconds(durationSeconds)));
    }

    [Fact]
    public void Remote_and_discovery_options_are_validated_with_names()
    {
        Assert.Empty(new RemoteOrchestratorOptions().Errors());
        var bad = new RemoteOrchestratorOptions { GrpcCallTimeout = TimeSpan.Zero, TimeoutMultiplier = double.NaN, SegmentUploadTimeoutMinimum = TimeSpan.FromMinutes(1) };
        var errors = bad.Errors();
        Assert.Contains(errors, e => e.Contains("GrpcCallTimeout", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("TimeoutMultiplier", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("SegmentUploadTimeoutMinimum", StringComparison.Ordinal));

        Assert.Empty(new RemoteDiscoveryOptions { Orchestrators = ["https://o:8935"], WebhookUrl = "http://hook/list" }.Errors());
        var discovery = new RemoteDiscoveryOptions { Orchestrators = ["o:8935"], WebhookUrl = "nope", DiscoveryTimeout = TimeSpan.FromSeconds(10) }.Errors();
        Assert.Equal(3, discovery.Count);
    }

    [Fact]
    public void Wire_options_are_validated_with_names()
    {
        var validator = new OrchestratorWireOptionsValidator();
        Assert.True(validator.Validate(null, new OrchestratorWireOptions()).Succeeded);
        var result = validator.Validate(null, new OrchestratorWireOptions { Url = "ftp://x", Orchestrator = "0x12", MaxSessions = 0, Version = "x.y" });
        Assert.True(result.Failed);
        Assert.Contains("OrchestratorWire:Url", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("OrchestratorWire:Orchestrator", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("OrchestratorWire:MaxSessions", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("OrchestratorWire:Version", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_profiles_read_back_to_the_renditions_they_came_from()
    {
        var profile = new RenditionProfile("P360", 640, 360, 1_000_000, 30000, 1001, VideoCodecProfile.H264High, 2.0, VideoEncoder.H264, 0, 0, 0);
        Assert.Equal(profile, RenditionProfileWire.FromWire(profile.ToWire(SegmentFormat.MpegTs), "fallback"));
        var intra = profile with { GopSeconds = 0 };
        Assert.Equal(intra, RenditionProfileWire.FromWire(intra.ToWire(SegmentFormat.Mp4), "fallback"));
        Assert.Equal("fallback", RenditionProfileWire.FromWire(new VideoProfile { Name = "bad name/..", Width = 2, Height = 2 }, "fallback").Name);
        Assert.Equal(SegmentFormat.Mp4, RenditionProfileWire.Sniff([0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p']));
        Assert.Equal(SegmentFormat.MpegTs, RenditionProfileWire.Sniff([0x47, 0, 0, 0]));
    }

    [Fact]
    public void Orchestrator_info_round_trips_through_the_quote_and_bad_infos_are_named()
    {
        var key = EthKey.Generate();
        var quote = new OrchestratorQuote(
            key.Address, "https://o:8935",
            new Protocol.Tickets.TicketParams(key.Address, 1_000, 7, Protocol.Tickets.Hash32.Keccak("r"u8), 42, 100, new BigRational(3, 2),
                new Protocol.Tickets.TicketExpirationParams(5, Protocol.Tickets.Hash32.Keccak("b"u8))),
            new BigRational(3, 2), null, null, "abcd0123", [1, 2, 3], 1_900_000_000,
            [new OrchestratorCapability((uint)Capability.TextToImage, "sd-turbo", true, 2)]);
        var advert = OrchestratorInfoMapping.AdvertFor(quote.Capabilities, 4, "0.8.0");
        var info = quote.ToOrchestratorInfo(quote.ServiceUri, key.Address, advert);
        Assert.Null(OrchestratorInfoMapping.TryToQuote(info, key.Address, out var back));
        Assert.Equal(quote.TicketParams, back!.TicketParams);
        Assert.Equal(quote.PricePerPixel, back.PricePerPixel);
        Assert.Equal(quote.AuthToken, back.AuthToken);
        // Every advert of ours carries the transcoding bits, which read back as transcoding at the advertised capacity.
        Assert.Equal([new OrchestratorCapability((uint)Capability.Transcoding, null, true, 4), .. quote.Capabilities], back.Capabilities);

        Assert.Contains("not the orchestrator", OrchestratorInfoMapping.TryToQuote(info, EthKey.Generate().Address, out _), StringComparison.Ordinal);
        var noParams = info.Clone();
        noParams.TicketParams = null;
        Assert.Contains("no ticket params", OrchestratorInfoMapping.TryToQuote(noParams, null, out _), StringComparison.Ordinal);
        var zeroPixels = info.Clone();
        zeroPixels.PriceInfo.PixelsPerUnit = 0;
        Assert.Contains("pixelsPerUnit is 0", OrchestratorInfoMapping.TryToQuote(zeroPixels, null, out _), StringComparison.Ordinal);
        var noToken = info.Clone();
        noToken.AuthToken = null;
        Assert.Contains("no auth token", OrchestratorInfoMapping.TryToQuote(noToken, null, out _), StringComparison.Ordinal);
        var shortRecipient = info.Clone();
        shortRecipient.TicketParams.Recipient = ByteString.CopyFrom(1, 2);
        Assert.Contains("malformed", OrchestratorInfoMapping.TryToQuote(shortRecipient, null, out _), StringComparison.Ordinal);
    }

    // Found with two deployments: a remote orchestrator that advertised AI models beside transcoding was listed with
    // its AI capabilities only, so the gateway's selection refused it every segment ("1 do not advertise it").
    [Fact]
    public void A_remote_orchestrator_advertising_ai_models_is_still_offered_segments()
    {
        var key = EthKey.Generate();
        var advert = OrchestratorInfoMapping.AdvertFor(
            [new OrchestratorCapability((uint)Capability.Transcoding, null, true, 3), new OrchestratorCapability((uint)Capability.ImageToText, "paddleocr/pp-ocrv4-ch", true, 2)], 3, "0.8.0");
        var quote = new OrchestratorQuote(
            key.Address, "https://o:8935",
            new Protocol.Tickets.TicketParams(key.Address, 1_000, 7, Protocol.Tickets.Hash32.Keccak("r"u8), 42, 100, new BigRational(1),
                new Protocol.Tickets.TicketExpirationParams(5, Protocol.Tickets.Hash32.Keccak("b"u8))),
            new BigRational(1), null, null, "abcd0123", [1, 2, 3], 1_900_000_000, []);
        Assert.Null(OrchestratorInfoMapping.TryToQuote(quote.ToOrchestratorInfo(quote.ServiceUri, key.Address, advert), key.Address, out var back));

        var listing = new OrchestratorListing(key.Address, "https://o:8935", InCluster: false, back!.Capabilities, [new PriceEntry(null, null, null, 1, 1)]);
        var candidate = DirectoryCandidates.ToCandidate(new DirectoryEntry(listing, false, BigInteger.One, null, 1, 0, 0, null, null));
        Assert.True(candidate.Offers(CapabilityModel.Transcoding, requireWarm: false, out var refused), refused?.ToString());
        Assert.True(candidate.Offers(new CapabilityModel(Capability.ImageToText, "paddleocr/pp-ocrv4-ch"), requireWarm: true, out refused), refused?.ToString());
        Assert.Equal(3u, back.Capabilities.Single(c => c.Capability == Capability.Transcoding).Capacity);
    }

    [Fact]
    public void Ai_responses_round_trip_between_our_nodes_and_standard_ones_are_read()
    {
        AiPipelines.TryGet("text-to-image", out var pipeline);
        var output = new WorkOutput(new BigInteger(262_144), [new WorkArtifact("image-0.png", "image/png", [1, 2, 3])],
            """{"model_id":"sd-turbo","media":[{"name":"image-0.png","width":512,"height":512}]}""");
        var json = AiRunnerResponse.Build(pipeline!, output, a => "https://o/stream/wire/x/" + a.Name, "req1", 7, DateTimeOffset.UnixEpoch);
        using (var document = JsonDocument.Parse(json))
        {
            var image = document.RootElement.GetProperty("images")[0];
            Assert.Equal("https://o/stream/wire/x/image-0.png", image.GetProperty("url").GetString());
            Assert.Equal(7, image.GetProperty("seed").GetInt64());
        }
        var (media, metadata, units) = AiRunnerResponse.Read(pipeline!, json);
        Assert.Equal(("image-0.png", "https://o/stream/wire/x/image-0.png", "image/png"), Assert.Single(media));
        Assert.Equal(new BigInteger(262_144), units);
        Assert.Contains("sd-turbo", metadata, StringComparison.Ordinal);

        AiPipelines.TryGet("image-to-text", out var captions);
        var (none, standard, noUnits) = AiRunnerResponse.Read(captions!, """{"text":"a cat"}""");
        Assert.Empty(none);
        Assert.Null(noUnits);
        Assert.Equal("a cat", JsonDocument.Parse(standard).RootElement.GetProperty("text").GetString());
        Assert.Throws<FormatException>(() => AiRunnerResponse.Read(pipeline!, """{"images":"nope"}"""));
    }

    [Fact]
    public async Task Ai_requests_are_sent_with_typed_json_values()
    {
        AiPipelines.TryGet("text-to-image", out var pipeline);
        using var body = JsonDocument.Parse("""{"model_id":"sd-turbo","prompt":"a cat","width":256,"height":256,"guidance_scale":1.5,"safety_check":false}""");
        var parsed = AiRequestParser.ParseJson(pipeline!, body.RootElement);
        Assert.True(parsed.Succeeded, parsed.Summary);
        using var content = AiRunnerRequest.Build(parsed.Request);
        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        using var sent = JsonDocument.Parse(Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync()));
        var root = sent.RootElement;
        Assert.Equal("sd-turbo", root.GetProperty("model_id").GetString());
        Assert.Equal(256, root.GetProperty("width").GetInt32());
        Assert.Equal(1.5, root.GetProperty("guidance_scale").GetDouble());
        Assert.False(root.GetProperty("safety_check").GetBoolean());
        Assert.Equal("a cat", root.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Go_http_errors_end_with_a_newline_and_carry_nosniff()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        await GoHttpError.WriteAsync(context, 403, "ErrSegSig");
        Assert.Equal(403, context.Response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", context.Response.ContentType);
        Assert.Equal("nosniff", context.Response.Headers["X-Content-Type-Options"].ToString());
        Assert.Equal("ErrSegSig\n", Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }

    [Fact]
    public void GetOrchestrator_prices_the_first_ai_capability_asked_for()
    {
        Assert.Equal((null, null), OrchestratorRpcService.PricedJob(CapabilityAdverts.ForTranscodingJob([])));
        Assert.Equal(((uint)Capability.Llm, "llama"), OrchestratorRpcService.PricedJob(CapabilityAdverts.ForAiJob(Capability.Llm, "llama")));
        Assert.Equal(((uint)Capability.Upscale, null), OrchestratorRpcService.PricedJob(CapabilityAdverts.ForAiJob(Capability.Upscale, "")));
    }
}
