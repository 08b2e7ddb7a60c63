using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Livepeer.Protocol.Ai;

/// <summary>
/// The format and size of an uploaded image, read from its header only (PNG, JPEG, GIF, WebP, BMP), so the
/// gateway can price it (units are height × width, gateway-api.md §3.5) and refuse what is not an image
/// before anything is paid. Decoding is the worker's job.
/// </summary>
public sealed record ImageInfo(string Format, string ContentType, int Width, int Height)
{
    public const string Formats = "PNG, JPEG, GIF, WebP or BMP";

    public long Pixels => (long)Width * Height;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(ReadOnlySpan<byte> data, [NotNullWhen(true)] out ImageInfo? image, [NotNullWhen(false)] out string? error)
    {
        image = null;
        if (data.Length == 0)
        {
            error = "the image is empty";
            return false;
        }
        var read = data switch
        {
            _ when data.StartsWith(PngSignature) => Png(data),
            _ when data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF => Jpeg(data),
            _ when data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8) => Gif(data),
            _ when data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) => WebP(data),
            _ when data.StartsWith("BM"u8) => Bmp(data),
            _ => null,
        };
        if (read is null)
        {
            error = $"the file is not an image this gateway reads ({Formats})";
            return false;
        }
        if (read.Width <= 0 || read.Height <= 0)
        {
            error = $"the {read.Format} header is truncated or damaged (no usable width and height)";
            return false;
        }
        image = read;
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format} {Width}x{Height}");

    private static ImageInfo Png(ReadOnlySpan<byte> data)
    {
        // Signature, then the IHDR chunk: length(4) "IHDR"(4) width(4) height(4), big-endian.
        if (data.Length < 24 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return new ImageInfo("PNG", "image/png", 0, 0);
        }
        return new ImageInfo("PNG", "image/png", Dimension(BinaryPrimitives.ReadUInt32BigEndian(data[16..])), Dimension(BinaryPrimitives.ReadUInt32BigEndian(data[20..])));
    }

    private static ImageInfo Jpeg(ReadOnlySpan<byte> data)
    {
        int i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                break;
            }
            byte marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers C0-CF, except DHT (C4), JPG (C8) and DAC (CC): precision(1) height(2) width(2).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > data.Length)
                {
                    break;
                }
                return new ImageInfo("JPEG", "image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }
            if (marker == 0xDA || length < 2)
            {
                break; // image data before any frame header: damaged
            }
            i += 2 + length;
        }
        return new ImageInfo("JPEG", "image/jpeg", 0, 0);
    }

    private static ImageInfo Gif(ReadOnlySpan<byte> data) =>
        data.Length < 10
            ? new ImageInfo("GIF", "image/gif", 0, 0)
            : new ImageInfo("GIF", "image/gif", BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));

    private static ImageInfo WebP(ReadOnlySpan<byte> data)
    {
        const string Format = "WebP";
        const string Type = "image/webp";
        if (data.Length < 30)
        {
            return new ImageInfo(Format, Type, 0, 0);
        }
        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Canvas width-1 and height-1, 24-bit little-endian each.
            return new ImageInfo(Format, Type, Uint24(data[24..]) + 1, Uint24(data[27..]) + 1);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Signature 0x2F, then 14 bits width-1 and 14 bits height-1.
            uint bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return data[20] != 0x2F
                ? new ImageInfo(Format, Type, 0, 0)
                : new ImageInfo(Format, Type, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Key frame start code 9D 01 2A, then 14-bit width and height.
            return !data[23..26].SequenceEqual(new byte[] { 0x9D, 0x01, 0x2A })
                ? new ImageInfo(Format, Type, 0, 0)
                : new ImageInfo(Format, Type, BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }
        return new ImageInfo(Format, Type, 0, 0);
    }

    private static ImageInfo Bmp(ReadOnlySpan<byte> data)
    {
        if (data.Length < 26 || BinaryPrimitives.ReadUInt32LittleEndian(data[14..]) < 40)
        {
            return new ImageInfo("BMP", "image/bmp", 0, 0);
        }
        int width = BinaryPrimitives.ReadInt32LittleEndian(data[18..]);
        int height = BinaryPrimitives.ReadInt32LittleEndian(data[22..]);
        // A negative height means top-down rows; the size is its magnitude.
        return new ImageInfo("BMP", "image/bmp", width, height == int.MinValue ? 0 : Math.Abs(height));
    }

    private static int Uint24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);

    private static int Dimension(uint value) => value > int.MaxValue ? 0 : (int)value;
}
