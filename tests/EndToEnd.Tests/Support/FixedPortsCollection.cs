namespace Livepeer.EndToEnd.Tests.Support;

/// <summary>Tests that start the real processes on their fixed ports (9935, 10000-10002, 11111, 30000, 8545) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FixedPortsCollection
{
    public const string Name = "Fixed ports";
}
