namespace Livepeer.Gateway.Api.Video;

public enum PlaybackKind
{
    Master,
    Media,
    Segment,
}
