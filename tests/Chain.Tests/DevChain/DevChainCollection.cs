namespace Livepeer.Chain.Tests.DevChain;

/// <summary>The tests that share one ganache with the deployed doubles; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DevChainCollection : ICollectionFixture<DevChainFixture>
{
    public const string Name = "devchain";
}
