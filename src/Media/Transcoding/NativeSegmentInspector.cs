using Livepeer.Media.Interop;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Transcoding;

/// <summary>
/// <see cref="ISegmentInspector"/> over liblpmedia: software decoding of the whole segment, frame and pixel
/// counts, rate, duration and the perceptual signature compared by <see cref="SegmentSignature"/>. The
/// container is recognised from the bytes. Thread-safe.
/// </summary>
public sealed class NativeSegmentInspector : ISegmentInspector, IDisposable
{
    private readonly NativeWorkerPool _pool;

    public NativeSegmentInspector(IOptions<NativeTranscoderOptions> options)
        : this(options.Value)
    {
    }

    public NativeSegmentInspector(NativeTranscoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        NativeTranscoderOptionsValidator.ThrowIfInvalid(options);
        // Inspection only decodes, on the CPU: no GPU context is needed.
        _pool = new NativeWorkerPool(options, LpmAccel.Cpu);
    }

    public Task<SegmentInfo> InspectAsync(ReadOnlyMemory<byte> segment, SegmentContainer container, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(container))
        {
            throw new MediaInputException($"unknown segment container {(int)container}");
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => _pool.Run(worker => worker.Inspect(segment, cancellationToken)), cancellationToken);
    }

    public void Dispose() => _pool.Dispose();
}
