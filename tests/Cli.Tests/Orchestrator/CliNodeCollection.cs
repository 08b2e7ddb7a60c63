using Livepeer.NodeTestSupport;
namespace Livepeer.Cli.Tests.Orchestrator;

[CollectionDefinition(Name)]
public sealed class CliNodeCollection : ICollectionFixture<AdminNode>
{
    public const string Name = "lpctl against a node";
}
