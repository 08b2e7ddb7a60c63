namespace Livepeer.Media.Imaging;

/// <summary>Decodes an uploaded PNG or JPEG to RGB, recognised by its signature (not by the declared content type).</summary>
public static class ImageDecoder
{
    /// <exception cref="MediaInputException">empty, not PNG or JPEG, over a limit, truncated or corrupt</exception>
    public static RgbImage Decode(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (data.IsEmpty)
        {
            throw new MediaInputException("the image is empty (0 bytes)");
        }
        if (PngDecoder.HasSignature(data))
        {
            return PngDecoder.Decode(data, limits);
        }
        if (JpegHeader.HasSignature(data))
        {
            return JpegDecoder.Decode(data, limits);
        }
        var known = Sniff(data);
        throw new MediaInputException(known is null
            ? "not an image: the data is neither PNG nor JPEG"
            : $"unsupported image format {known}: send PNG or JPEG");
    }

    private static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("GIF8"u8))
        {
            return "GIF";
        }
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return "WebP";
        }
        if (data.StartsWith("BM"u8))
        {
            return "BMP";
        }
        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }
        return data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8) ? "HEIF/AVIF" : null;
    }
}
