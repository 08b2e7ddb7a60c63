namespace Livepeer.Media;

/// <summary>The media engine itself failed (encoder, filter, muxer, device, memory): a server fault, not the input's.</summary>
public sealed class MediaEngineException : Exception
{
    public MediaEngineException()
    {
    }

    public MediaEngineException(string message)
        : base(message)
    {
    }

    public MediaEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
