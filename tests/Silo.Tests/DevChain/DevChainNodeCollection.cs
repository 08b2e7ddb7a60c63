namespace Livepeer.Silo.Tests.DevChain;

/// <summary>The node tests on the shared dev chain run one after another: they mine blocks the others see.</summary>
[CollectionDefinition(Name)]
public sealed class DevChainNodeCollection : ICollectionFixture<DevChainNodeFixture>
{
    public const string Name = "dev chain node";
}
