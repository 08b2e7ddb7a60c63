using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class SegmentFormatConverter : IConverter<SegmentFormat, SegmentFormatSurrogate>
{
    public SegmentFormat ConvertFromSurrogate(in SegmentFormatSurrogate surrogate) => (SegmentFormat)surrogate.Value;

    public SegmentFormatSurrogate ConvertToSurrogate(in SegmentFormat value) => new((int)value);
}
