namespace Livepeer.Gateway.Api.Video;

/// <summary>Log category of the push and playback routes.</summary>
public sealed class VideoRoutes
{
    private VideoRoutes()
    {
    }
}
