namespace Livepeer.Media.Transcoding;

/// <summary>The native transcoder and inspector (section <c>Transcoder</c>).</summary>
public sealed class NativeTranscoderOptions
{
    public const string SectionName = "Transcoder";

    /// <summary>The libx264 presets, fastest first.</summary>
    public static readonly IReadOnlyList<string> X264Presets =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"];

    /// <summary>Auto uses NVENC when a GPU works, else libx264.</summary>
    public NvencMode Nvenc { get; set; } = NvencMode.Auto;

    /// <summary>CUDA device ordinal used for NVENC and CUDA decoding.</summary>
    public int GpuIndex { get; set; }

    /// <summary>Threads per rendition encoder; 0 lets the encoder choose (about 1.5 per core for libx264).</summary>
    public int EncoderThreads { get; set; }

    /// <summary>Threads of the segment decoder; 0 lets the decoder choose.</summary>
    public int DecoderThreads { get; set; }

    /// <summary>libx264 speed/quality preset; live transcoding wants a fast one.</summary>
    public string X264Preset { get; set; } = "veryfast";

    /// <summary>Idle native workers (each keeps a decoder open between segments) kept for reuse.</summary>
    public int MaxIdleWorkers { get; set; } = Math.Max(2, Environment.ProcessorCount);
}
