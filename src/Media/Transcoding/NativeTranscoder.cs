using Livepeer.Media.Interop;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Transcoding;

/// <summary>
/// <see cref="ITranscoder"/> over liblpmedia: decode once, per rendition frame rate, scale and H.264 encode
/// (NVENC with CUDA decoding when available, libx264 otherwise), muxed in the source's container.
/// Thread-safe: concurrent calls run on separate native workers, which are reused between calls.
/// </summary>
public sealed class NativeTranscoder : ITranscoder, IDisposable
{
    private readonly NativeWorkerPool _pool;

    public NativeTranscoder(IOptions<NativeTranscoderOptions> options, ILogger<NativeTranscoder> logger)
        : this(options.Value, logger)
    {
    }

    public NativeTranscoder(NativeTranscoderOptions options, ILogger<NativeTranscoder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        NativeTranscoderOptionsValidator.ThrowIfInvalid(options);
        var log = (ILogger?)logger ?? NullLogger.Instance;
        var (accel, first, reason) = ChooseEncoder(options);
        UsesNvenc = first.UsesNvenc;
        MediaLog.EncoderChosen(log, UsesNvenc ? "h264_nvenc" : "libx264", reason);
        _pool = new NativeWorkerPool(options, accel, first);
    }

    /// <summary>Whether renditions are encoded with NVENC (decided once, at construction).</summary>
    public bool UsesNvenc { get; }

    public Task<TranscodeResult> TranscodeAsync(TranscodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Container))
        {
            throw new MediaInputException($"unknown segment container {(int)request.Container}");
        }
        ProfileMapping.Validate(request.Profiles);
        cancellationToken.ThrowIfCancellationRequested();
        // Minutes of native CPU work at worst: off the caller's thread (an Orleans scheduler thread, say).
        return Task.Run(() => _pool.Run(worker => worker.Transcode(request, cancellationToken)), cancellationToken);
    }

    public void Dispose() => _pool.Dispose();

    private static (LpmAccel Accel, NativeWorker First, string Reason) ChooseEncoder(NativeTranscoderOptions options)
    {
        switch (options.Nvenc)
        {
            case NvencMode.Off:
                return (LpmAccel.Cpu, NativeWorker.Create(options, LpmAccel.Cpu), "NVENC off by configuration");
            case NvencMode.On:
                return (LpmAccel.Nvenc, NativeWorker.Create(options, LpmAccel.Nvenc), "NVENC required by configuration");
            default:
                // Probe once here, then create every worker in the mode found, so all of them agree.
                var gpu = NativeWorker.TryCreate(options, LpmAccel.Nvenc, out _, out var error);
                return gpu is not null
                    ? (LpmAccel.Nvenc, gpu, $"GPU {options.GpuIndex} found")
                    : (LpmAccel.Cpu, NativeWorker.Create(options, LpmAccel.Cpu), "no NVENC: " + error);
        }
    }
}
