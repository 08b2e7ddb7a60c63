using Azure.Identity;
using Livepeer.AzureStorage.Clustering;
using Livepeer.AzureStorage.Storage;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Tests.Tables;

public sealed class AzureTableOptionsTests
{
    private const string ConnectionString = "UseDevelopmentStorage=true";

    [Fact]
    public void A_connection_string_alone_is_valid() =>
        new AzureTableGrainStorageOptions { ConnectionString = ConnectionString }.Validate("p");

    [Fact]
    public void A_service_uri_with_or_without_a_credential_is_valid()
    {
        new AzureTableClusteringOptions { ServiceUri = new Uri("https://acct.table.core.windows.net") }.Validate("c");
        new AzureTableClusteringOptions { ServiceUri = new Uri("https://acct.table.core.windows.net"), TokenCredential = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) }.Validate("c");
    }

    [Fact]
    public void Neither_connection_string_nor_service_uri_is_refused() =>
        AssertInvalid(new AzureTableGrainStorageOptions(), "exactly one of ConnectionString or ServiceUri");

    [Fact]
    public void Both_connection_string_and_service_uri_are_refused() =>
        AssertInvalid(new AzureTableGrainStorageOptions { ConnectionString = ConnectionString, ServiceUri = new Uri("https://acct.table.core.windows.net") }, "exactly one of");

    [Fact]
    public void A_credential_without_a_service_uri_is_refused() =>
        AssertInvalid(new AzureTableClusteringOptions { ConnectionString = ConnectionString, TokenCredential = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) }, "TokenCredential is only used with ServiceUri");

    [Fact]
    public void A_relative_or_non_http_service_uri_is_refused() =>
        AssertInvalid(new AzureTableClusteringOptions { ServiceUri = new Uri("ftp://acct.table.core.windows.net") }, "absolute http(s) URI");

    [Theory]
    [InlineData("", "TableName is required")]
    [InlineData("ab", "3-63 ASCII letters or digits")]
    [InlineData("1table", "start with a letter")]
    [InlineData("has-dash", "3-63 ASCII letters or digits")]
    [InlineData("Tables", "reserved")]
    public void Invalid_table_names_are_refused_with_the_reason(string tableName, string reason) =>
        AssertInvalid(new AzureTableGrainStorageOptions { ConnectionString = ConnectionString, TableName = tableName }, reason);

    [Fact]
    public void A_63_character_table_name_is_accepted_and_64_is_not()
    {
        new AzureTableGrainStorageOptions { ConnectionString = ConnectionString, TableName = "t" + new string('a', 62) }.Validate("p");
        AssertInvalid(new AzureTableGrainStorageOptions { ConnectionString = ConnectionString, TableName = "t" + new string('a', 63) }, "3-63");
    }

    [Fact]
    public void Storage_init_stage_must_precede_becoming_active() =>
        AssertInvalid(new AzureTableGrainStorageOptions { ConnectionString = ConnectionString, InitStage = Orleans.ServiceLifecycleStage.Active }, "InitStage");

    [Fact]
    public void Clustering_read_attempts_must_be_positive() =>
        AssertInvalid(new AzureTableClusteringOptions { ConnectionString = ConnectionString, MaxReadAttempts = 0 }, "MaxReadAttempts");

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => new AzureTableGrainStorageOptions { TableName = "x" }.Validate("p"));
        Assert.Contains("exactly one of", error.Message, StringComparison.Ordinal);
        Assert.Contains("3-63", error.Message, StringComparison.Ordinal);
    }

    private static void AssertInvalid(Livepeer.AzureStorage.Tables.AzureTableOptions options, string expected)
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => options.Validate("provider-name"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("provider-name", error.Message, StringComparison.Ordinal);
    }
}
