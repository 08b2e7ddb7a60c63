using Livepeer.AzureStorage.Storage;
using Orleans.Storage;

namespace Livepeer.AzureStorage.Tests.Storage;

/// <summary>Delegates to the default serializer and counts calls, to prove which serializer a provider uses.</summary>
internal sealed class CountingSerializer : IGrainStorageSerializer
{
    private readonly IGrainStorageSerializer _inner = AzureTableGrainStorageOptions.CreateDefaultSerializer();

    public int Serialized { get; private set; }

    public int Deserialized { get; private set; }

    public BinaryData Serialize<T>(T? input)
    {
        Serialized++;
        return _inner.Serialize(input);
    }

    public T? Deserialize<T>(BinaryData input)
    {
        Deserialized++;
        return _inner.Deserialize<T>(input);
    }
}
