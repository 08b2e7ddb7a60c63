using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// The priced "units" of one AI request per pipeline (gateway-api.md §3.5) and its fee,
/// units × pricePerUnit / pixelsPerUnit wei. Denoising steps are not priced. Text-to-speech uses the
/// orchestrator's rule (1000 × characters) on both sides, because that is what gets enforced.
/// </summary>
public static class AiUnits
{
    public const int TextToImageDefaultSize = 512;
    public const int ImageToVideoDefaultHeight = 576;
    public const int ImageToVideoDefaultWidth = 1024;
    public const int ImageToVideoFrames = 25;
    public const int GatewayDefaultLlmMaxTokens = 256;
    public const int OrchestratorDefaultLlmMaxTokens = 400;
    public const int TextToSpeechUnitsPerCharacter = 1000;
    public const int AudioUnitsPerSecond = 1000;

    /// <summary>What a live video-to-video stream pays up front: 60 s of 1280×720 at 30 fps.</summary>
    public static readonly BigInteger LiveInitialPixels = (BigInteger)1280 * 720 * 30 * 60;

    /// <summary>height × width × images; absent height/width are 512, absent image count 1.</summary>
    public static BigInteger TextToImage(int? height, int? width, int? numImagesPerPrompt) =>
        Product(
            Positive(height ?? TextToImageDefaultSize, "height"),
            Positive(width ?? TextToImageDefaultSize, "width"),
            Positive(numImagesPerPrompt ?? 1, "num_images_per_prompt"));

    /// <summary>Input image height × width × images (absent image count 1).</summary>
    public static BigInteger ImageToImage(int imageHeight, int imageWidth, int? numImagesPerPrompt) =>
        Product(Positive(imageHeight, "image height"), Positive(imageWidth, "image width"), Positive(numImagesPerPrompt ?? 1, "num_images_per_prompt"));

    /// <summary>height × width × 25 frames; absent size is 576×1024.</summary>
    public static BigInteger ImageToVideo(int? height, int? width) =>
        Product(Positive(height ?? ImageToVideoDefaultHeight, "height"), Positive(width ?? ImageToVideoDefaultWidth, "width"), ImageToVideoFrames);

    /// <summary>Input image height × width (not the 4× output).</summary>
    public static BigInteger Upscale(int imageHeight, int imageWidth) => ImageArea(imageHeight, imageWidth);

    public static BigInteger SegmentAnything2(int imageHeight, int imageWidth) => ImageArea(imageHeight, imageWidth);

    public static BigInteger ImageToText(int imageHeight, int imageWidth) => ImageArea(imageHeight, imageWidth);

    /// <summary>Whole seconds of audio × 1000; clips under one second are refused (HTTP 400 on the gateway).</summary>
    public static BigInteger AudioToText(double durationSeconds)
    {
        if (!double.IsFinite(durationSeconds) || durationSeconds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds,
                string.Create(CultureInfo.InvariantCulture, $"audio duration must be at least 1 second, got {durationSeconds} s"));
        }
        return new BigInteger(Math.Truncate(durationSeconds)) * AudioUnitsPerSecond;
    }

    /// <summary>max_tokens; when absent the gateway budgets 256 and the orchestrator debits 400.</summary>
    public static BigInteger Llm(int? maxTokens, AiPricingSide side) =>
        Positive(maxTokens ?? (side == AiPricingSide.Gateway ? GatewayDefaultLlmMaxTokens : OrchestratorDefaultLlmMaxTokens), "max_tokens");

    /// <summary>1000 × the number of characters (Unicode code points, Go runes) of the text; empty text is refused.</summary>
    public static BigInteger TextToSpeech(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentException("text-to-speech needs a non-empty text", nameof(text));
        }
        int runes = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            runes++;
        }
        return (BigInteger)runes * TextToSpeechUnitsPerCharacter;
    }

    /// <summary>Input pixels processed by a live video-to-video stream.</summary>
    public static BigInteger LiveVideoToVideo(long inputPixels) =>
        inputPixels >= 0 ? inputPixels : throw new ArgumentOutOfRangeException(nameof(inputPixels), inputPixels, "input pixels must not be negative");

    /// <summary>units × pricePerPixel (pricePerUnit / pixelsPerUnit), exact.</summary>
    public static BigRational Fee(BigInteger units, BigRational pricePerPixel) => new BigRational(units) * pricePerPixel;

    /// <summary>units × pricePerUnit / pixelsPerUnit; pixelsPerUnit = 0 is refused.</summary>
    public static BigRational Fee(BigInteger units, PriceInfo price) => Fee(units, price.ToPricePerPixel());

    private static BigInteger ImageArea(int height, int width) => Product(Positive(height, "image height"), Positive(width, "image width"), 1);

    private static BigInteger Product(int a, int b, int c) => (BigInteger)a * b * c;

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, got {value}");
}
