using System.Net;
using Azure;
using Azure.Data.Tables;
using Livepeer.AzureStorage.Tables;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Storage;

/// <summary>
/// Orleans grain storage over one Azure table. One entity per (grain, state name): PartitionKey
/// <c>"{ServiceId}_{GrainId}"</c>, RowKey the state name (both escaped by <see cref="TableKeys"/>); the serialized state
/// is spread over binary columns by <see cref="StateColumns"/>; the entity etag is the grain state's etag.
/// </summary>
public sealed partial class AzureTableGrainStorage : IGrainStorage, IRestExceptionDecoder, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly AzureTableGrainStorageOptions _options;
    private readonly string _serviceId;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider? _activators;
    private readonly ILogger<AzureTableGrainStorage> _logger;
    private readonly TableClient _table;

    /// <summary>Creates the provider; <paramref name="activators"/> builds fresh default states (falls back to a parameterless constructor).</summary>
    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        ClusterOptions clusterOptions,
        ILogger<AzureTableGrainStorage> logger,
        IActivatorProvider? activators = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate(name);
        if (string.IsNullOrEmpty(clusterOptions.ServiceId))
        {
            throw new OrleansConfigurationException($"Grain storage '{name}' needs {nameof(ClusterOptions)}.{nameof(ClusterOptions.ServiceId)}: it is part of every storage key.");
        }

        _name = name;
        _options = options;
        _serviceId = clusterOptions.ServiceId;
        _serializer = options.GrainStorageSerializer ?? AzureTableGrainStorageOptions.CreateDefaultSerializer();
        _activators = activators;
        _logger = logger;
        _table = options.CreateTableClient();
    }

    /// <summary>Creates the table if it does not exist. Runs at <see cref="AzureTableGrainStorageOptions.InitStage"/> in a silo.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            var created = response.GetRawResponse().Status is (int)HttpStatusCode.Created or (int)HttpStatusCode.NoContent;
            LogTableReady(_name, _table.Name, created);
        }
        catch (RequestFailedException exception)
        {
            LogTableInitFailed(exception, _name, _table.Name, exception.Status, exception.ErrorCode);
            throw;
        }
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureTableGrainStorage>(_name), _options.InitStage, InitializeAsync);
    }

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var (partitionKey, rowKey) = KeysFor(stateName, grainId);

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity)
        {
            grainState.State = CreateDefault<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            LogReadMissing(_name, grainId, stateName);
            return;
        }

        if (StateColumns.HasPayload(entity))
        {
            var payload = StateColumns.Read(entity);
            grainState.State = _serializer.Deserialize<T>(new BinaryData(payload)) ?? CreateDefault<T>();
            grainState.RecordExists = true;
        }
        else
        {
            // A cleared row kept for its etag: no state, but writes must carry this etag.
            grainState.State = CreateDefault<T>();
            grainState.RecordExists = false;
        }
        grainState.ETag = entity.ETag.ToString();
        LogRead(_name, grainId, stateName, grainState.RecordExists, grainState.ETag);
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var (partitionKey, rowKey) = KeysFor(stateName, grainId);

        var payload = _serializer.Serialize(grainState.State).ToMemory();
        if (payload.Length > AzureTableGrainStorageOptions.MaxStateSize)
        {
            LogStateTooLarge(_name, grainId, stateName, payload.Length, AzureTableGrainStorageOptions.MaxStateSize);
            throw new GrainStateTooLargeException(grainId.ToString(), stateName, payload.Length, AzureTableGrainStorageOptions.MaxStateSize);
        }

        var entity = new TableEntity(partitionKey, rowKey);
        var columns = StateColumns.Write(entity, payload);
        if (columns > 1)
        {
            LogChunkedWrite(_name, grainId, stateName, payload.Length, columns);
        }

        grainState.ETag = await PutAsync(entity, grainState.ETag, grainId, stateName, "write", cancellationToken).ConfigureAwait(false);
        grainState.RecordExists = true;
        LogWritten(_name, grainId, stateName, payload.Length, grainState.ETag);
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var (partitionKey, rowKey) = KeysFor(stateName, grainId);

        if (_options.DeleteStateOnClear)
        {
            if (grainState.ETag is { } etag)
            {
                await DeleteAsync(partitionKey, rowKey, etag, grainId, stateName, cancellationToken).ConfigureAwait(false);
            }
            grainState.ETag = null;
        }
        else
        {
            // Replacing with a key-only entity drops every data column but keeps an etag chain, so an activation
            // holding a pre-clear etag still loses its next write.
            grainState.ETag = await PutAsync(new TableEntity(partitionKey, rowKey), grainState.ETag, grainId, stateName, "clear", cancellationToken).ConfigureAwait(false);
        }

        grainState.State = CreateDefault<T>();
        grainState.RecordExists = false;
        LogCleared(_name, grainId, stateName, _options.DeleteStateOnClear);
    }

    /// <inheritdoc />
    public bool DecodeException(Exception exception, out HttpStatusCode httpStatusCode, out string restStatus, bool getExtendedErrors = false)
    {
        var failure = exception as RequestFailedException ?? exception?.InnerException as RequestFailedException;
        if (failure is null)
        {
            httpStatusCode = HttpStatusCode.OK;
            restStatus = string.Empty;
            return false;
        }
        httpStatusCode = (HttpStatusCode)failure.Status;
        restStatus = failure.ErrorCode ?? failure.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The table keys used for <paramref name="stateName"/> of <paramref name="grainId"/>.</summary>
    public (string PartitionKey, string RowKey) KeysFor(string stateName, GrainId grainId) =>
        (TableKeys.Encode($"{_serviceId}_{grainId}"), TableKeys.Encode(stateName));

    /// <summary>Insert when <paramref name="etag"/> is null, else replace if the stored etag still matches (<c>*</c> forces it).</summary>
    private async Task<string> PutAsync(TableEntity entity, string? etag, GrainId grainId, string stateName, string operation, CancellationToken cancellationToken)
    {
        try
        {
            var response = etag is null
                ? await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException($"Table service returned no etag for the {operation} of state '{stateName}' of {grainId}.");
        }
        catch (RequestFailedException exception) when (TableErrors.IsContention(exception))
        {
            throw await ConflictAsync(exception, entity.PartitionKey, entity.RowKey, etag, grainId, stateName, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(string partitionKey, string rowKey, string etag, GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _table.DeleteEntityAsync(partitionKey, rowKey, new ETag(etag), cancellationToken).ConfigureAwait(false);
            if (response.Status == (int)HttpStatusCode.NotFound)
            {
                // The SDK reports a missing entity as a 404 response rather than an exception.
                throw await ConflictAsync(new RequestFailedException(response), partitionKey, rowKey, etag, grainId, stateName, "clear", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException exception) when (TableErrors.IsContention(exception))
        {
            throw await ConflictAsync(exception, partitionKey, rowKey, etag, grainId, stateName, "clear", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the <see cref="InconsistentStateException"/> for a lost race, naming the stored and the expected etag.</summary>
    private async Task<InconsistentStateException> ConflictAsync(
        RequestFailedException exception, string partitionKey, string rowKey, string? expectedEtag, GrainId grainId, string stateName, string operation, CancellationToken cancellationToken)
    {
        string? storedEtag;
        try
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
            storedEtag = current.HasValue ? current.Value?.ETag.ToString() : null;
        }
        catch (RequestFailedException lookupFailure)
        {
            // Only diagnostics are lost: the conflict itself is certain.
            LogConflictLookupFailed(lookupFailure, _name, grainId, stateName);
            storedEtag = "(unknown)";
        }

        LogConflict(_name, operation, grainId, stateName, exception.Status, exception.ErrorCode, storedEtag, expectedEtag);
        return new InconsistentStateException(
            $"Grain storage '{_name}' could not {operation} state '{stateName}' of {grainId}: the stored record changed (HTTP {exception.Status} {exception.ErrorCode}); stored etag {storedEtag ?? "(none)"}, expected {expectedEtag ?? "(none: insert)"}.",
            storedEtag ?? string.Empty,
            expectedEtag ?? string.Empty,
            exception);
    }

    private T CreateDefault<T>() => _activators is not null ? _activators.GetActivator<T>().Create() : Activator.CreateInstance<T>();

    [LoggerMessage(1, LogLevel.Information, "Grain storage {Provider}: table {Table} ready (created now: {Created})")]
    private partial void LogTableReady(string provider, string table, bool created);

    [LoggerMessage(2, LogLevel.Error, "Grain storage {Provider}: could not create table {Table} (HTTP {Status} {ErrorCode})")]
    private partial void LogTableInitFailed(Exception exception, string provider, string table, int status, string? errorCode);

    [LoggerMessage(3, LogLevel.Trace, "Grain storage {Provider}: no state {StateName} for {GrainId}")]
    private partial void LogReadMissing(string provider, GrainId grainId, string stateName);

    [LoggerMessage(4, LogLevel.Trace, "Grain storage {Provider}: read state {StateName} for {GrainId} (exists: {RecordExists}, etag {ETag})")]
    private partial void LogRead(string provider, GrainId grainId, string stateName, bool recordExists, string? eTag);

    [LoggerMessage(5, LogLevel.Trace, "Grain storage {Provider}: wrote {Bytes} bytes of state {StateName} for {GrainId} (etag {ETag})")]
    private partial void LogWritten(string provider, GrainId grainId, string stateName, int bytes, string? eTag);

    [LoggerMessage(6, LogLevel.Debug, "Grain storage {Provider}: state {StateName} of {GrainId} is {Bytes} bytes, written across {Columns} columns")]
    private partial void LogChunkedWrite(string provider, GrainId grainId, string stateName, int bytes, int columns);

    [LoggerMessage(7, LogLevel.Error, "Grain storage {Provider}: state {StateName} of {GrainId} is {Bytes} bytes, over the {Limit}-byte entity limit")]
    private partial void LogStateTooLarge(string provider, GrainId grainId, string stateName, int bytes, int limit);

    [LoggerMessage(8, LogLevel.Trace, "Grain storage {Provider}: cleared state {StateName} of {GrainId} (row deleted: {Deleted})")]
    private partial void LogCleared(string provider, GrainId grainId, string stateName, bool deleted);

    [LoggerMessage(9, LogLevel.Warning, "Grain storage {Provider}: {Operation} of state {StateName} for {GrainId} lost an etag race (HTTP {Status} {ErrorCode}); stored etag {StoredEtag}, expected {ExpectedEtag}")]
    private partial void LogConflict(string provider, string operation, GrainId grainId, string stateName, int status, string? errorCode, string? storedEtag, string? expectedEtag);

    [LoggerMessage(10, LogLevel.Warning, "Grain storage {Provider}: could not read the current etag of state {StateName} for {GrainId} after a conflict")]
    private partial void LogConflictLookupFailed(Exception exception, string provider, GrainId grainId, string stateName);
}
