using System.Buffers.Binary;

namespace Livepeer.Media.Imaging;

/// <summary>
/// Reads a JPEG's frame header (SOFn) in managed code, so the size is checked before the native decoder allocates, and
/// checks that a scan and the end-of-image marker are there (libavcodec would decode a cut-off file into a part-grey picture).
/// </summary>
internal static class JpegHeader
{
    public static bool HasSignature(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    /// <returns>width, height and the number of colour components</returns>
    public static (int Width, int Height, int Components) Read(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (!HasSignature(data))
        {
            throw new MediaInputException("not a JPEG image (the start-of-image marker is missing)");
        }
        limits.CheckSize(data.Length);
        (int Width, int Height, int Components)? frame = null;
        var position = 2;
        while (true)
        {
            if (position >= data.Length)
            {
                throw new MediaInputException($"truncated JPEG: the file ends at byte {data.Length} before the image data");
            }
            if (data[position] != 0xFF)
            {
                throw new MediaInputException($"corrupt JPEG: expected a marker at byte {position}, found 0x{data[position]:X2}");
            }
            while (position < data.Length && data[position] == 0xFF)
            {
                position++; // fill bytes
            }
            if (position >= data.Length)
            {
                throw new MediaInputException("truncated JPEG: the file ends inside a marker");
            }
            var marker = data[position++];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }
            if (marker == 0xD9)
            {
                throw new MediaInputException("corrupt JPEG: end-of-image marker before any image data");
            }
            if (data.Length - position < 2)
            {
                throw new MediaInputException("truncated JPEG: the file ends inside a segment length");
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (length < 2 || length > data.Length - position)
            {
                throw new MediaInputException($"truncated JPEG: segment 0xFF{marker:X2} of {length} bytes at byte {position} runs past the end of the file");
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8)
                {
                    throw new MediaInputException($"corrupt JPEG: a frame header of {length} bytes");
                }
                int height = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 3)..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]);
                limits.CheckDimensions("JPEG", width, height);
                frame = (width, height, data[position + 7]);
            }
            else if (marker == 0xDA)
            {
                if (frame is null)
                {
                    throw new MediaInputException("corrupt JPEG: image data before the frame header");
                }
                // Entropy-coded data escapes 0xFF as FF 00, so FF D9 after the scan header is the end marker.
                if (data[(position + length)..].IndexOf([(byte)0xFF, (byte)0xD9]) < 0)
                {
                    throw new MediaInputException("truncated JPEG: the end-of-image marker is missing");
                }
                return frame.Value;
            }
            position += length;
        }
    }
}
