using System.Diagnostics.CodeAnalysis;
using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// The batch AI routes of gateway-api.md §3.1 with their request schemas (§3.3, ai-runner's
/// gateway.openapi.yaml). <c>model_id</c> is optional here although the schema marks it required: an absent
/// or empty model id means the pipeline's default (§6), which is what the SDK sends by default.
/// </summary>
public static class AiPipelines
{
    /// <summary>Prefix of the job names of AI work (<see cref="AiPipeline.JobName"/>).</summary>
    public const string JobPrefix = "ai/";

    /// <summary>Largest height or width a request may ask for or upload.</summary>
    public const int MaxDimension = 16_384;

    /// <summary>Most images one request may ask for.</summary>
    public const int MaxImagesPerPrompt = 64;

    private static readonly string[] ReturnTimestamps = ["true", "false", "sentence", "word"];

    public static AiPipeline TextToImage { get; } = new("text-to-image", Capability.TextToImage, "stabilityai/sdxl-turbo", AiBodyKind.Json, "model_id",
    [
        Text("model_id"),
        Text("loras"),
        Text("prompt", required: true),
        Dimension("height"),
        Dimension("width"),
        Number("guidance_scale"),
        Text("negative_prompt"),
        Flag("safety_check"),
        Integer("seed"),
        Integer("num_inference_steps", min: 1),
        Integer("num_images_per_prompt", min: 1, max: MaxImagesPerPrompt),
    ]);

    public static AiPipeline ImageToImage { get; } = new("image-to-image", Capability.ImageToImage, "stabilityai/sdxl-turbo", AiBodyKind.Multipart, "model_id",
    [
        Text("prompt", required: true),
        File("image"),
        Text("model_id"),
        Text("loras"),
        Number("strength", min: 0, max: 1),
        Number("guidance_scale"),
        Number("image_guidance_scale"),
        Text("negative_prompt"),
        Flag("safety_check"),
        Integer("seed"),
        Integer("num_inference_steps", min: 1),
        Integer("num_images_per_prompt", min: 1, max: MaxImagesPerPrompt),
    ]);

    public static AiPipeline ImageToVideo { get; } = new("image-to-video", Capability.ImageToVideo, "stabilityai/stable-video-diffusion-img2vid-xt", AiBodyKind.Multipart, "model_id",
    [
        File("image"),
        Text("model_id"),
        Dimension("height"),
        Dimension("width"),
        Integer("fps", min: 1),
        Integer("motion_bucket_id"),
        Number("noise_aug_strength"),
        Flag("safety_check"),
        Integer("seed"),
        Integer("num_inference_steps", min: 1),
    ]);

    public static AiPipeline Upscale { get; } = new("upscale", Capability.Upscale, "stabilityai/stable-diffusion-x4-upscaler", AiBodyKind.Multipart, "model_id",
    [
        Text("prompt", required: true),
        File("image"),
        Text("model_id"),
        Flag("safety_check"),
        Integer("seed"),
        Integer("num_inference_steps", min: 1),
    ]);

    public static AiPipeline AudioToText { get; } = new("audio-to-text", Capability.AudioToText, "openai/whisper-large-v3", AiBodyKind.Multipart, "model_id",
    [
        File("audio"),
        Text("model_id"),
        new AiField("return_timestamps", AiFieldType.String, Choices: ReturnTimestamps),
    ]);

    public static AiPipeline SegmentAnything2 { get; } = new("segment-anything-2", Capability.SegmentAnything2, "facebook/sam2-hiera-large", AiBodyKind.Multipart, "model_id",
    [
        File("image"),
        Text("model_id"),
        Text("point_coords"),
        Text("point_labels"),
        Text("box"),
        Text("mask_input"),
        Flag("multimask_output"),
        Flag("return_logits"),
        Flag("normalize_coords"),
    ]);

    public static AiPipeline Llm { get; } = new("llm", Capability.Llm, "meta-llama/llama-3.1-8B-Instruct", AiBodyKind.Json, "model",
    [
        new AiField("messages", AiFieldType.Messages, Required: true),
        Text("model"),
        Number("temperature", min: 0),
        Integer("max_tokens", min: 1),
        Number("top_p", min: 0, max: 1),
        Integer("top_k"),
        Flag("stream"),
    ]);

    public static AiPipeline ImageToText { get; } = new("image-to-text", Capability.ImageToText, "Salesforce/blip-image-captioning-large", AiBodyKind.Multipart, "model_id",
    [
        File("image"),
        Text("model_id"),
        Text("prompt"),
    ]);

    public static AiPipeline TextToSpeech { get; } = new("text-to-speech", Capability.TextToSpeech, "parler-tts/parler-tts-large-v1", AiBodyKind.Json, "model_id",
    [
        Text("model_id"),
        Text("text"),
        Text("description"),
    ]);

    /// <summary>Every batch route, in capability order.</summary>
    public static IReadOnlyList<AiPipeline> All { get; } =
        [TextToImage, ImageToImage, ImageToVideo, Upscale, AudioToText, SegmentAnything2, Llm, ImageToText, TextToSpeech];

    public static bool TryGet(string? name, [NotNullWhen(true)] out AiPipeline? pipeline)
    {
        pipeline = All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return pipeline is not null;
    }

    /// <summary>The pipeline of a job name such as <c>ai/image-to-text</c>; null for any other job.</summary>
    public static AiPipeline? FromJobName(string? job) =>
        job is not null && job.StartsWith(JobPrefix, StringComparison.Ordinal) && TryGet(job[JobPrefix.Length..], out var pipeline) ? pipeline : null;

    private static AiField Text(string name, bool required = false) => new(name, AiFieldType.String, required);

    private static AiField File(string name) => new(name, AiFieldType.File, Required: true);

    private static AiField Flag(string name) => new(name, AiFieldType.Boolean);

    private static AiField Number(string name, double? min = null, double? max = null) => new(name, AiFieldType.Number, Min: min, Max: max);

    private static AiField Integer(string name, double? min = null, double? max = null) => new(name, AiFieldType.Integer, Min: min, Max: max);

    private static AiField Dimension(string name) => Integer(name, min: 1, max: MaxDimension);
}
