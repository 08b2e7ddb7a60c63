using System.Buffers.Binary;
using Livepeer.Media.Imaging;

namespace Livepeer.Media.Tests.Imaging;

internal static class Pngs
{
    /// <summary>A tiny valid PNG whose IHDR (with a correct CRC) claims <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] WithSize(uint width, uint height)
    {
        var png = PngEncoder.Encode(new RgbImage(2, 2));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8 + 8), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8 + 8 + 4), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8 + 8 + 13), Crc32.Compute(png.AsSpan(8 + 4, 17)));
        return png;
    }
}
