using Livepeer.TestSupport.Azurite;

namespace Livepeer.AzureStorage.Tests;

/// <summary>One Azurite process shared by every test that talks to table storage; each test uses its own tables.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>Collection name for <c>[Collection]</c>.</summary>
    public const string Name = "Azurite";
}
