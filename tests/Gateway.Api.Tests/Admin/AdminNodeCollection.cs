using Livepeer.NodeTestSupport;
namespace Livepeer.Gateway.Api.Tests.Admin;

[CollectionDefinition(Name)]
public sealed class AdminNodeCollection : ICollectionFixture<AdminNode>
{
    public const string Name = "Admin node";
}
