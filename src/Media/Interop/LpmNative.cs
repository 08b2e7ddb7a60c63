using System.Runtime.InteropServices;

namespace Livepeer.Media.Interop;

/// <summary>The lpmedia C API (src/Media/native/include/lpmedia.h).</summary>
internal static unsafe partial class LpmNative
{
    public const string Library = "lpmedia";
    public const int ApiVersion = 1;
    public const int ErrorBytes = 512;
    public const int MaxProfiles = 32;

    [LibraryImport(Library, EntryPoint = "lpm_api_version")]
    public static partial int ApiVersionOfLibrary();

    [LibraryImport(Library, EntryPoint = "lpm_worker_create")]
    public static partial int WorkerCreate(LpmWorkerOptions* options, out WorkerHandle worker, byte* error, int errorSize);

    [LibraryImport(Library, EntryPoint = "lpm_worker_destroy")]
    public static partial void WorkerDestroy(IntPtr worker);

    [LibraryImport(Library, EntryPoint = "lpm_worker_uses_nvenc")]
    public static partial int WorkerUsesNvenc(WorkerHandle worker);

    [LibraryImport(Library, EntryPoint = "lpm_worker_cancel")]
    public static partial void WorkerCancel(WorkerHandle worker);

    [LibraryImport(Library, EntryPoint = "lpm_worker_reset_cancel")]
    public static partial void WorkerResetCancel(WorkerHandle worker);

    [LibraryImport(Library, EntryPoint = "lpm_transcode")]
    public static partial int Transcode(
        WorkerHandle worker,
        byte* segment,
        long segmentSize,
        int container,
        LpmProfile* profiles,
        int profileCount,
        LpmMediaInfo* source,
        LpmRendition* renditions,
        byte* error,
        int errorSize);

    [LibraryImport(Library, EntryPoint = "lpm_inspect")]
    public static partial int Inspect(WorkerHandle worker, byte* segment, long segmentSize, LpmMediaInfo* info, byte* error, int errorSize);

    [LibraryImport(Library, EntryPoint = "lpm_rendition_release")]
    public static partial void RenditionRelease(LpmRendition* rendition);

    /// <summary>The NUL-terminated UTF-8 message lpmedia wrote into an error buffer.</summary>
    public static string ErrorText(ReadOnlySpan<byte> buffer, int status)
    {
        var end = buffer.IndexOf((byte)0);
        var text = System.Text.Encoding.UTF8.GetString(end < 0 ? buffer : buffer[..end]);
        return text.Length > 0 ? text : $"lpmedia failed with status {(LpmStatus)status}";
    }
}
