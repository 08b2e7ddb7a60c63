namespace Livepeer.Protocol.Ai;

/// <summary>How big an uploaded input may be once its header is read.</summary>
/// <param name="MaxImagePixels">largest width × height of an uploaded image</param>
/// <param name="MaxAudioSeconds">longest audio clip</param>
public sealed record AiInputLimits(long MaxImagePixels, double MaxAudioSeconds)
{
    /// <summary>4096 × 4096 pixels, one hour of audio.</summary>
    public static readonly AiInputLimits Default = new(4096L * 4096, 3600);
}
