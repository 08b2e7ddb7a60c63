namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>All grain tests share one silo and one chain, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
