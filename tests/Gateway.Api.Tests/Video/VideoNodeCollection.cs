using Livepeer.NodeTestSupport;

namespace Livepeer.Gateway.Api.Tests.Video;

[CollectionDefinition(Name)]
public sealed class VideoNodeCollection : ICollectionFixture<VideoNode>
{
    public const string Name = "Video node";
}
