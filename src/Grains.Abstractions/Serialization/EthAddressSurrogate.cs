namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Crypto.EthAddress"/>: its 20 bytes.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.EthAddress")]
public readonly record struct EthAddressSurrogate([property: Id(0)] byte[] Bytes);
