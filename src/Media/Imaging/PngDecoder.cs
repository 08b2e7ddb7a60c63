using System.Buffers.Binary;
using System.IO.Compression;

namespace Livepeer.Media.Imaging;

/// <summary>
/// PNG to 8-bit RGB in managed code: every colour type and bit depth, Adam7 interlacing, PLTE and tRNS. Alpha is
/// composited over white (the pipelines take RGB; white keeps dark text on a transparent background readable).
/// The size is checked against the limits from IHDR before anything is inflated, and inflation stops at the size
/// the header implies, so a small file cannot expand into a large allocation.
/// </summary>
internal sealed class PngDecoder
{
    private static readonly (int X, int Y, int DX, int DY)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    private readonly PngHeader header;
    private readonly byte[] palette;
    private readonly byte[] transparency;

    private PngDecoder(PngHeader header, byte[] palette, byte[] transparency)
    {
        this.header = header;
        this.palette = palette;
        this.transparency = transparency;
    }

    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static RgbImage Decode(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (!HasSignature(data))
        {
            throw new MediaInputException("not a PNG image (the PNG signature is missing)");
        }
        limits.CheckSize(data.Length);

        PngHeader? header = null;
        byte[] palette = [];
        byte[] transparency = [];
        using var compressed = new MemoryStream();
        var sawEnd = false;
        var position = Signature.Length;
        while (!sawEnd)
        {
            if (data.Length - position < 12)
            {
                throw new MediaInputException($"truncated PNG: the file ends at byte {data.Length} inside a chunk header (no IEND chunk)");
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            var type = data.Slice(position + 4, 4);
            var typeName = System.Text.Encoding.ASCII.GetString(type);
            if (length > int.MaxValue || length > (uint)(data.Length - position - 12))
            {
                throw new MediaInputException($"truncated PNG: chunk {typeName} of {length} bytes at byte {position} runs past the end of the file ({data.Length} bytes)");
            }
            var body = data.Slice(position + 8, (int)length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 8 + (int)length)..]);
            if (Crc32.Append(Crc32.Compute(type), body) != storedCrc)
            {
                throw new MediaInputException($"corrupt PNG: chunk {typeName} at byte {position} fails its CRC check");
            }
            if (header is null && typeName != "IHDR")
            {
                throw new MediaInputException($"corrupt PNG: the first chunk is {typeName}, not IHDR");
            }
            switch (typeName)
            {
                case "IHDR":
                    if (header is not null)
                    {
                        throw new MediaInputException("corrupt PNG: more than one IHDR chunk");
                    }
                    header = ReadHeader(body, limits);
                    break;
                case "PLTE":
                    if (length == 0 || length % 3 != 0 || length > 256 * 3)
                    {
                        throw new MediaInputException($"corrupt PNG: a PLTE chunk of {length} bytes (must be 3 to 768, a multiple of 3)");
                    }
                    palette = body.ToArray();
                    break;
                case "tRNS":
                    transparency = body.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(body);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
                default:
                    // Bit 5 of the first letter clear = critical: a decoder must not guess at a chunk it cannot read.
                    if ((type[0] & 0x20) == 0)
                    {
                        throw new MediaInputException($"unsupported PNG: unknown critical chunk {typeName}");
                    }
                    break;
            }
            position += 12 + (int)length;
        }

