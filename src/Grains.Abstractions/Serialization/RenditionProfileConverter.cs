using Livepeer.Protocol.Video;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class RenditionProfileConverter : IConverter<RenditionProfile, RenditionProfileSurrogate>
{
    public RenditionProfile ConvertFromSurrogate(in RenditionProfileSurrogate surrogate) => new(
        surrogate.Name,
        surrogate.Width,
        surrogate.Height,
        surrogate.BitrateBps,
        surrogate.Fps,
        surrogate.FpsDen,
        (VideoCodecProfile)surrogate.Profile,
        surrogate.GopSeconds,
        (VideoEncoder)surrogate.Encoder,
        surrogate.ColorDepth,
        surrogate.ChromaFormat,
        surrogate.Quality);

    public RenditionProfileSurrogate ConvertToSurrogate(in RenditionProfile value) => new(
        value.Name,
        value.Width,
        value.Height,
        value.BitrateBps,
        value.Fps,
        value.FpsDen,
        (int)value.Profile,
        value.GopSeconds,
        (int)value.Encoder,
        value.ColorDepth,
        value.ChromaFormat,
        value.Quality);
}
