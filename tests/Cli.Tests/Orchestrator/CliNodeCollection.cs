namespace Livepeer.Cli.Tests.Orchestrator;

[CollectionDefinition(Name)]
public sealed class CliNodeCollection : ICollectionFixture<CliNodeFixture>
{
    public const string Name = "lpctl against a node";
}
