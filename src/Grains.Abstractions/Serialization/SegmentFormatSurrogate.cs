namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Video.SegmentFormat"/>.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.SegmentFormat")]
public readonly record struct SegmentFormatSurrogate([property: Id(0)] int Value);
