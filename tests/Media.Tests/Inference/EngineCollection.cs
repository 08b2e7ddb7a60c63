namespace Livepeer.Media.Tests.Inference;

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "inference engine";
}
