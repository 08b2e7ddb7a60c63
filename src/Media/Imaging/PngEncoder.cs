using System.Buffers.Binary;
using System.IO.Compression;

namespace Livepeer.Media.Imaging;

/// <summary>8-bit RGB to PNG: one IHDR, one IDAT (zlib through <see cref="ZLibStream"/>), IEND; every row Paeth-filtered.</summary>
public static class PngEncoder
{
    public static byte[] Encode(RgbImage image, CompressionLevel level = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var output = new MemoryStream();
        output.Write(PngDecoder.Signature);

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)image.Width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr[4..], (uint)image.Height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = PngHeader.Rgb;
        ihdr[10] = ihdr[11] = ihdr[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR"u8, ihdr);

        using (var compressed = new MemoryStream())
        {
            using (var deflater = new ZLibStream(compressed, level, leaveOpen: true))
            {
                var stride = image.Stride;
                var filtered = new byte[stride + 1];
                filtered[0] = 4; // Paeth
                var zeros = new byte[stride];
                for (var y = 0; y < image.Height; y++)
                {
                    var row = image.Pixels.AsSpan(y * stride, stride);
                    var previous = y == 0 ? zeros : image.Pixels.AsSpan((y - 1) * stride, stride);
                    for (var i = 0; i < stride; i++)
                    {
                        var left = i >= 3 ? row[i - 3] : (byte)0;
                        var upLeft = i >= 3 ? previous[i - 3] : (byte)0;
                        filtered[i + 1] = (byte)(row[i] - Paeth.Predict(left, previous[i], upLeft));
                    }
                    deflater.Write(filtered);
                }
            }
            WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        }
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> body)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)body.Length);
        output.Write(word);
        output.Write(type);
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Append(Crc32.Compute(type), body));
        output.Write(word);
    }
}
