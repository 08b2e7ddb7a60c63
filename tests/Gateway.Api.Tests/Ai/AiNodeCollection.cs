namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>The AI tests share one node (the models load once) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AiNodeCollection : ICollectionFixture<AiNode>
{
    public const string Name = "AI node";
}
