using System.Net;
using Azure;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Livepeer.AzureStorage.Clustering;

/// <summary>
/// Orleans membership over one Azure table: the cluster is one partition (PartitionKey = escaped ClusterId) holding a
/// row per silo and a version row. Inserts and updates are two-action entity group transactions (silo row + version
/// row, both etag-conditioned), so a lost race changes nothing and returns false.
/// </summary>
public sealed partial class AzureTableMembershipTable : IMembershipTable
{
    private readonly AzureTableClusteringOptions _options;
    private readonly string _clusterId;
    private readonly string _partitionKey;
    private readonly ILogger<AzureTableMembershipTable> _logger;
    private readonly TableClient _table;

    /// <summary>Creates the table client for the cluster named in <paramref name="clusterOptions"/>.</summary>
    public AzureTableMembershipTable(AzureTableClusteringOptions options, ClusterOptions clusterOptions, ILogger<AzureTableMembershipTable> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate(nameof(AzureTableMembershipTable));
        if (string.IsNullOrEmpty(clusterOptions.ClusterId))
        {
            throw new OrleansConfigurationException($"{nameof(AzureTableMembershipTable)} needs {nameof(ClusterOptions)}.{nameof(ClusterOptions.ClusterId)}: it is the table partition.");
        }
        _options = options;
        _clusterId = clusterOptions.ClusterId;
        _partitionKey = SiloRow.PartitionKeyFor(_clusterId);
        _logger = logger;
        _table = options.CreateTableClient();
    }

    /// <inheritdoc />
    public Task InitializeMembershipTable(bool tryInitTableVersion) => InitializeMembershipTableAsync(tryInitTableVersion, CancellationToken.None);

