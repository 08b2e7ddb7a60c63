using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Support;

/// <summary>
/// Segments generated with ffmpeg once per test run (short, to keep the suite fast on a small machine):
/// 720p30 testsrc2 with a sine tone as MPEG-TS and MP4, a different 720p picture (mandelbrot), a 4:3
/// source, a small source for concurrency, and audio only.
/// </summary>
public sealed class TestMedia : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"lpm-media-{Guid.NewGuid():N}");

    public byte[] Testsrc720Ts { get; private set; } = [];

    public byte[] Testsrc720Mp4 { get; private set; } = [];

    public byte[] Mandelbrot720Ts { get; private set; } = [];

    public byte[] FourByThreeTs { get; private set; } = [];

    public byte[] SmallTs { get; private set; } = [];

    public byte[] AudioOnlyTs { get; private set; } = [];

    public byte[] AudioOnlyMp4 { get; private set; } = [];

    public byte[] Get(SegmentContainer container) => container == SegmentContainer.Mp4 ? Testsrc720Mp4 : Testsrc720Ts;

    public static string Extension(SegmentContainer container) => container == SegmentContainer.Mp4 ? ".mp4" : ".ts";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        // B-frames (veryfast) and a 2 s GOP, as a broadcaster's HLS segment would have.
        string[] x264 = ["-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-pix_fmt", "yuv420p"];
        string[] sine = ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"];
        string[] aac = ["-c:a", "aac", "-b:a", "96k"];

        var ts = Path.Combine(_dir, "testsrc.ts");
        await MediaTool.FfmpegAsync(["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", .. sine, "-t", "2", .. x264, .. aac, "-f", "mpegts", ts]);
        var mp4 = Path.Combine(_dir, "testsrc.mp4");
        await MediaTool.FfmpegAsync(["-i", ts, "-c", "copy", "-f", "mp4", mp4]);
        var mandelbrot = Path.Combine(_dir, "mandelbrot.ts");
        await MediaTool.FfmpegAsync(["-f", "lavfi", "-i", "mandelbrot=size=1280x720:rate=30", .. sine, "-t", "1", .. x264, .. aac, "-f", "mpegts", mandelbrot]);
        var fourByThree = Path.Combine(_dir, "4x3.ts");
        await MediaTool.FfmpegAsync(["-f", "lavfi", "-i", "testsrc2=size=640x480:rate=30", "-t", "0.5", .. x264, "-f", "mpegts", fourByThree]);
        var small = Path.Combine(_dir, "small.ts");
        await MediaTool.FfmpegAsync(["-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30", .. sine, "-t", "1", .. x264, .. aac, "-f", "mpegts", small]);
        var audioTs = Path.Combine(_dir, "audio.ts");
        await MediaTool.FfmpegAsync([.. sine, "-t", "2", .. aac, "-f", "mpegts", audioTs]);
        var audioMp4 = Path.Combine(_dir, "audio.mp4");
        await MediaTool.FfmpegAsync([.. sine, "-t", "2", .. aac, "-f", "mp4", audioMp4]);

        Testsrc720Ts = await File.ReadAllBytesAsync(ts);
        Testsrc720Mp4 = await File.ReadAllBytesAsync(mp4);
        Mandelbrot720Ts = await File.ReadAllBytesAsync(mandelbrot);
        FourByThreeTs = await File.ReadAllBytesAsync(fourByThree);
        SmallTs = await File.ReadAllBytesAsync(small);
        AudioOnlyTs = await File.ReadAllBytesAsync(audioTs);
        AudioOnlyMp4 = await File.ReadAllBytesAsync(audioMp4);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}