        var h = header!.Value;
        if (compressed.Length == 0)
        {
            throw new MediaInputException("corrupt PNG: no IDAT chunk (no image data)");
        }
        if (h.ColorType == PngHeader.Palette && palette.Length == 0)
        {
            throw new MediaInputException("corrupt PNG: a palette image without a PLTE chunk");
        }
        compressed.Position = 0;
        return new PngDecoder(h, palette, transparency).DecodePixels(compressed);
    }

    private static PngHeader ReadHeader(ReadOnlySpan<byte> body, ImageLimits limits)
    {
        if (body.Length != 13)
        {
            throw new MediaInputException($"corrupt PNG: IHDR is {body.Length} bytes, not 13");
        }
        long width = BinaryPrimitives.ReadUInt32BigEndian(body);
        long height = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
        limits.CheckDimensions("PNG", width, height);
        var header = new PngHeader((int)width, (int)height, body[8], body[9], body[12] == 1);
        var problem = header.Problem();
        if (problem is not null)
        {
            throw new MediaInputException($"corrupt PNG: {problem}");
        }
        if (body[10] != 0 || body[11] != 0 || body[12] > 1)
        {
            throw new MediaInputException($"unsupported PNG: compression {body[10]}, filter method {body[11]}, interlace {body[12]} (only 0, 0 and 0 or 1 exist)");
        }
        return header;
    }

    private RgbImage DecodePixels(Stream compressed)
    {
        (int X, int Y, int DX, int DY)[] passes = header.Interlaced ? Adam7 : [(0, 0, 1, 1)];
        long expected = 0;
        foreach (var (x0, y0, dx, dy) in passes)
        {
            var (w, hgt) = PassSize(x0, y0, dx, dy);
            if (w > 0 && hgt > 0)
            {
                expected += hgt * (1 + header.RowBytes(w));
            }
        }
        if (expected > Array.MaxLength)
        {
            throw new MediaInputException($"the PNG image is too large to decode ({expected} bytes of scanlines)");
        }

        var raw = new byte[expected];
        int got;
        try
        {
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            got = inflater.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            throw new MediaInputException($"corrupt PNG: the image data does not inflate ({e.Message})", e);
        }
        if (got < raw.Length)
        {
            throw new MediaInputException($"truncated PNG: the image data inflates to {got} bytes; {header.Width}x{header.Height} needs {raw.Length}");
        }

        var image = new RgbImage(header.Width, header.Height);
        var offset = 0;
        foreach (var (x0, y0, dx, dy) in passes)
        {
            var (w, hgt) = PassSize(x0, y0, dx, dy);
            if (w == 0 || hgt == 0)
            {
                continue;
            }
            var rowBytes = (int)header.RowBytes(w);
            var previous = new byte[rowBytes];
            for (var row = 0; row < hgt; row++)
            {
                var filter = raw[offset];
                var current = raw.AsSpan(offset + 1, rowBytes);
                Unfilter(filter, current, previous, header.FilterStride);
                ConvertRow(current, w, image.Pixels, ((y0 + row * dy) * header.Width + x0) * 3, dx * 3);
                current.CopyTo(previous);
                offset += 1 + rowBytes;
            }
        }
        return image;
    }

    private (int Width, int Height) PassSize(int x0, int y0, int dx, int dy) =>
        ((header.Width - x0 + dx - 1) / dx, (header.Height - y0 + dy - 1) / dy);

    private static void Unfilter(byte filter, Span<byte> current, ReadOnlySpan<byte> previous, int stride)
    {
        switch (filter)
        {
            case 0:
                break;
            case 1:
                for (var i = stride; i < current.Length; i++)
                {
                    current[i] += current[i - stride];
                }
                break;
            case 2:
                for (var i = 0; i < current.Length; i++)
                {
                    current[i] += previous[i];
                }
                break;
            case 3:
                for (var i = 0; i < current.Length; i++)
                {
                    var left = i >= stride ? current[i - stride] : 0;
                    current[i] += (byte)((left + previous[i]) >> 1);
                }
                break;
            case 4:
                for (var i = 0; i < Math.Min(stride, current.Length); i++)
                {
                    current[i] += previous[i]; // no left neighbours: Paeth picks up
                }
                for (var i = stride; i < current.Length; i++)
                {
                    current[i] += Paeth.Predict(current[i - stride], previous[i], previous[i - stride]);
                }
                break;
            default:
                throw new MediaInputException($"corrupt PNG: scanline filter type {filter} does not exist (0 to 4)");
        }
    }

    private void ConvertRow(ReadOnlySpan<byte> row, int count, byte[] rgb, int outOffset, int outStep)
    {
        if (header.BitDepth == 8 && transparency.Length == 0 && ConvertRow8(row, count, rgb, outOffset, outStep))
        {
            return;
        }
        for (var i = 0; i < count; i++, outOffset += outStep)
        {
            int r, g, b, a = 255;
            switch (header.ColorType)
            {
                case PngHeader.Gray:
                {
                    var v = Sample(row, i);
                    r = g = b = To8(v);
                    if (transparency.Length >= 2 && v == BinaryPrimitives.ReadUInt16BigEndian(transparency))
                    {
                        a = 0;
                    }
                    break;
                }
                case PngHeader.Rgb:
                {
                    int sr = Sample(row, 3 * i), sg = Sample(row, (3 * i) + 1), sb = Sample(row, (3 * i) + 2);
                    (r, g, b) = (To8(sr), To8(sg), To8(sb));
                    if (transparency.Length >= 6
                        && sr == BinaryPrimitives.ReadUInt16BigEndian(transparency)
                        && sg == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(2))
                        && sb == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(4)))
                    {
                        a = 0;
                    }
                    break;
                }
                case PngHeader.Palette:
                {
                    var index = Sample(row, i);
                    if (index * 3 >= palette.Length)
                    {
                        throw new MediaInputException($"corrupt PNG: palette index {index} but the palette has {palette.Length / 3} entries");
                    }
                    (r, g, b) = (palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2]);
                    if (index < transparency.Length)
                    {
                        a = transparency[index];
                    }
                    break;
                }
                case PngHeader.GrayAlpha:
                    r = g = b = To8(Sample(row, 2 * i));
                    a = To8(Sample(row, (2 * i) + 1));
                    break;
                default:
                    (r, g, b, a) = (To8(Sample(row, 4 * i)), To8(Sample(row, (4 * i) + 1)), To8(Sample(row, (4 * i) + 2)), To8(Sample(row, (4 * i) + 3)));
                    break;
            }
            if (a != 255)
            {
                var white = 255 * (255 - a);
                (r, g, b) = (((r * a) + white + 127) / 255, ((g * a) + white + 127) / 255, ((b * a) + white + 127) / 255);
            }
            rgb[outOffset] = (byte)r;
            rgb[outOffset + 1] = (byte)g;
            rgb[outOffset + 2] = (byte)b;
        }
    }

    /// <summary>The common 8-bit RGB, RGBA and grey rows without per-sample dispatch; false for the other layouts.</summary>
    private bool ConvertRow8(ReadOnlySpan<byte> row, int count, byte[] rgb, int outOffset, int outStep)
    {
        switch (header.ColorType)
        {
            case PngHeader.Rgb when outStep == 3:
                row[..(count * 3)].CopyTo(rgb.AsSpan(outOffset));
                return true;
            case PngHeader.Rgb:
                for (int i = 0, p = 0; i < count; i++, p += 3, outOffset += outStep)
                {
                    rgb[outOffset] = row[p];
                    rgb[outOffset + 1] = row[p + 1];
                    rgb[outOffset + 2] = row[p + 2];
                }
                return true;
            case PngHeader.Rgba:
                for (int i = 0, p = 0; i < count; i++, p += 4, outOffset += outStep)
                {
                    int a = row[p + 3], white = 255 * (255 - a);
                    rgb[outOffset] = a == 255 ? row[p] : (byte)(((row[p] * a) + white + 127) / 255);
                    rgb[outOffset + 1] = a == 255 ? row[p + 1] : (byte)(((row[p + 1] * a) + white + 127) / 255);
                    rgb[outOffset + 2] = a == 255 ? row[p + 2] : (byte)(((row[p + 2] * a) + white + 127) / 255);
                }
                return true;
            case PngHeader.Gray:
                for (var i = 0; i < count; i++, outOffset += outStep)
                {
                    rgb[outOffset] = rgb[outOffset + 1] = rgb[outOffset + 2] = row[i];
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>The <paramref name="index"/>-th sample of a scanline at the image's bit depth.</summary>
    private int Sample(ReadOnlySpan<byte> row, int index)
    {
        var depth = header.BitDepth;
        return depth switch
        {
            16 => (row[2 * index] << 8) | row[(2 * index) + 1],
            8 => row[index],
            _ => (row[(index * depth) >> 3] >> (8 - depth - ((index * depth) & 7))) & ((1 << depth) - 1),
        };
    }

    private int To8(int sample) => header.BitDepth switch
    {
        16 => sample >> 8,
        8 => sample,
        // Palette indices are never scaled: To8 only sees grey and colour samples.
        var depth => sample * 255 / ((1 << depth) - 1),
    };
}
