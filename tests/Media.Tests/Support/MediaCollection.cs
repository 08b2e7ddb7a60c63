namespace Livepeer.Media.Tests.Support;

/// <summary>
/// One set of generated media and one transcoder for every media test. The tests of the collection run
/// one after another: the machine is small, and the concurrency test brings its own parallelism.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MediaCollection : ICollectionFixture<TestMedia>, ICollectionFixture<EngineFixture>
{
    public const string Name = "media";
}
