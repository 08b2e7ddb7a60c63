namespace Livepeer.Gateway.Api.Tests.Observability;

[CollectionDefinition(Name)]
public sealed class ObservedNodeCollection : ICollectionFixture<ObservedNode>
{
    public const string Name = "Observed node";
}
