namespace Livepeer.Wire.Tests.Infrastructure;

/// <summary>The wire tests share one orchestrator node (Azurite, ganache with the dev contracts, a silo and its gateway API).</summary>
[CollectionDefinition(Name)]
public sealed class WireCollection : ICollectionFixture<WireNode>
{
    public const string Name = "wire";
}
