using Azure.Data.Tables;

namespace Livepeer.AzureStorage.Storage;

/// <summary>
/// Splits a serialized state across binary columns <c>Data0</c>…<c>Data10</c> (≤ 64 KiB each, the Table property
/// limit) and joins them back, checking the recorded total so a truncated row is reported instead of misread.
/// </summary>
public static class StateColumns
{
    /// <summary>Column holding the payload's total length in bytes.</summary>
    public const string SizeColumn = "DataSize";

    /// <summary>Name of the <paramref name="index"/>-th payload column.</summary>
    public static string DataColumn(int index) => index switch
    {
        >= 0 and < AzureTableGrainStorageOptions.MaxChunks => "Data" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"Column index must be 0..{AzureTableGrainStorageOptions.MaxChunks - 1}."),
    };

    /// <summary>Writes <paramref name="payload"/> into <paramref name="entity"/>; returns the number of columns used.</summary>
    public static int Write(TableEntity entity, ReadOnlyMemory<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (payload.Length > AzureTableGrainStorageOptions.MaxStateSize)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), payload.Length, $"Payload exceeds {AzureTableGrainStorageOptions.MaxStateSize} bytes.");
        }

        var columns = 0;
        for (var offset = 0; offset < payload.Length || columns == 0; offset += AzureTableGrainStorageOptions.ChunkSize)
        {
            var length = Math.Min(AzureTableGrainStorageOptions.ChunkSize, payload.Length - offset);
            entity[DataColumn(columns)] = payload.Slice(offset, length).ToArray();
            columns++;
        }
        entity[SizeColumn] = payload.Length;
        return columns;
    }

    /// <summary>True when <paramref name="entity"/> carries a payload (a cleared row keeps only its keys).</summary>
    public static bool HasPayload(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.ContainsKey(DataColumn(0));
    }

    /// <summary>Concatenates the payload columns of <paramref name="entity"/>.</summary>
    public static byte[] Read(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var expected = entity.GetInt32(SizeColumn)
            ?? throw new InvalidDataException($"Grain state row {entity.PartitionKey}/{entity.RowKey} has payload columns but no {SizeColumn}.");
        var payload = new byte[expected];
        var written = 0;
        for (var i = 0; i < AzureTableGrainStorageOptions.MaxChunks && entity.GetBinary(DataColumn(i)) is { } chunk; i++)
        {
            if (written + chunk.Length > expected)
            {
                break;
            }
            chunk.CopyTo(payload, written);
            written += chunk.Length;
        }
        if (written != expected)
        {
            throw new InvalidDataException($"Grain state row {entity.PartitionKey}/{entity.RowKey} is damaged: {SizeColumn} says {expected} bytes but the data columns hold a different amount.");
        }
        return payload;
    }
}
