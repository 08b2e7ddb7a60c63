namespace Livepeer.Protocol.Video;

/// <summary>A push request, stream configuration or rendition profile is malformed; the message says what and where.</summary>
public sealed class VideoConfigException : FormatException
{
    public VideoConfigException()
    {
    }

    public VideoConfigException(string message)
        : base(message)
    {
    }

    public VideoConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
