using System.Buffers.Binary;

namespace Livepeer.Protocol.Tests.Ai;

/// <summary>Smallest well-formed headers of each format the gateway reads, with a given size.</summary>
internal static class MediaHeaders
{
    public static byte[] Png(int width, int height)
    {
        var data = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 13);
        "IHDR"u8.CopyTo(data.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(20), (uint)height);
        data[24] = 8;
        data[25] = 2;
        return data;
    }

    /// <summary>SOI, an APP0 segment, then a baseline SOF0 frame header.</summary>
    public static byte[] Jpeg(int width, int height, byte frameMarker = 0xC0)
    {
        var data = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 };
        data.AddRange("JFIF\0"u8.ToArray());
        data.AddRange(new byte[9]);
        data.AddRange([0xFF, frameMarker, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        data.AddRange(new byte[9]);
        return [.. data];
    }

    public static byte[] Gif(int width, int height)
    {
        var data = new byte[13];
        "GIF89a"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return data;
    }

    public static byte[] WebPExtended(int width, int height)
    {
        var data = RiffWebP("VP8X");
        WriteUInt24(data.AsSpan(24), width - 1);
        WriteUInt24(data.AsSpan(27), height - 1);
        return data;
    }

    public static byte[] WebPLossless(int width, int height)
    {
        var data = RiffWebP("VP8L");
        data[20] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(21), (uint)((width - 1) | ((height - 1) << 14)));
        return data;
    }

    public static byte[] WebPLossy(int width, int height)
    {
        var data = RiffWebP("VP8 ");
        data[23] = 0x9D;
        data[24] = 0x01;
        data[25] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(26), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(28), (ushort)height);
        return data;
    }

    public static byte[] Bmp(int width, int height)
    {
        var data = new byte[54];
        "BM"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(22), height);
        return data;
    }

    /// <summary>A PCM WAV of <paramref name="dataBytes"/> bytes of samples at <paramref name="byteRate"/> bytes per second, with a LIST chunk before the data.</summary>
    public static byte[] Wav(int byteRate, int dataBytes)
    {
        var list = "LIST\x04\0\0\0INFO"u8.ToArray();
        var data = new byte[12 + 24 + list.Length + 8 + dataBytes];
        "RIFF"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), (uint)(data.Length - 8));
        "WAVE"u8.CopyTo(data.AsSpan(8));
        "fmt "u8.CopyTo(data.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(24), (uint)(byteRate / 2));
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(28), (uint)byteRate);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(34), 16);
        list.CopyTo(data.AsSpan(36));
        int at = 36 + list.Length;
        "data"u8.CopyTo(data.AsSpan(at));
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at + 4), (uint)dataBytes);
        return data;
    }

    private static byte[] RiffWebP(string chunk)
    {
        var data = new byte[30];
        "RIFF"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), 22);
        "WEBP"u8.CopyTo(data.AsSpan(8));
        System.Text.Encoding.ASCII.GetBytes(chunk).CopyTo(data, 12);
        return data;
    }

    private static void WriteUInt24(Span<byte> span, int value)
    {
        span[0] = (byte)value;
        span[1] = (byte)(value >> 8);
        span[2] = (byte)(value >> 16);
    }
}
