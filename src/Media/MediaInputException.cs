namespace Livepeer.Media;

/// <summary>The input media itself is unusable (not a segment, truncated, no decodable stream, not an image): a 4xx, not a server fault.</summary>
public sealed class MediaInputException : Exception
{
    public MediaInputException()
    {
    }

    public MediaInputException(string message)
        : base(message)
    {
    }

    public MediaInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
