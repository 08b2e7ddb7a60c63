using Microsoft.Extensions.Configuration;

namespace Livepeer.AzureStorage.Tests.Cluster;

/// <summary>
/// Values the test hands to silos and the client through TestCluster configuration (configurators are created by
/// type name, so they cannot capture them).
/// </summary>
public sealed record ClusterSettings(string ConnectionString, string MembershipTable, string StateTable)
{
    private const string Prefix = "LivepeerTest:";

    public Dictionary<string, string> ToProperties() => new()
    {
        [Prefix + nameof(ConnectionString)] = ConnectionString,
        [Prefix + nameof(MembershipTable)] = MembershipTable,
        [Prefix + nameof(StateTable)] = StateTable,
    };

    public static ClusterSettings From(IConfiguration configuration) => new(
        Required(configuration, nameof(ConnectionString)),
        Required(configuration, nameof(MembershipTable)),
        Required(configuration, nameof(StateTable)));

    private static string Required(IConfiguration configuration, string name) =>
        configuration[Prefix + name] ?? throw new InvalidOperationException($"Test cluster configuration lacks {Prefix}{name}.");
}
