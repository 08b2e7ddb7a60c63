using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class OptionsTests(TestMedia media)
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(NativeTranscoderOptionsValidator.Check(new NativeTranscoderOptions()));
    }

    [Fact]
    public void Every_bad_value_is_reported()
    {
        var options = new NativeTranscoderOptions
        {
            Nvenc = (NvencMode)7,
            GpuIndex = -1,
            EncoderThreads = 65,
            DecoderThreads = -2,
            X264Preset = "warp",
            MaxIdleWorkers = 0,
        };

        var failures = NativeTranscoderOptionsValidator.Check(options);

        Assert.Equal(
            [
                "Transcoder:Nvenc must be Auto, On or Off (was 7).",
                "Transcoder:GpuIndex must be 0..63 (was -1).",
                "Transcoder:EncoderThreads must be 0 (automatic) ..64 (was 65).",
                "Transcoder:DecoderThreads must be 0 (automatic) ..64 (was -2).",
                "Transcoder:X264Preset must be one of ultrafast, superfast, veryfast, faster, fast, medium, slow, slower, veryslow, placebo (was \"warp\").",
                "Transcoder:MaxIdleWorkers must be 1..1024 (was 0).",
            ],
            failures);
        var error = Assert.Throws<OptionsValidationException>(() => new NativeTranscoder(options));
        Assert.Equal(6, error.Failures.Count());
    }

    [Fact]
    public async Task Configuration_binds_and_the_registered_services_transcode()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Transcoder:Nvenc"] = "Off",
                ["Transcoder:EncoderThreads"] = "2",
                ["Transcoder:X264Preset"] = "ultrafast",
                ["Transcoder:MaxIdleWorkers"] = "1",
            })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddNativeTranscoding(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<NativeTranscoderOptions>>().Value;
        Assert.Equal((NvencMode.Off, 2, "ultrafast", 1), (options.Nvenc, options.EncoderThreads, options.X264Preset, options.MaxIdleWorkers));
        var transcoder = services.GetRequiredService<ITranscoder>();
        var result = await transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, [Presets.P144p30fps16x9]));
        Assert.Equal(30, result.Renditions[0].Frames);
        Assert.False(services.GetRequiredService<NativeTranscoder>().UsesNvenc);
        var info = await services.GetRequiredService<ISegmentInspector>().InspectAsync(result.Renditions[0].Data, SegmentContainer.MpegTs);
        Assert.Equal(result.Renditions[0].Pixels, info.Pixels);
    }

    [Fact]
    public void Invalid_configuration_fails_at_resolution_with_the_reason()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Transcoder:X264Preset"] = "warp" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddNativeTranscoding(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITranscoder>());
        Assert.Contains("Transcoder:X264Preset must be one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auto_falls_back_to_libx264_when_no_gpu_works_and_still_transcodes()
    {
        using var transcoder = new NativeTranscoder(new NativeTranscoderOptions { Nvenc = NvencMode.Auto, X264Preset = "ultrafast" });

        var result = await transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, [Presets.P144p30fps16x9]));

        Assert.Equal(30, result.Renditions[0].Frames);
        Assert.Equal(GpuPresent(), transcoder.UsesNvenc);
    }

    [Fact]
    public void Nvenc_on_without_a_gpu_fails_at_start_with_the_reason()
    {
        if (GpuPresent())
        {
            using var gpu = new NativeTranscoder(new NativeTranscoderOptions { Nvenc = NvencMode.On });
            Assert.True(gpu.UsesNvenc);
            return;
        }
        var error = Assert.Throws<MediaEngineException>(() => new NativeTranscoder(new NativeTranscoderOptions { Nvenc = NvencMode.On }));
        Assert.StartsWith("cannot start a media worker: NVENC was required but is not available: ", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An NVIDIA driver is installed (then NVENC is expected to work).</summary>
    private static bool GpuPresent() => File.Exists("/dev/nvidia0") || File.Exists("/proc/driver/nvidia/version");
}
