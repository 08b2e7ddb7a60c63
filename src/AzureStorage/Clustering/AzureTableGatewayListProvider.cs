using System.Net;
using Azure;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Clustering;

/// <summary>
/// Tells an Orleans client which silos accept client connections: the <see cref="SiloStatus.Active"/> rows of the
/// cluster's membership partition that have a gateway (proxy) port. Reads only; never creates the table, so clients
/// need no write rights.
/// </summary>
public sealed partial class AzureTableGatewayListProvider : IGatewayListProvider
{
    private readonly string _clusterId;
    private readonly string _partitionKey;
    private readonly ILogger<AzureTableGatewayListProvider> _logger;
    private readonly TableClient _table;

    /// <summary>Creates the provider for the cluster in <paramref name="clusterOptions"/>.</summary>
    public AzureTableGatewayListProvider(
        AzureTableClusteringOptions options, ClusterOptions clusterOptions, GatewayOptions gatewayOptions, ILogger<AzureTableGatewayListProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(gatewayOptions);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate(nameof(AzureTableGatewayListProvider));
        if (string.IsNullOrEmpty(clusterOptions.ClusterId))
        {
            throw new OrleansConfigurationException($"{nameof(AzureTableGatewayListProvider)} needs {nameof(ClusterOptions)}.{nameof(ClusterOptions.ClusterId)} to find the cluster's silos.");
        }
        _clusterId = clusterOptions.ClusterId;
        _partitionKey = SiloRow.PartitionKeyFor(_clusterId);
        _logger = logger;
        _table = options.CreateTableClient();
        MaxStaleness = gatewayOptions.GatewayListRefreshPeriod;
    }

    /// <inheritdoc />
    public TimeSpan MaxStaleness { get; }

    /// <inheritdoc />
    public bool IsUpdatable => true;

    /// <inheritdoc />
    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    /// <inheritdoc />
    public Task<IList<Uri>> GetGateways() => GetGatewaysAsync(CancellationToken.None);

    /// <inheritdoc />
    public async Task<IList<Uri>> GetGatewaysAsync(CancellationToken cancellationToken)
    {
        // Column names must be literal text: CreateQueryFilter quotes every interpolated value.
        var active = nameof(SiloStatus.Active);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {_partitionKey} and Status eq {active} and ProxyPort gt {0}");
        var gateways = new List<Uri>();
        try
        {
            var rows = _table.QueryAsync<TableEntity>(
                filter, select: [SiloRow.AddressColumn, SiloRow.GenerationColumn, SiloRow.ProxyPortColumn], cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (TryGatewayUri(row) is { } uri)
                {
                    gateways.Add(uri);
                }
            }
        }
        catch (RequestFailedException exception) when (TableErrors.IsTableNotFound(exception))
        {
            LogNoTable(_table.Name, _clusterId);
            return gateways;
        }
        LogGateways(_clusterId, gateways.Count);
        return gateways;
    }

    private Uri? TryGatewayUri(TableEntity row)
    {
        if (row.GetString(SiloRow.AddressColumn) is { } address && IPAddress.TryParse(address, out var ip)
            && row.GetInt32(SiloRow.ProxyPortColumn) is { } proxyPort && row.GetInt32(SiloRow.GenerationColumn) is { } generation)
        {
            return SiloAddress.New(ip, proxyPort, generation).ToGatewayUri();
        }
        LogBadRow(_clusterId, row.RowKey);
        return null;
    }

    [LoggerMessage(1, LogLevel.Debug, "Gateway list for cluster {ClusterId}: {Count} active gateways")]
    private partial void LogGateways(string clusterId, int count);

    [LoggerMessage(2, LogLevel.Warning, "Gateway list: membership table {Table} does not exist yet (cluster {ClusterId} has no silos)")]
    private partial void LogNoTable(string table, string clusterId);

    [LoggerMessage(3, LogLevel.Error, "Gateway list: membership row {RowKey} of cluster {ClusterId} lacks address, generation or proxy port; skipped")]
    private partial void LogBadRow(string clusterId, string rowKey);
}
