using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// The priced units of a parsed request (gateway-api.md §3.5, through <see cref="AiUnits"/>): what the
/// gateway pays for and, from the same request, what the orchestrator debits. The sides differ only for an
/// LLM request without max_tokens (256 vs 400); the gateway fills in its 256 before sending, so both count
/// the same and the balances agree.
/// </summary>
public static class AiRequestUnits
{
    public static bool TryCompute(AiRequest request, AiInput input, AiPricingSide side, out BigInteger units, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        units = BigInteger.Zero;
        error = null;
        switch (request.Pipeline.Name)
        {
            case "text-to-image":
                units = AiUnits.TextToImage(request.Integer("height"), request.Integer("width"), request.Integer("num_images_per_prompt"));
                return true;
            case "image-to-image":
                return WithImage(input, out error, image => AiUnits.ImageToImage(image.Height, image.Width, request.Integer("num_images_per_prompt")), out units);
            case "image-to-video":
                units = AiUnits.ImageToVideo(request.Integer("height"), request.Integer("width"));
                return true;
            case "upscale":
                return WithImage(input, out error, image => AiUnits.Upscale(image.Height, image.Width), out units);
            case "segment-anything-2":
                return WithImage(input, out error, image => AiUnits.SegmentAnything2(image.Height, image.Width), out units);
            case "image-to-text":
                return WithImage(input, out error, image => AiUnits.ImageToText(image.Height, image.Width), out units);
            case "audio-to-text":
                if (input.Audio is not { } audio)
                {
                    error = "audio-to-text needs the audio's duration";
                    return false;
                }
                if (audio.DurationSeconds < 1)
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"the audio is {audio.DurationSeconds:0.###} s long; audio-to-text needs at least 1 second");
                    return false;
                }
                units = AiUnits.AudioToText(audio.DurationSeconds);
                return true;
            case "llm":
                units = AiUnits.Llm(request.Integer("max_tokens"), side);
                return true;
            case "text-to-speech":
                if (string.IsNullOrEmpty(request.Text("text")))
                {
                    error = "text-to-speech needs a non-empty text";
                    return false;
                }
                units = AiUnits.TextToSpeech(request.Text("text")!);
                return true;
            default:
                error = $"no pricing rule for pipeline {request.Pipeline.Name}";
                return false;
        }
    }

    private static bool WithImage(AiInput input, [NotNullWhen(false)] out string? error, Func<ImageInfo, BigInteger> rule, out BigInteger units)
    {
        if (input.Image is not { } image)
        {
            units = BigInteger.Zero;
            error = "the request needs an image to be priced";
            return false;
        }
        units = rule(image);
        error = null;
        return true;
    }
}
