using System.Runtime.InteropServices;

namespace Livepeer.Media.Imaging;

/// <summary>
/// The few libavcodec/libavutil entry points the JPEG decoder needs, bound at first use from the system FFmpeg
/// (Debian: libavcodec59, 60 or 61). Bound by hand rather than with [LibraryImport] so no assembly-wide import resolver
/// is needed for the versioned sonames. Field offsets are the stable heads of AVPacket and AVFrame (FFmpeg 4 to 7).
/// </summary>
internal sealed unsafe class LibAvCodec
{
    /// <summary>AVPacket.data (after buf, pts, dts) and AVPacket.size.</summary>
    public const int PacketData = 24;
    public const int PacketSize = 32;

    /// <summary>AVFrame.data[8], linesize[8], extended_data, width, height, nb_samples, format.</summary>
    public const int FrameLinesize = 64;
    public const int FrameWidth = 104;
    public const int FrameHeight = 108;
    public const int FrameFormat = 116;

    private static readonly string[] Candidates =
        ["libavcodec.so.61", "libavcodec.so.60", "libavcodec.so.59", "libavcodec.so.62", "libavcodec.so.58", "libavcodec.so", "avcodec"];

    private static readonly Lazy<LibAvCodec> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private LibAvCodec(nint library, string name)
    {
        Name = name;
        FindDecoderByName = (delegate* unmanaged<byte*, void*>)Export(library, "avcodec_find_decoder_by_name");
        AllocContext = (delegate* unmanaged<void*, void*>)Export(library, "avcodec_alloc_context3");
        Open = (delegate* unmanaged<void*, void*, void*, int>)Export(library, "avcodec_open2");
        SendPacket = (delegate* unmanaged<void*, void*, int>)Export(library, "avcodec_send_packet");
        ReceiveFrame = (delegate* unmanaged<void*, void*, int>)Export(library, "avcodec_receive_frame");
        FreeContext = (delegate* unmanaged<void**, void>)Export(library, "avcodec_free_context");
        PacketAlloc = (delegate* unmanaged<void*>)Export(library, "av_packet_alloc");
        PacketFree = (delegate* unmanaged<void**, void>)Export(library, "av_packet_free");
        NewPacket = (delegate* unmanaged<void*, int, int>)Export(library, "av_new_packet");
        // dlsym on libavcodec's handle also searches its dependencies, libavutil among them.
        FrameAlloc = (delegate* unmanaged<void*>)Export(library, "av_frame_alloc");
        FrameFree = (delegate* unmanaged<void**, void>)Export(library, "av_frame_free");
        PixelFormatName = (delegate* unmanaged<int, byte*>)Export(library, "av_get_pix_fmt_name");
    }

    public static LibAvCodec Instance => Loaded.Value;

    /// <summary>The file that was loaded, for messages.</summary>
    public string Name { get; }

    public delegate* unmanaged<byte*, void*> FindDecoderByName { get; }

    public delegate* unmanaged<void*, void*> AllocContext { get; }

    public delegate* unmanaged<void*, void*, void*, int> Open { get; }

    public delegate* unmanaged<void*, void*, int> SendPacket { get; }

    public delegate* unmanaged<void*, void*, int> ReceiveFrame { get; }

    public delegate* unmanaged<void**, void> FreeContext { get; }

    public delegate* unmanaged<void*> PacketAlloc { get; }

    public delegate* unmanaged<void**, void> PacketFree { get; }

    public delegate* unmanaged<void*, int, int> NewPacket { get; }

    public delegate* unmanaged<void*> FrameAlloc { get; }

    public delegate* unmanaged<void**, void> FrameFree { get; }

    public delegate* unmanaged<int, byte*> PixelFormatName { get; }

    private static LibAvCodec Load()
    {
        foreach (var name in Candidates)
        {
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                return new LibAvCodec(handle, name);
            }
        }
        throw new DllNotFoundException(
            "JPEG decoding needs the system FFmpeg's libavcodec (Debian: libavcodec59 or newer; scripts/setup.sh installs it); none of "
            + string.Join(", ", Candidates) + " could be loaded");
    }

    private static nint Export(nint library, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? address
            : throw new EntryPointNotFoundException($"the loaded libavcodec has no {name}");
}
