using Livepeer.AzureStorage.Clustering;
using Livepeer.Silo.Options;

namespace Livepeer.Silo.Tests.Options;

public sealed class StorageOptionsTests
{
    [Fact]
    public void The_defaults_point_at_Azurite_and_are_valid()
    {
        var options = new StorageOptions();

        Assert.Equal("UseDevelopmentStorage=true", options.ConnectionString);
        Assert.True(new StorageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("", "", "Storage:ConnectionString is required (\"UseDevelopmentStorage=true\" for Azurite) unless Storage:TableServiceUri is set.")]
    [InlineData("", "account.table.core.windows.net", "Storage:TableServiceUri must be empty or an absolute https:// URL such as https://account.table.core.windows.net (was \"account.table.core.windows.net\").")]
    [InlineData("", "ftp://account/", "Storage:TableServiceUri must be empty or an absolute https:// URL such as https://account.table.core.windows.net (was \"ftp://account/\").")]
    public void A_missing_or_malformed_account_is_refused_with_the_reason(string connectionString, string tableServiceUri, string expected)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = connectionString, TableServiceUri = tableServiceUri });

        Assert.Equal(expected, Assert.Single(result.Failures!));
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_echoing_it()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = "AccountKey=s3cret;=x" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Storage:ConnectionString is not a key=value;... connection string:", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MembershipTable", "ab")]
    [InlineData("MembershipTable", "1Members")]
    [InlineData("GrainStateTable", "grain-state")]
    [InlineData("GrainStateTable", "")]
    public void Table_names_follow_Azure_rules(string key, string table)
    {
        var options = key == "MembershipTable" ? new StorageOptions { MembershipTable = table } : new StorageOptions { GrainStateTable = table };

        var result = new StorageOptionsValidator().Validate(null, options);

        Assert.Equal($"Storage:{key} must be 3-63 letters and digits starting with a letter (was \"{table}\").", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Grain_storage_is_AzureTable_or_Memory()
    {
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions { GrainStorage = "Memory" }).Succeeded);

        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { GrainStorage = "Redis" });

        Assert.Equal("Storage:GrainStorage must be \"AzureTable\" or \"Memory\" (was \"Redis\").", Assert.Single(result.Failures!));
    }

    [Fact]
    public void The_endpoint_wins_over_the_connection_string()
    {
        var byEndpoint = new AzureTableClusteringOptions();
        new StorageOptions { TableServiceUri = "https://acct.table.core.windows.net" }.ApplyTo(byEndpoint);
        var byString = new AzureTableClusteringOptions();
        new StorageOptions().ApplyTo(byString);

        Assert.Equal(new Uri("https://acct.table.core.windows.net"), byEndpoint.ServiceUri);
        Assert.Equal("UseDevelopmentStorage=true", byString.ConnectionString);
    }
}
