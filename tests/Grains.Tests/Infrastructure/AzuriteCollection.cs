using Livepeer.TestSupport.Azurite;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>Tests that keep grain state in our Azure Table storage on Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
