using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Livepeer.Gateway.Api.Options;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.ApiKeys;

/// <summary>
/// API keys in an Azure table (<see cref="ApiKeyOptions.Table"/>): one row per key, partition "key", row key =
/// the key id, holding its name, the SHA-256 of the key text, and when it was created and revoked. Revoked
/// keys stay listed. Lookups are cached for <see cref="ApiKeyOptions.CacheTime"/>; a revoke through this
/// gateway drops its own cache entry at once.
/// </summary>
public sealed partial class ApiKeyStore(IOptions<StorageOptions> storage, IOptions<ApiKeyOptions> options, TimeProvider clock, ILogger<ApiKeyStore> logger)
{
    public const int MaxNameLength = 200;

    private const string Partition = "key";

    private readonly ConcurrentDictionary<string, (TableEntity? Row, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);
    private TableClient? _table;

    public async Task<(ApiKeyInfo Key, string Token)> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var (id, token) = ApiKeyToken.New();
        var created = clock.GetUtcNow();
        var row = new TableEntity(Partition, id)
        {
            ["Name"] = name,
            ["Hash"] = ApiKeyToken.Hash(token),
            ["CreatedAt"] = created,
        };
        await (await Table()).AddEntityAsync(row, cancellationToken);
        LogCreated(id, name);
        return (ToInfo(row), token);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var keys = new List<ApiKeyInfo>();
        await foreach (var row in (await Table()).QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            keys.Add(ToInfo(row));
        }
        return [.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal)];
    }

    /// <summary>Marks the key revoked (kept, with the time); null for an unknown id. Revoking twice keeps the first time.</summary>
    public async Task<ApiKeyInfo?> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var table = await Table();
        var row = await FindAsync(table, id, cancellationToken);
        _cache.TryRemove(id, out _);
        if (row is null)
        {
            return null;
        }
        if (row.GetDateTimeOffset("RevokedAt") is null)
        {
            row["RevokedAt"] = clock.GetUtcNow();
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
            LogRevoked(id, row.GetString("Name") ?? "");
        }
        return ToInfo(row);
    }

    /// <summary>Checks a presented key: well-formed, known, matching its stored hash, not revoked.</summary>
    public async Task<ApiKeyCheck> VerifyAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyToken.TryGetId(token, out var id))
        {
            return ApiKeyCheck.Refused(null, "the bearer token is not an API key of this gateway");
        }
        var now = clock.GetUtcNow();
        TableEntity? row;
        if (_cache.TryGetValue(id, out var cached) && now - cached.ReadAt < options.Value.CacheTime)
        {
            row = cached.Row;
        }
        else
        {
            row = await FindAsync(await Table(), id, cancellationToken);
            _cache[id] = (row, now);
        }
        if (row is null || !ApiKeyToken.Matches(token, row.GetString("Hash") ?? ""))
        {
            return ApiKeyCheck.Refused(id, "the API key is not known to this gateway");
        }
        return row.GetDateTimeOffset("RevokedAt") is { } revoked
            ? ApiKeyCheck.Refused(id, $"the API key was revoked at {revoked:u}")
            : ApiKeyCheck.Ok(id);
    }

    // Created on first use; a failure (storage down) is retried by the next call rather than remembered.
    private async Task<TableClient> Table()
    {
        if (Volatile.Read(ref _table) is { } ready)
        {
            return ready;
        }
        var table = new TableServiceClient(storage.Value.ConnectionString).GetTableClient(options.Value.Table);
        await table.CreateIfNotExistsAsync();
        Volatile.Write(ref _table, table);
        return table;
    }

    private static async Task<TableEntity?> FindAsync(TableClient table, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static ApiKeyInfo ToInfo(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name") ?? "",
        row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("RevokedAt"));

    [LoggerMessage(EventId = 120, Level = LogLevel.Information, Message = "API key {KeyId} ('{Name}') created")]
    private partial void LogCreated(string keyId, string name);

    [LoggerMessage(EventId = 121, Level = LogLevel.Information, Message = "API key {KeyId} ('{Name}') revoked")]
    private partial void LogRevoked(string keyId, string name);
}
