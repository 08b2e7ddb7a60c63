using System.Diagnostics;
using Livepeer.Grains.Abstractions.Diagnostics;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Placement;
using Livepeer.Media;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Video;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;

namespace Livepeer.Grains.Video;

/// <summary>
/// Runs <see cref="ITranscoder"/> on a GPU silo. GPU-placed and immovable (not a stateless worker, which would
/// run on the caller's silo, GPU or not); reentrant, with the silo's <see cref="TranscodeSlots"/> bounding how
/// many segments transcode at once across all activations here.
/// </summary>
[GpuPlacement, Immovable, Reentrant]
[GrainType("livepeer.transcoder")]
public sealed partial class TranscoderGrain(ITranscoder transcoder, TranscodeSlots slots, ILogger<TranscoderGrain> logger) : Grain, ITranscoderGrain
{
    public async Task<TranscodedSegment> Transcode(TranscodeJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var timeout = new CancellationTokenSource(job.Timeout);
        IDisposable slot;
        try
        {
            using var waiting = PushTracing.Start(PushTracing.TranscoderSlot);
            slot = await slots.AcquireAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new WorkRejectedException($"timed out after {job.Timeout.TotalSeconds:0.###} s waiting for a transcode slot ({slots.Capacity} busy)");
        }
        using (slot)
        {
            var request = new TranscodeRequest(job.Segment, job.Format == SegmentFormat.Mp4 ? SegmentContainer.Mp4 : SegmentContainer.MpegTs, [.. job.Profiles.Select(ToMedia)]);
            var started = Stopwatch.GetTimestamp();
            TranscodeResult result;
            try
            {
                using var span = PushTracing.Start(PushTracing.Transcode);
                result = await transcoder.TranscodeAsync(request, timeout.Token);
            }
            catch (MediaInputException e)
            {
                LogBadInput(this.GetPrimaryKeyString(), e.Message);
                throw new WorkRejectedException(e.Message) { IsBadInput = true };
            }
            catch (MediaEngineException e)
            {
                LogEngineFailed(e, this.GetPrimaryKeyString());
                throw new WorkRejectedException($"transcoder failure: {e.Message}");
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new WorkRejectedException($"transcoding timed out after {job.Timeout.TotalSeconds:0.###} s");
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            LivepeerMetrics.TranscodeDuration.Record(elapsed.TotalSeconds);
            var source = result.Source;
            return new TranscodedSegment(
                source.Width,
                source.Height,
                source.FramesPerSecond,
                source.Duration,
                [.. result.Renditions.Select(r => new TranscodedRenditionData(r.Name, r.Data, r.Width, r.Height, r.Frames, r.Pixels))],
                elapsed);
        }
    }

    /// <summary>The media layer's profile of a rendition the gateway already checked (<c>RenditionSupport</c>).</summary>
    internal static TranscodeProfile ToMedia(RenditionProfile profile) => new(
        profile.Name,
        profile.Width,
        profile.Height,
        profile.BitrateBps,
        checked((int)profile.Fps),
        checked((int)profile.FpsDen),
        profile.Profile switch
        {
            VideoCodecProfile.H264Baseline => H264Profile.Baseline,
            VideoCodecProfile.H264Main => H264Profile.Main,
            VideoCodecProfile.H264High => H264Profile.High,
            VideoCodecProfile.H264ConstrainedHigh => H264Profile.ConstrainedHigh,
            _ => H264Profile.None,
        },
        profile.GopSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transcoder {Key}: bad input segment: {Reason}")]
    private partial void LogBadInput(string key, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Transcoder {Key}: the media engine failed")]
    private partial void LogEngineFailed(Exception exception, string key);
}
