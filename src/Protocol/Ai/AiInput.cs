namespace Livepeer.Protocol.Ai;

/// <summary>What the uploaded file of a request turned out to be: an image, audio, or nothing (JSON routes).</summary>
public sealed record AiInput(ImageInfo? Image, AudioInfo? Audio)
{
    public static readonly AiInput None = new(null, null);
}
