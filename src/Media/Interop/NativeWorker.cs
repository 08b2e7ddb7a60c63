using System.Text;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Interop;

/// <summary>
/// One lpm_worker and the managed side of its calls. Used by one call at a time (the pool sees to that):
/// the native worker keeps its decoder open between segments.
/// </summary>
internal sealed unsafe class NativeWorker : IDisposable
{
    private readonly WorkerHandle _handle;

    private NativeWorker(WorkerHandle handle)
    {
        _handle = handle;
        UsesNvenc = LpmNative.WorkerUsesNvenc(handle) != 0;
    }

    public bool UsesNvenc { get; }

    /// <summary>Creates a worker, or returns the status and lpmedia's reason.</summary>
    public static NativeWorker? TryCreate(NativeTranscoderOptions options, LpmAccel accel, out LpmStatus status, out string error)
    {
        CheckApiVersion();
        var native = new LpmWorkerOptions
        {
            Accel = (int)accel,
            EncoderThreads = options.EncoderThreads,
            DecoderThreads = options.DecoderThreads,
            GpuIndex = options.GpuIndex,
        };
        var preset = Encoding.ASCII.GetBytes(options.X264Preset ?? string.Empty);
        if (preset.Length >= LpmWorkerOptions.PresetBytes)
        {
            status = LpmStatus.Argument;
            error = $"x264 preset \"{options.X264Preset}\" is too long";
            return null;
        }
        preset.CopyTo(new Span<byte>(native.X264Preset, LpmWorkerOptions.PresetBytes));

        Span<byte> buffer = stackalloc byte[LpmNative.ErrorBytes];
        buffer.Clear();
        int result;
        WorkerHandle handle;
        fixed (byte* e = buffer)
        {
            result = LpmNative.WorkerCreate(&native, out handle, e, buffer.Length);
        }
        status = (LpmStatus)result;
        if (result != 0)
        {
            handle.Dispose();
            error = LpmNative.ErrorText(buffer, result);
            return null;
        }
        error = string.Empty;
        return new NativeWorker(handle);
    }

    public static NativeWorker Create(NativeTranscoderOptions options, LpmAccel accel)
    {
        return TryCreate(options, accel, out _, out var error) ?? throw new MediaEngineException("cannot start a media worker: " + error);
    }

    public TranscodeResult Transcode(TranscodeRequest request, CancellationToken cancellationToken)
    {
        var profiles = request.Profiles;
        Span<LpmProfile> nativeProfiles = profiles.Count <= 8 ? stackalloc LpmProfile[profiles.Count] : new LpmProfile[profiles.Count];
        for (var i = 0; i < profiles.Count; i++)
        {
            nativeProfiles[i] = ProfileMapping.ToNative(profiles[i]);
        }
        var renditions = new LpmRendition[profiles.Count];
        var source = new LpmMediaInfo();
        Span<byte> error = stackalloc byte[LpmNative.ErrorBytes];
        error.Clear();

        int status;
        using (var pin = request.Segment.Pin())
        using (BeginCall(cancellationToken))
        {
            fixed (LpmProfile* p = nativeProfiles)
            fixed (LpmRendition* r = renditions)
            fixed (byte* e = error)
            {
                status = LpmNative.Transcode(
                    _handle, (byte*)pin.Pointer, request.Segment.Length, (int)request.Container, p, profiles.Count, &source, r, e, error.Length);
            }
        }
        try
        {
            if (status != 0)
            {
                throw ToException((LpmStatus)status, LpmNative.ErrorText(error, status), cancellationToken);
            }
            var sourceInfo = ToSegmentInfo(&source);
            var results = new TranscodedRendition[profiles.Count];
            for (var i = 0; i < profiles.Count; i++)
            {
                results[i] = sourceInfo.HasVideo
                    ? new TranscodedRendition(
                        profiles[i].Name,
                        new ReadOnlySpan<byte>(renditions[i].Data, checked((int)renditions[i].Size)).ToArray(),
                        renditions[i].Width,
                        renditions[i].Height,
                        renditions[i].Frames,
                        renditions[i].Pixels)
                    // No picture to transcode: every rendition slot carries the segment as it came (gateway-api.md §2.6).
                    : new TranscodedRendition(profiles[i].Name, request.Segment.ToArray(), 0, 0, 0, 0);
            }
            return new TranscodeResult(sourceInfo, results);
        }
        finally
        {
            fixed (LpmRendition* r = renditions)
            {
                for (var i = 0; i < renditions.Length; i++)
                {
                    LpmNative.RenditionRelease(r + i);
                }
            }
        }
    }

    public SegmentInfo Inspect(ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        var info = new LpmMediaInfo();
        Span<byte> error = stackalloc byte[LpmNative.ErrorBytes];
        error.Clear();
        int status;
        using (var pin = segment.Pin())
        using (BeginCall(cancellationToken))
        {
            fixed (byte* e = error)
            {
                status = LpmNative.Inspect(_handle, (byte*)pin.Pointer, segment.Length, &info, e, error.Length);
            }
        }
        if (status != 0)
        {
            throw ToException((LpmStatus)status, LpmNative.ErrorText(error, status), cancellationToken);
        }
        return ToSegmentInfo(&info);
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>Arms cancellation for one call: the token makes lpmedia stop at its next packet.</summary>
    private CancellationTokenRegistration BeginCall(CancellationToken cancellationToken)
    {
        // Reset before registering: a token cancelled already sets the flag again at once.
        LpmNative.WorkerResetCancel(_handle);
        var registration = cancellationToken.Register(static state => LpmNative.WorkerCancel((WorkerHandle)state!), _handle);
        cancellationToken.ThrowIfCancellationRequested();
        return registration;
    }

    private static SegmentInfo ToSegmentInfo(LpmMediaInfo* info)
    {
        var length = Math.Clamp(info->SignatureLength, 0, LpmMediaInfo.SignatureMaxBytes);
        var signature = new ReadOnlySpan<byte>(info->Signature, length).ToArray();
        return new SegmentInfo(
            info->HasVideo != 0,
            info->Width,
            info->Height,
            info->Frames,
            info->Pixels,
            info->Fps,
            TimeSpan.FromMicroseconds(info->DurationUs),
            signature);
    }

    private static Exception ToException(LpmStatus status, string message, CancellationToken cancellationToken) => status switch
    {
        LpmStatus.NotMedia or LpmStatus.Truncated or LpmStatus.UnsupportedCodec or LpmStatus.Corrupt or LpmStatus.BadProfile
            => new MediaInputException(message),
        LpmStatus.Cancelled => new OperationCanceledException("the media call was cancelled", cancellationToken),
        _ => new MediaEngineException($"{message} ({status})"),
    };

    private static void CheckApiVersion()
    {
        var version = LpmNative.ApiVersionOfLibrary();
        if (version != LpmNative.ApiVersion)
        {
            throw new MediaEngineException($"liblpmedia.so has API version {version}; this assembly needs {LpmNative.ApiVersion}: rebuild src/Media");
        }
    }
}
