using Azure.Data.Tables;

namespace Livepeer.AzureStorage.Tables;

/// <summary>
/// An entity group transaction checked client-side before it is sent: at most <see cref="MaxOperations"/> actions,
/// all in one partition, each entity at most once. Azurite accepts cross-partition batches and answers oversized ones
/// with an unparseable response, so relying on the server would let bugs pass locally and fail on Azure.
/// </summary>
public sealed class TableBatch
{
    /// <summary>The service limit on actions per entity group transaction.</summary>
    public const int MaxOperations = 100;

    private readonly List<TableTransactionAction> _actions = [];
    private readonly HashSet<string> _rowKeys = new(StringComparer.Ordinal);

    /// <summary>Creates an empty batch for <paramref name="partitionKey"/>.</summary>
    public TableBatch(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        PartitionKey = partitionKey;
    }

    /// <summary>The single partition every action must target.</summary>
    public string PartitionKey { get; }

    /// <summary>The actions added so far, in order.</summary>
    public IReadOnlyList<TableTransactionAction> Actions => _actions;

    /// <summary>Number of actions added so far.</summary>
    public int Count => _actions.Count;

    /// <summary>Adds an action after checking the partition, duplicate-entity and size rules.</summary>
    public TableBatch Add(TableTransactionActionType type, ITableEntity entity, Azure.ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!string.Equals(entity.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"A table batch must stay in one partition: this batch is for PartitionKey '{PartitionKey}' but the entity has '{entity.PartitionKey}'.",
                nameof(entity));
        }
        if (_actions.Count >= MaxOperations)
        {
            throw new InvalidOperationException($"A table batch holds at most {MaxOperations} actions; split the work into several batches.");
        }
        if (!_rowKeys.Add(entity.RowKey))
        {
            throw new ArgumentException($"A table batch may touch each entity once; RowKey '{entity.RowKey}' is already in this batch.", nameof(entity));
        }
        _actions.Add(new TableTransactionAction(type, entity, etag));
        return this;
    }
}
