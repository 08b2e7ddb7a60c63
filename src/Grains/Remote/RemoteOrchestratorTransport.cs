using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Sessions;
using Livepeer.Grains.Signing;
using Livepeer.Grains.Video;
using Livepeer.Grains.Wire;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Segments;
using Livepeer.Protocol.Selection;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Logging;

namespace Livepeer.Grains.Remote;

/// <summary>
/// Reaches an orchestrator of another deployment (ours or go-livepeer) over the Livepeer wire protocol:
/// GetOrchestrator over gRPC with the signed request (pm-protocol.md §8.1), then transcode jobs as
/// <c>POST /segment</c>, AI jobs on the AI routes and payment-only calls as <c>POST /payment</c>, each with the
/// Livepeer-Payment and signed Livepeer-Segment headers. Outputs are downloaded from the URLs the orchestrator
/// returns. Throws when no answer arrived (the session restores its balance); an answer that is not a success
/// is a rejection (the credit counts as spent), as go-livepeer's gateway treats them (§10.2).
/// </summary>
public sealed partial class RemoteOrchestratorTransport(
    ITicketSigner signer,
    RemoteOrchestratorClients clients,
    ILogger<RemoteOrchestratorTransport> logger) : IOrchestratorTransport
{
    public const string PaymentHeader = "Livepeer-Payment";
    public const string SegmentHeader = "Livepeer-Segment";

    /// <summary>go-livepeer's AI protocol version header (server/ai_worker.go); with it orchestrators answer URLs, not base64.</summary>
    public const string AiWorkerProtocol = "Livepeer-AI-Worker-1.0";

    private static readonly ByteString LegacyProfiles = ByteString.CopyFromUtf8("invalid");

    public async Task<QuoteResult> GetOrchestratorInfoAsync(OrchestratorEndpoint endpoint, QuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(endpoint.ServiceUri, UriKind.Absolute, out var uri))
        {
            return QuoteResult.Refused($"orchestrator {endpoint.Orchestrator} has no usable service URI (\"{endpoint.ServiceUri}\")");
        }
        var job = JobCapabilities(request.Capability, request.Model);
        var timeout = request.SessionId is null ? clients.Options.GrpcCallTimeout : clients.Options.RefreshTimeout;
        var (info, error) = await ProbeAsync(uri, job, timeout, cancellationToken);
        if (info is null)
        {
            return QuoteResult.Refused(error!);
        }
        if (OrchestratorInfoMapping.TryToQuote(info, endpoint.Orchestrator, out var quote) is { } problem)
        {
            return QuoteResult.Refused($"orchestrator {uri}: {problem}");
        }
        if (!CapabilityCompatibility.IsCompatible(job, info.Capabilities))
        {
            return QuoteResult.Refused($"orchestrator {uri}: {CapabilityCompatibility.ErrIncompatible}");
        }
        return QuoteResult.Ok(quote!);
    }

    public Task<PaidCallResponse> PayAndCallAsync(OrchestratorEndpoint endpoint, PaidCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(call);
        var quote = call.Quote ?? throw new ArgumentException("a remote call needs the OrchestratorInfo it pays against", nameof(call));
        if (!Uri.TryCreate(quote.ServiceUri, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"orchestrator {endpoint.Orchestrator} sent no usable service URI (\"{quote.ServiceUri}\")");
        }
        if (call.Work.Payload is not { } payload)
        {
            return PayAheadAsync(endpoint, call, quote, cancellationToken);
        }
        if (payload.Job == TranscodeJobParameters.Job)
        {
            return SegmentAsync(endpoint, call, quote, payload, cancellationToken);
        }
        if (AiPipelines.FromJobName(payload.Job) is { } pipeline)
        {
            return AiAsync(call, quote, pipeline, payload, cancellationToken);
        }
        throw new WorkRejectedException($"remote orchestrators take transcode and AI jobs, not {payload.Job}") { IsBadInput = true };
    }

    /// <summary>
    /// GetOrchestrator at <paramref name="uri"/> with this gateway's signed request: the OrchestratorInfo, or the
    /// orchestrator's error ("Could not get orchestrator …") when it refused or could not be reached in time.
    /// </summary>
    public async Task<(OrchestratorInfo? Info, string? Error)> ProbeAsync(Uri uri, Capabilities job, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(job);
        var request = new OrchestratorRequest
        {
            Address = ByteString.CopyFrom(signer.Address.ToBytes()),
            Sig = ByteString.CopyFrom(signer.SignMessage(OrchestratorRequestSignature.Message(signer.Address))),
            Capabilities = job,
        };
        try
        {
            return (await clients.Orchestrator(uri).GetOrchestratorAsync(request, deadline: DateTime.UtcNow + timeout, cancellationToken: cancellationToken), null);
        }
        catch (RpcException e)
        {
            var detail = e.StatusCode == StatusCode.Unknown ? e.Status.Detail : $"{e.StatusCode}: {e.Status.Detail}";
            LogQuoteFailed(uri.ToString(), detail);
            return (null, $"Could not get orchestrator {uri}: {detail}");
        }
    }

    /// <summary>The job capabilities a GetOrchestrator asks with: an AI capability and model, or plain transcoding.</summary>
    internal static Capabilities JobCapabilities(uint? capability, string? model) =>
        capability is uint c && c >= Capability.TextToImage ? CapabilityAdverts.ForAiJob((int)c, model ?? "") : CapabilityAdverts.ForTranscodingJob([]);

    private async Task<PaidCallResponse> SegmentAsync(OrchestratorEndpoint endpoint, PaidCall call, OrchestratorQuote quote, WorkPayload payload, CancellationToken cancellationToken)
    {
        var parameters = TranscodeJobParameters.Parse(payload.Parameters);
        var profiles = parameters.Profiles.Select(p => p.ToWire(parameters.Format)).ToList();
        var segData = new SegData
        {
            ManifestId = ByteString.CopyFromUtf8(parameters.ManifestId),
            Seq = parameters.Seq,
            Hash = ByteString.CopyFrom(Keccak256.Hash(payload.Body)),
            Profiles = LegacyProfiles,
            Duration = (int)Math.Clamp(parameters.Duration.TotalMilliseconds, 0, int.MaxValue),
            Capabilities = CapabilityAdverts.ForTranscodingJob(profiles),
            AuthToken = OrchestratorInfoMapping.AuthTokenOf(quote),
        };
        ProfilesField(segData, profiles).AddRange(profiles);
        segData.Sig = ByteString.CopyFrom(signer.SignMessage(SegmentSignature.Flatten(segData)));

        var duration = parameters.Duration > TimeSpan.Zero ? parameters.Duration : SegmentMetadata.DefaultDuration;
        var options = clients.Options;
        using var request = Post(quote, "/segment", call, segData, new ByteArrayContent(payload.Body));
        request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/MP2T");
        var started = Stopwatch.GetTimestamp();
        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The stream's timeoutMultiplier stretches both, as gateway-api.md §2.3 says (a slow orchestrator's stream).
        whole.CancelAfter(options.SegmentTimeout(duration, parameters.TimeoutMultiplier));
        using var response = await SendUntilHeadersAsync(request, options.SegmentUploadTimeout(duration, parameters.TimeoutMultiplier), whole.Token);
        var (body, problem) = await ReadOkBodyAsync(response, whole.Token);
        if (problem is not null)
        {
            return Rejected(quote, problem);
        }
        TranscodeResult result;
        try
        {
            result = TranscodeResult.Parser.ParseFrom(body);
        }
        catch (InvalidProtocolBufferException e)
        {
            return Rejected(quote, $"the orchestrator's TranscodeResult is unreadable: {e.Message}");
        }
        var refreshed = OrchestratorInfoMapping.TryToQuote(result.Info, endpoint.Orchestrator, out var next) is null ? next : null;
        switch (result.ResultCase)
        {
            case TranscodeResult.ResultOneofCase.Error:
                return new PaidCallResponse(PaidCallStatus.Rejected, result.Error, null, 0, refreshed);
            case TranscodeResult.ResultOneofCase.Data:
                break;
            default:
                return new PaidCallResponse(PaidCallStatus.Rejected, "UnknownResponse", null, 0, refreshed);
        }
        if (result.Data.Segments.Count != parameters.Profiles.Count)
        {
            return new PaidCallResponse(PaidCallStatus.Rejected,
                string.Create(CultureInfo.InvariantCulture, $"the orchestrator returned {result.Data.Segments.Count} renditions for {parameters.Profiles.Count} profiles"), null, 0, refreshed);
        }
        var renditions = new List<TranscodedRenditionData>();
        try
        {
            for (int i = 0; i < parameters.Profiles.Count; i++)
            {
                var profile = parameters.Profiles[i];
                var segment = result.Data.Segments[i];
                var (data, _) = await RemoteMedia.FetchAsync(clients, segment.Url, whole.Token);
                renditions.Add(new TranscodedRenditionData(profile.Name, data, profile.Width, profile.Height, 0, segment.Pixels));
            }
        }
        catch (Exception e) when (e is InvalidDataException or HttpRequestException or OperationCanceledException)
        {
            return new PaidCallResponse(PaidCallStatus.Rejected, $"rendition download failed: {e.Message}", null, 0, refreshed);
        }
        var transcoded = new TranscodedSegment(0, 0, 0, parameters.Duration, renditions, Stopwatch.GetElapsedTime(started));
        var output = TranscodeOutput.ToWorkOutput(transcoded, parameters.Format);
        LogCompleted(quote.ServiceUri, "segment", output.Units.ToString(CultureInfo.InvariantCulture));
        return new PaidCallResponse(PaidCallStatus.Completed, null, null, output.Units, refreshed, output);
    }

    private async Task<PaidCallResponse> AiAsync(PaidCall call, OrchestratorQuote quote, AiPipeline pipeline, WorkPayload payload, CancellationToken cancellationToken)
    {
        var parsed = AiRequestParser.ParsePayload(pipeline, payload.Parameters, payload.Body);
        if (!parsed.Succeeded)
        {
            throw new WorkRejectedException($"invalid {pipeline.Name} request: {parsed.Summary}") { IsBadInput = true };
        }
        var segData = CredentialsOnly(quote, CapabilityAdverts.ForAiJob(pipeline.Capability, parsed.Request.ModelId));
        using var request = Post(quote, pipeline.Route, call, segData, AiRunnerRequest.Build(parsed.Request));
        request.Headers.TryAddWithoutValidation("Authorization", AiWorkerProtocol);
        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        whole.CancelAfter(clients.Options.AiRequestTimeout);
        using var response = await SendUntilHeadersAsync(request, clients.Options.AiRequestTimeout, whole.Token);
        var (body, problem) = await ReadOkBodyAsync(response, whole.Token);
        if (problem is not null)
        {
            return Rejected(quote, problem);
        }
        try
        {
            var (media, metadata, units) = AiRunnerResponse.Read(pipeline, Encoding.UTF8.GetString(body));
            var artifacts = new List<WorkArtifact>();
            foreach (var (name, url, contentType) in media)
            {
                var (data, fetchedType) = await RemoteMedia.FetchAsync(clients, url, whole.Token);
                artifacts.Add(new WorkArtifact(name, contentType ?? fetchedType ?? "application/octet-stream", data));
            }
            // The gateway pays for its own count of units (go-livepeer debits its fee estimate); an orchestrator of
            // ours says what it debited, and that count keeps both balances equal.
            var charged = units ?? call.Work.Units;
            LogCompleted(quote.ServiceUri, pipeline.Name, charged.ToString(CultureInfo.InvariantCulture));
            return new PaidCallResponse(PaidCallStatus.Completed, null, null, charged, null, new WorkOutput(charged, artifacts, metadata));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or HttpRequestException or OperationCanceledException)
        {
            return Rejected(quote, e.Message);
        }
    }

    private async Task<PaidCallResponse> PayAheadAsync(OrchestratorEndpoint endpoint, PaidCall call, OrchestratorQuote quote, CancellationToken cancellationToken)
    {
        // The orchestrator credits /payment to SegData.manifestId; naming the auth session keeps one balance per session.
        var segData = CredentialsOnly(quote, CapabilityAdverts.ForTranscodingJob([]));
        segData.ManifestId = ByteString.CopyFromUtf8(quote.SessionId);
        segData.Sig = ByteString.CopyFrom(signer.SignMessage(SegmentSignature.Flatten(segData)));
        using var request = Post(quote, "/payment", call, segData, new ByteArrayContent([]));
        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        whole.CancelAfter(clients.Options.PaymentTimeout);
        using var response = await SendUntilHeadersAsync(request, clients.Options.PaymentTimeout, whole.Token);
        var (body, problem) = await ReadOkBodyAsync(response, whole.Token);
        if (problem is not null)
        {
            return Rejected(quote, problem);
        }
        try
        {
            var result = PaymentResult.Parser.ParseFrom(body);
            var refreshed = OrchestratorInfoMapping.TryToQuote(result.Info, endpoint.Orchestrator, out var next) is null ? next : null;
            return new PaidCallResponse(PaidCallStatus.Completed, null, null, BigInteger.Zero, refreshed, WorkOutput.Metered(BigInteger.Zero));
        }
        catch (InvalidProtocolBufferException e)
        {
            return Rejected(quote, $"the orchestrator's PaymentResult is unreadable: {e.Message}");
        }
    }

    /// <summary>SegData for a request without a segment (AI, /payment): hash of nothing, no profiles, signed.</summary>
    private SegData CredentialsOnly(OrchestratorQuote quote, Capabilities capabilities)
    {
        var segData = new SegData
        {
            ManifestId = ByteString.CopyFromUtf8(quote.SessionId),
            Hash = ByteString.CopyFrom(Keccak256.Hash([])),
            Profiles = LegacyProfiles,
            Capabilities = capabilities,
            AuthToken = OrchestratorInfoMapping.AuthTokenOf(quote),
        };
        segData.Sig = ByteString.CopyFrom(signer.SignMessage(SegmentSignature.Flatten(segData)));
        return segData;
    }

    /// <summary>go-livepeer's choice of profiles field (core.NetSegData): 33 for integer-fps MPEG-TS with default profile and GOP, 34 when some output is MP4, 35 otherwise.</summary>
    private static Google.Protobuf.Collections.RepeatedField<VideoProfile> ProfilesField(SegData segData, IReadOnlyList<VideoProfile> profiles)
    {
        bool plain = profiles.All(p => p.FpsDen <= 1 && p.Profile == VideoProfile.Types.Profile.EncoderDefault && p.Gop == 0);
        if (!plain)
        {
            return segData.FullProfiles3;
        }
        return profiles.All(p => p.Format == VideoProfile.Types.Format.Mpegts) ? segData.FullProfiles : segData.FullProfiles2;
    }

    private static HttpRequestMessage Post(OrchestratorQuote quote, string route, PaidCall call, SegData segData, HttpContent content)
    {
        var request = RemoteOrchestratorClients.NewRequest(HttpMethod.Post, new Uri(quote.ServiceUri.TrimEnd('/') + route));
        request.Headers.TryAddWithoutValidation(PaymentHeader, call.PaymentHeader);
        request.Headers.TryAddWithoutValidation(SegmentHeader, SegDataWire.ToHeader(segData));
        request.Content = content;
        return request;
    }

    // Until the response headers arrive the upload may still be refused; a failure before them means no answer.
    private async Task<HttpResponseMessage> SendUntilHeadersAsync(HttpRequestMessage request, TimeSpan headerTimeout, CancellationToken cancellationToken)
    {
        using var headers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        headers.CancelAfter(headerTimeout);
        try
        {
            return await clients.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested || headers.IsCancellationRequested)
        {
            throw new TimeoutException($"header timeout: no response from {request.RequestUri} within {headerTimeout.TotalSeconds:0.###} s", e);
        }
    }

    // Every wire call ends the same way: the whole body, or why the answer does not count (unreadable or not 200).
    private static async Task<(byte[] Body, string? Problem)> ReadOkBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return ([], $"the orchestrator's response could not be read: {e.Message}");
        }
        return response.StatusCode == HttpStatusCode.OK ? (body, null) : (body, ErrorText(response.StatusCode, body));
    }

    private static string ErrorText(HttpStatusCode status, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length > 0 ? text : string.Create(CultureInfo.InvariantCulture, $"the orchestrator answered {(int)status}");
    }

    private PaidCallResponse Rejected(OrchestratorQuote quote, string error)
    {
        LogRejected(quote.ServiceUri, error);
        return new PaidCallResponse(PaidCallStatus.Rejected, error, null, 0, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GetOrchestrator at {Orchestrator} failed: {Reason}")]
    private partial void LogQuoteFailed(string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Remote orchestrator {Orchestrator} refused or failed the call: {Reason}")]
    private partial void LogRejected(string orchestrator, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Remote orchestrator {Orchestrator} completed a {Job} call for {Units} units")]
    private partial void LogCompleted(string orchestrator, string job, string units);
}
