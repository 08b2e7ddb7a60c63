using Livepeer.TestSupport.Ganache;

namespace Livepeer.Chain.Tests.JsonRpc;

/// <summary>The tests that share one ganache (chain id 1337, deterministic accounts); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class GanacheCollection : ICollectionFixture<GanacheFixture>
{
    public const string Name = "ganache";
}
