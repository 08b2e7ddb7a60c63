using System.Buffers.Binary;
using System.IO.Compression;

namespace Livepeer.NodeTestSupport.Browser;

/// <summary>
/// Just enough PNG decoding to tell whether a screenshot shows something: 8-bit RGB or RGBA, not interlaced
/// (what Chromium writes). Pixels are packed 0xRRGGBBAA.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<uint> Pixels { get; }

    public int DistinctColors => Pixels.Distinct().Count();

    /// <summary>Distinct colours in the rectangle from (<paramref name="left"/>, <paramref name="top"/>) to the bottom-right corner.</summary>
    public int DistinctColorsFrom(int left, int top)
    {
        var colors = new HashSet<uint>();
        for (int y = top; y < Height; y++)
        {
            for (int x = left; x < Width; x++)
            {
                colors.Add(Pixels[(y * Width) + x]);
            }
        }
        return colors.Count;
    }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file");
        }
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        int offset = Signature.Length;
        while (offset + 8 <= bytes.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            string type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                byte depth = data[8], colorType = data[9], interlace = data[12];
                channels = colorType switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new InvalidDataException($"PNG color type {colorType} is not supported (only RGB and RGBA)"),
                };
                if (depth != 8 || interlace != 0)
                {
                    throw new InvalidDataException($"PNG bit depth {depth} / interlace {interlace} is not supported (only 8-bit, not interlaced)");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static uint[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        if (raw.Length < height * (stride + 1))
        {
            throw new InvalidDataException($"PNG data is {raw.Length} bytes, expected {height * (stride + 1)}");
        }
        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new uint[width * height];
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1);
            byte filter = raw[row];
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? current[x - channels] : 0;
                int b = previous[x];
                int c = x >= channels ? previous[x - channels] : 0;
                int value = raw[row + 1 + x];
                current[x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG row {y} has unknown filter {filter}"),
                });
            }
            for (int x = 0; x < width; x++)
            {
                int p = x * channels;
                uint alpha = channels == 4 ? current[p + 3] : 0xFFu;
                pixels[(y * width) + x] = ((uint)current[p] << 24) | ((uint)current[p + 1] << 16) | ((uint)current[p + 2] << 8) | alpha;
            }
            (previous, current) = (current, previous);
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