    /// <inheritdoc />
    public async Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken)
    {
        var response = await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        LogTableReady(_table.Name, _clusterId, response.GetRawResponse().Status is (int)HttpStatusCode.Created or (int)HttpStatusCode.NoContent);
        if (!tryInitTableVersion)
        {
            return;
        }
        try
        {
            await _table.AddEntityAsync(SiloRow.VersionEntity(_partitionKey, 0), cancellationToken).ConfigureAwait(false);
            LogVersionRowCreated(_clusterId);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            // Another silo created it first; that is the expected outcome for every silo but one.
            LogVersionRowExists(_clusterId);
        }
    }

    /// <inheritdoc />
    public Task DeleteMembershipTableEntries(string clusterId) => DeleteMembershipTableEntriesAsync(clusterId, CancellationToken.None);

    /// <inheritdoc />
    public async Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        var partitionKey = SiloRow.PartitionKeyFor(clusterId);
        List<TableEntity> rows;
        try
        {
            rows = (await ScanAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), ["PartitionKey", "RowKey"], cancellationToken).ConfigureAwait(false)).Rows;
        }
        catch (RequestFailedException exception) when (TableErrors.IsTableNotFound(exception))
        {
            return;
        }
        foreach (var chunk in rows.Chunk(TableBatch.MaxOperations))
        {
            var batch = new TableBatch(partitionKey);
            foreach (var row in chunk)
            {
                batch.Add(TableTransactionActionType.Delete, row, ETag.All);
            }
            await _table.SubmitTransactionAsync(batch.Actions, cancellationToken).ConfigureAwait(false);
        }
        LogClusterDeleted(clusterId, rows.Count);
    }

    /// <inheritdoc />
    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => CleanupDefunctSiloEntriesAsync(beforeDate, CancellationToken.None);

    /// <summary>
    /// Deletes silo rows that are not <see cref="SiloStatus.Active"/> and showed no sign of life (the later of start
    /// and last I-am-alive time) since <paramref name="beforeDate"/>. Each delete is conditioned on the row's etag, so a
    /// row that changed meanwhile survives until the next cleanup.
    /// </summary>
    public async Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken)
    {
        var cutoff = beforeDate.UtcDateTime;
        var rows = (await ScanAsync(PartitionFilter(), null, cancellationToken).ConfigureAwait(false)).Rows;
        var defunct = new List<TableEntity>();
        foreach (var row in rows)
        {
            if (row.RowKey != SiloRow.VersionRowKey && TryParse(row) is { } entry
                && entry.Status != SiloStatus.Active
                && (entry.IAmAliveTime > entry.StartTime ? entry.IAmAliveTime : entry.StartTime) < cutoff)
            {
                defunct.Add(row);
            }
        }

        var deleted = 0;
        foreach (var chunk in defunct.Chunk(TableBatch.MaxOperations))
        {
            var batch = new TableBatch(_partitionKey);
            foreach (var row in chunk)
            {
                batch.Add(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), row.ETag);
            }
            if (await TrySubmitAsync(batch, "cleanup", null, cancellationToken).ConfigureAwait(false))
            {
                deleted += chunk.Length;
            }
        }
        LogCleanedUp(_clusterId, deleted, beforeDate);
    }

    /// <inheritdoc />
    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadRowAsync(key, CancellationToken.None);

    /// <inheritdoc />
    public async Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rowKey = SiloRow.RowKeyFor(key);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partitionKey} and (RowKey eq {rowKey} or RowKey eq {SiloRow.VersionRowKey})");
        // At most two rows: one response page, hence one consistent read.
        var rows = (await ScanAsync(filter, null, cancellationToken).ConfigureAwait(false)).Rows;
        return Snapshot(rows);
    }

    /// <inheritdoc />
    public Task<MembershipTableData> ReadAll() => ReadAllAsync(CancellationToken.None);

    /// <summary>
    /// Reads the whole partition. One response page is one consistent read. When the partition spans several pages,
    /// a scan counts only if the version row's etag is the same just before and just after it: every insert/update
    /// rewrites that row in the same transaction, so an unchanged etag means no membership change was interleaved.
    /// </summary>
    public async Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken)
    {
        var filter = PartitionFilter();
        string? etagBeforeScan = null; // unknown for the first scan, which is usually a single page
        for (var attempt = 0; ; attempt++)
        {
            var (rows, pages) = await ScanAsync(filter, null, cancellationToken).ConfigureAwait(false);
            if (pages <= 1)
            {
                return Snapshot(rows);
            }
            var etagAfterScan = await ReadVersionEtagAsync(cancellationToken).ConfigureAwait(false);
            if (attempt > 0 && etagBeforeScan == etagAfterScan)
            {
                LogMultiPageRead(_clusterId, rows.Count, pages, attempt);
                return Snapshot(rows);
            }
            if (attempt == _options.MaxReadAttempts)
            {
                throw new OrleansException(
                    $"Membership table '{_table.Name}' for cluster '{_clusterId}' changed during each of {_options.MaxReadAttempts} multi-page reads; no consistent snapshot could be taken.");
            }
            if (attempt > 0)
            {
                LogReadRetry(_clusterId, attempt, _options.MaxReadAttempts);
            }
            etagBeforeScan = etagAfterScan;
        }
    }

    /// <inheritdoc />
    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => InsertRowAsync(entry, tableVersion, CancellationToken.None);

    /// <inheritdoc />
    public Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        var batch = new TableBatch(_partitionKey)
            .Add(TableTransactionActionType.Add, SiloRow.ToEntity(_partitionKey, entry));
        AddVersionWrite(batch, tableVersion);
        return TrySubmitAsync(batch, "insert", entry.SiloAddress, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => UpdateRowAsync(entry, etag, tableVersion, CancellationToken.None);

    /// <inheritdoc />
    public Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        ArgumentNullException.ThrowIfNull(tableVersion);
        var batch = new TableBatch(_partitionKey)
            .Add(TableTransactionActionType.UpdateReplace, SiloRow.ToEntity(_partitionKey, entry), new ETag(etag));
        AddVersionWrite(batch, tableVersion);
        return TrySubmitAsync(batch, "update", entry.SiloAddress, cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateIAmAlive(MembershipEntry entry) => UpdateIAmAliveAsync(entry, CancellationToken.None);

    /// <summary>Merges only the I-am-alive time, unconditionally: it never touches the version row.</summary>
    public async Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _table.UpdateEntityAsync(SiloRow.IAmAliveEntity(_partitionKey, entry), ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        LogIAmAlive(entry.SiloAddress, entry.IAmAliveTime);
    }

    /// <summary>
    /// The version row write that makes a transaction conditional on the caller's snapshot: replace with the old etag,
    /// or insert when the caller saw no version row at all.
    /// </summary>
    private void AddVersionWrite(TableBatch batch, TableVersion tableVersion)
    {
        var versionRow = SiloRow.VersionEntity(_partitionKey, tableVersion.Version);
        if (string.IsNullOrEmpty(tableVersion.VersionEtag))
        {
            batch.Add(TableTransactionActionType.Add, versionRow);
        }
        else
        {
            batch.Add(TableTransactionActionType.UpdateReplace, versionRow, new ETag(tableVersion.VersionEtag));
        }
    }

    private async Task<bool> TrySubmitAsync(TableBatch batch, string operation, SiloAddress? silo, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(batch.Actions, cancellationToken).ConfigureAwait(false);
            LogTransactionCommitted(operation, silo, batch.Count);
            return true;
        }
        catch (TableTransactionFailedException exception) when (TableErrors.IsContention(exception))
        {
            LogTransactionLost(operation, silo, exception.Status, exception.ErrorCode, exception.FailedTransactionActionIndex);
            return false;
        }
    }

    private async Task<string?> ReadVersionEtagAsync(CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(_partitionKey, SiloRow.VersionRowKey, [SiloRow.VersionColumn], cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value?.ETag.ToString() : null;
    }

    private async Task<(List<TableEntity> Rows, int Pages)> ScanAsync(string filter, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var pages = 0;
        await foreach (var page in _table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            pages++;
            rows.AddRange(page.Values);
        }
        return (rows, pages);
    }

    private MembershipTableData Snapshot(List<TableEntity> rows)
    {
        var version = new TableVersion(0, null!);
        var members = new List<Tuple<MembershipEntry, string>>(rows.Count);
        foreach (var row in rows)
        {
            if (row.RowKey == SiloRow.VersionRowKey)
            {
                version = new TableVersion(row.GetInt32(SiloRow.VersionColumn) ?? 0, row.ETag.ToString());
            }
            else if (TryParse(row) is { } entry)
            {
                members.Add(Tuple.Create(entry, row.ETag.ToString()));
            }
        }
        return new MembershipTableData(members, version);
    }

    private MembershipEntry? TryParse(TableEntity row)
    {
        try
        {
            return SiloRow.FromEntity(row);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            LogBadRow(exception, _clusterId, row.RowKey);
            return null;
        }
    }

    private string PartitionFilter() => TableClient.CreateQueryFilter($"PartitionKey eq {_partitionKey}");

    [LoggerMessage(1, LogLevel.Information, "Membership table {Table} ready for cluster {ClusterId} (created now: {Created})")]
    private partial void LogTableReady(string table, string clusterId, bool created);

    [LoggerMessage(2, LogLevel.Information, "Membership version row created for cluster {ClusterId}")]
    private partial void LogVersionRowCreated(string clusterId);

    [LoggerMessage(3, LogLevel.Debug, "Membership version row for cluster {ClusterId} already exists")]
    private partial void LogVersionRowExists(string clusterId);

    [LoggerMessage(4, LogLevel.Debug, "Membership {Operation} for silo {Silo} committed ({Actions} actions)")]
    private partial void LogTransactionCommitted(string operation, SiloAddress? silo, int actions);

    [LoggerMessage(5, LogLevel.Information, "Membership {Operation} for silo {Silo} lost to a concurrent change (HTTP {Status} {ErrorCode}, action {FailedAction})")]
    private partial void LogTransactionLost(string operation, SiloAddress? silo, int status, string? errorCode, int? failedAction);

    [LoggerMessage(6, LogLevel.Trace, "Membership I-am-alive for silo {Silo} at {IAmAliveTime:O}")]
    private partial void LogIAmAlive(SiloAddress silo, DateTime iAmAliveTime);

    [LoggerMessage(7, LogLevel.Information, "Membership cleanup for cluster {ClusterId} deleted {Deleted} defunct silo rows older than {Cutoff:O}")]
    private partial void LogCleanedUp(string clusterId, int deleted, DateTimeOffset cutoff);

    [LoggerMessage(8, LogLevel.Information, "Membership rows of cluster {ClusterId} deleted ({Rows} rows)")]
    private partial void LogClusterDeleted(string clusterId, int rows);

    [LoggerMessage(9, LogLevel.Debug, "Membership read of cluster {ClusterId} spanned {Pages} pages ({Rows} rows), consistent on attempt {Attempt}")]
    private partial void LogMultiPageRead(string clusterId, int rows, int pages, int attempt);

    [LoggerMessage(10, LogLevel.Warning, "Membership read of cluster {ClusterId} saw the version change mid-read (attempt {Attempt} of {MaxAttempts}); retrying")]
    private partial void LogReadRetry(string clusterId, int attempt, int maxAttempts);

    [LoggerMessage(11, LogLevel.Error, "Membership row {RowKey} of cluster {ClusterId} cannot be parsed and is ignored")]
    private partial void LogBadRow(Exception exception, string clusterId, string rowKey);
}
