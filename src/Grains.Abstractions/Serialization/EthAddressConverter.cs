using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class EthAddressConverter : IConverter<EthAddress, EthAddressSurrogate>
{
    public EthAddress ConvertFromSurrogate(in EthAddressSurrogate surrogate) => new(surrogate.Bytes);

    public EthAddressSurrogate ConvertToSurrogate(in EthAddress value) => new(value.ToBytes());
}
