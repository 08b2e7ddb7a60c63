using BenchmarkDotNet.Attributes;
using Livepeer.Media.Transcoding;

namespace Livepeer.Bench.Transcode;

/// <summary>
/// One 2 s 720p30 segment (testsrc2 + sine, libx264 veryfast, made with ffmpeg at setup) transcoded to the
/// 240p and 360p presets, and inspected. Process CPU time (BenchConfig): the encoders' threads count.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(10)]
[InvocationCount(1, 1)]
public class TranscodeBenchmarks
{
    private NativeTranscoder _transcoder = null!;
    private NativeSegmentInspector _inspector = null!;
    private byte[] _segment = [];

    [Params("veryfast")]
    public string Preset { get; set; } = "veryfast";

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lpm-bdn-{Guid.NewGuid():N}.ts");
        FfmpegCli.Run(
        [
            "-hide_banner", "-nostdin", "-benchmark", "-y", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine=frequency=440",
            "-t", "2", "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-c:a", "aac", "-f", "mpegts", path,
        ]);
        _segment = File.ReadAllBytes(path);
        File.Delete(path);
        var options = new NativeTranscoderOptions { Nvenc = NvencMode.Off, X264Preset = Preset };
        _transcoder = new NativeTranscoder(options);
        _inspector = new NativeSegmentInspector(options);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _transcoder.Dispose();
        _inspector.Dispose();
    }

    [Benchmark(Description = "transcode 720p -> 240p + 360p")]
    public long Transcode() =>
        _transcoder.TranscodeAsync(new TranscodeRequest(_segment, SegmentContainer.MpegTs, BenchProfiles.Renditions)).GetAwaiter().GetResult().Renditions[1].Pixels;

    [Benchmark(Description = "inspect 720p segment")]
    public long Inspect() => _inspector.InspectAsync(_segment, SegmentContainer.MpegTs).GetAwaiter().GetResult().Pixels;
}
