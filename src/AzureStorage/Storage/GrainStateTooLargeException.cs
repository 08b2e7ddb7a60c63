using Orleans.Runtime;

namespace Livepeer.AzureStorage.Storage;

/// <summary>Thrown when a serialized grain state does not fit in one table entity.</summary>
[GenerateSerializer]
public sealed class GrainStateTooLargeException : OrleansException
{
    /// <summary>Creates the exception for a state of <paramref name="size"/> bytes against a <paramref name="limit"/>.</summary>
    public GrainStateTooLargeException(string grainId, string stateName, long size, long limit)
        : base($"Grain state '{stateName}' of {grainId} serializes to {size} bytes, more than the {limit} bytes one table entity can hold ({AzureTableGrainStorageOptions.MaxChunks} columns of {AzureTableGrainStorageOptions.ChunkSize} bytes). Split the state or keep large data in blob storage.")
    {
        GrainId = grainId;
        StateName = stateName;
        Size = size;
        Limit = limit;
    }

    /// <summary>The grain whose state was too large.</summary>
    [Id(0)]
    public string GrainId { get; }

    /// <summary>The state name.</summary>
    [Id(1)]
    public string StateName { get; }

    /// <summary>Serialized size in bytes.</summary>
    [Id(2)]
    public long Size { get; }

    /// <summary>Largest accepted size in bytes.</summary>
    [Id(3)]
    public long Limit { get; }
}
