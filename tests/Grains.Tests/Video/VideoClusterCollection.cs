namespace Livepeer.Grains.Tests.Video;

/// <summary>Stream tests share one video cluster and run one after another (they choose the orchestrators in play).</summary>
[CollectionDefinition(Name)]
public sealed class VideoClusterCollection : ICollectionFixture<VideoClusterFixture>
{
    public const string Name = "video cluster";
}
