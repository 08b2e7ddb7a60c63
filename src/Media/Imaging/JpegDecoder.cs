using System.Runtime.InteropServices;

namespace Livepeer.Media.Imaging;

/// <summary>
/// JPEG to 8-bit RGB: the header is checked in managed code (<see cref="JpegHeader"/>), the entropy decoding runs in the
/// system libavcodec's mjpeg decoder, and its planar YCbCr (or grey) output is converted here with the JFIF full-range
/// BT.601 matrix, so libswscale is not needed.
/// </summary>
internal static unsafe class JpegDecoder
{
    private const int ErrorAgain = -11;

    public static RgbImage Decode(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        var (width, height, _) = JpegHeader.Read(data, limits);
        var av = LibAvCodec.Instance;
        var codec = FindMjpeg(av);
        var context = av.AllocContext(codec);
        void* packet = null;
        void* frame = null;
        try
        {
            if (context is null || av.Open(context, codec, null) < 0)
            {
                throw new InvalidOperationException($"libavcodec ({av.Name}) could not open its mjpeg decoder");
            }
            packet = av.PacketAlloc();
            frame = av.FrameAlloc();
            if (packet is null || frame is null || av.NewPacket(packet, data.Length) < 0)
            {
                throw new OutOfMemoryException("libavcodec could not allocate a packet and frame");
            }
            data.CopyTo(new Span<byte>(*(byte**)((byte*)packet + LibAvCodec.PacketData), data.Length));

            var sent = av.SendPacket(context, packet);
            if (sent < 0)
            {
                throw new MediaInputException($"corrupt JPEG: the decoder rejected the data (libavcodec error {sent})");
            }
            av.SendPacket(context, null); // end of stream: the decoder hands back what it holds
            var received = av.ReceiveFrame(context, frame);
            if (received < 0)
            {
                throw new MediaInputException(received == ErrorAgain
                    ? "corrupt JPEG: the decoder produced no picture"
                    : $"corrupt JPEG: no picture could be decoded (libavcodec error {received})");
            }
            var frameWidth = *(int*)((byte*)frame + LibAvCodec.FrameWidth);
            var frameHeight = *(int*)((byte*)frame + LibAvCodec.FrameHeight);
            if (frameWidth != width || frameHeight != height)
            {
                throw new MediaInputException($"corrupt JPEG: the header says {width}x{height} but the decoder produced {frameWidth}x{frameHeight}");
            }
            var format = Marshal.PtrToStringAnsi((nint)av.PixelFormatName(*(int*)((byte*)frame + LibAvCodec.FrameFormat))) ?? "unknown";
            return ToRgb(frame, width, height, format);
        }
        finally
        {
            if (frame is not null)
            {
                av.FrameFree(&frame);
            }
            if (packet is not null)
            {
                av.PacketFree(&packet);
            }
            if (context is not null)
            {
                av.FreeContext(&context);
            }
        }
    }

    private static void* FindMjpeg(LibAvCodec av)
    {
        var name = "mjpeg\0"u8;
        fixed (byte* p = name)
        {
            var codec = av.FindDecoderByName(p);
            return codec is not null ? codec : throw new InvalidOperationException($"the system libavcodec ({av.Name}) has no mjpeg decoder");
        }
    }

    private static RgbImage ToRgb(void* frame, int width, int height, string format)
    {
        var planes = (byte**)frame;
        var strides = (int*)((byte*)frame + LibAvCodec.FrameLinesize);
        var image = new RgbImage(width, height);
        var rgb = image.Pixels;
        if (format == "gray")
        {
            for (var y = 0; y < height; y++)
            {
                var row = planes[0] + ((long)y * strides[0]);
                for (int x = 0, o = y * width * 3; x < width; x++, o += 3)
                {
                    rgb[o] = rgb[o + 1] = rgb[o + 2] = row[x];
                }
            }
            return image;
        }
        var (shiftX, shiftY) = ChromaShift(format);
        for (var y = 0; y < height; y++)
        {
            var luma = planes[0] + ((long)y * strides[0]);
            var cb = planes[1] + ((long)(y >> shiftY) * strides[1]);
            var cr = planes[2] + ((long)(y >> shiftY) * strides[2]);
            for (int x = 0, o = y * width * 3; x < width; x++, o += 3)
            {
                int l = luma[x], u = cb[x >> shiftX] - 128, v = cr[x >> shiftX] - 128;
                // JFIF: R = Y + 1.402 Cr, G = Y - 0.344136 Cb - 0.714136 Cr, B = Y + 1.772 Cb, in 16.16 fixed point.
                rgb[o] = Clamp(l + (((91881 * v) + 32768) >> 16));
                rgb[o + 1] = Clamp(l - (((22554 * u) + (46802 * v) + 32768) >> 16));
                rgb[o + 2] = Clamp(l + (((116130 * u) + 32768) >> 16));
            }
        }
        return image;
    }

    /// <summary>8-bit planar YCbCr layouts the mjpeg decoder produces; "yuvj" and "yuv" alike, JPEG being full range.</summary>
    private static (int X, int Y) ChromaShift(string format) => format.Replace("yuvj", "yuv", StringComparison.Ordinal) switch
    {
        "yuv444p" => (0, 0),
        "yuv422p" => (1, 0),
        "yuv420p" => (1, 1),
        "yuv440p" => (0, 1),
        "yuv411p" => (2, 0),
        "yuv410p" => (2, 2),
        _ => throw new MediaInputException($"unsupported JPEG: it decodes to pixel format {format} (8-bit YCbCr or greyscale JPEGs are accepted)"),
    };

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
