using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class Hash32Converter : IConverter<Hash32, Hash32Surrogate>
{
    public Hash32 ConvertFromSurrogate(in Hash32Surrogate surrogate) => new(surrogate.Bytes);

    public Hash32Surrogate ConvertToSurrogate(in Hash32 value) => new(value.ToArray());
}
