namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Tickets.Hash32"/>: its 32 bytes.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.Hash32")]
public readonly record struct Hash32Surrogate([property: Id(0)] byte[] Bytes);
