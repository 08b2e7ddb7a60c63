namespace Livepeer.Media.Inference;

/// <summary>The batch AI pipelines of gateway-api.md §3.1, by their route names.</summary>
public static class PipelineNames
{
    public const string TextToImage = "text-to-image";
    public const string ImageToImage = "image-to-image";
    public const string ImageToVideo = "image-to-video";
    public const string Upscale = "upscale";
    public const string AudioToText = "audio-to-text";
    public const string SegmentAnything2 = "segment-anything-2";
    public const string Llm = "llm";
    public const string ImageToText = "image-to-text";
    public const string TextToSpeech = "text-to-speech";

    public static IReadOnlyList<string> All { get; } =
        [TextToImage, ImageToImage, ImageToVideo, Upscale, AudioToText, SegmentAnything2, Llm, ImageToText, TextToSpeech];
}
