using System.Globalization;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// go-livepeer's capability numbers (core/capabilities.go, gateway-api.md §3.7) and the mapping between
/// AI pipeline names and capabilities. Transcoding jobs are keyed by <see cref="Transcoding"/> (H.264,
/// bit 0 of the legacy default job bits).
/// </summary>
public static class Capability
{
    public const int Invalid = -2;
    /// <summary>go-livepeer files the global max price under this number ("default").</summary>
    public const int Unused = -1;
    public const int H264 = 0;
    public const int Mpegts = 1;
    public const int Mp4 = 2;
    public const int FractionalFramerates = 3;
    public const int StorageDirect = 4;
    public const int StorageS3 = 5;
    public const int StorageGcs = 6;
    public const int ProfileH264Baseline = 7;
    public const int ProfileH264Main = 8;
    public const int ProfileH264High = 9;
    public const int ProfileH264ConstrainedHigh = 10;
    public const int Gop = 11;
    public const int AuthToken = 12;
    public const int SceneClassification = 13;
    public const int Mpeg7VideoSignature = 14;
    public const int HevcDecode = 15;
    public const int HevcEncode = 16;
    public const int Vp8Decode = 17;
    public const int Vp9Decode = 18;
    public const int Vp8Encode = 19;
    public const int Vp9Encode = 20;
    public const int H264DecodeYuv444_8Bit = 21;
    public const int H264DecodeYuv422_8Bit = 22;
    public const int H264DecodeYuv444_10Bit = 23;
    public const int H264DecodeYuv422_10Bit = 24;
    public const int H264DecodeYuv420_10Bit = 25;
    public const int SegmentSlicing = 26;
    public const int TextToImage = 27;
    public const int ImageToImage = 28;
    public const int ImageToVideo = 29;
    public const int Upscale = 30;
    public const int AudioToText = 31;
    public const int SegmentAnything2 = 32;
    public const int Llm = 33;
    public const int ImageToText = 34;
    public const int LiveVideoToVideo = 35;
    public const int TextToSpeech = 36;
    public const int Byoc = 37;

    /// <summary>The capability transcoding jobs are priced and selected under.</summary>
    public const int Transcoding = H264;

    /// <summary>How a transcoding job names itself in messages.</summary>
    public const string TranscodingName = "transcoding";

    // Pipeline name = capability name lower-cased with '-' for spaces (core/ai.go PipelineToCapability).
    private static readonly Dictionary<string, int> PipelineToCapability = new(StringComparer.Ordinal)
    {
        ["text-to-image"] = TextToImage,
        ["image-to-image"] = ImageToImage,
        ["image-to-video"] = ImageToVideo,
        ["upscale"] = Upscale,
        ["audio-to-text"] = AudioToText,
        ["segment-anything-2"] = SegmentAnything2,
        ["llm"] = Llm,
        ["image-to-text"] = ImageToText,
        ["live-video-to-video"] = LiveVideoToVideo,
        ["text-to-speech"] = TextToSpeech,
    };

    private static readonly Dictionary<int, string> CapabilityToPipeline =
        PipelineToCapability.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>The AI pipeline names selection knows, in capability order.</summary>
    public static IReadOnlyList<string> Pipelines { get; } =
        [.. PipelineToCapability.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    public static bool TryFromPipeline(string? pipeline, out int capability)
    {
        capability = Invalid;
        return pipeline is not null && PipelineToCapability.TryGetValue(pipeline, out capability);
    }

    /// <summary>The capability of an AI pipeline name such as "text-to-image"; throws for an unknown name.</summary>
    public static int FromPipeline(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return TryFromPipeline(pipeline, out var capability)
            ? capability
            : throw new ArgumentException($"unknown pipeline \"{pipeline}\"; known pipelines: {string.Join(", ", Pipelines)}", nameof(pipeline));
    }

    /// <summary>"text-to-image" for AI capabilities, "transcoding" for H.264, "capability N" otherwise.</summary>
    public static string Name(int capability) =>
        capability == Transcoding ? TranscodingName
        : CapabilityToPipeline.TryGetValue(capability, out var pipeline) ? pipeline
        : string.Create(CultureInfo.InvariantCulture, $"capability {capability}");

    /// <summary>Which selection and penalty rules a capability's jobs follow.</summary>
    public static JobKind KindOf(int capability) =>
        capability == LiveVideoToVideo ? JobKind.LiveAi
        : capability >= TextToImage ? JobKind.BatchAi
        : JobKind.Transcoding;
}
