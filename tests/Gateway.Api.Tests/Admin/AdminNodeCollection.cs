namespace Livepeer.Gateway.Api.Tests.Admin;

[CollectionDefinition(Name)]
public sealed class AdminNodeCollection : ICollectionFixture<AdminNodeFixture>
{
    public const string Name = "Admin node";
}
