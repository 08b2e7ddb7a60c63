using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Selection;

// gateway-api.md §3.7.
public sealed class CapabilityTests
{
    [Theory]
    [InlineData("text-to-image", 27)]
    [InlineData("image-to-image", 28)]
    [InlineData("image-to-video", 29)]
    [InlineData("upscale", 30)]
    [InlineData("audio-to-text", 31)]
    [InlineData("segment-anything-2", 32)]
    [InlineData("llm", 33)]
    [InlineData("image-to-text", 34)]
    [InlineData("live-video-to-video", 35)]
    [InlineData("text-to-speech", 36)]
    public void Pipelines_map_to_their_capability_and_back(string pipeline, int capability)
    {
        Assert.Equal(capability, Capability.FromPipeline(pipeline));
        Assert.Equal(pipeline, Capability.Name(capability));
    }

    [Fact]
    public void Unknown_pipelines_are_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Capability.FromPipeline("Text-To-Image"));

        Assert.StartsWith("unknown pipeline \"Text-To-Image\"; known pipelines: text-to-image, image-to-image, ", error.Message, StringComparison.Ordinal);
        Assert.False(Capability.TryFromPipeline(null, out _));
    }

    [Fact]
    public void Job_names_and_kinds()
    {
        Assert.Equal("transcoding", CapabilityModel.Transcoding.ToString());
        Assert.Equal("llm", new CapabilityModel(Capability.Llm, "").ToString());
        Assert.Equal("llm/meta-llama/Meta-Llama-3.1-8B-Instruct", CapabilityModel.ForPipeline("llm", "meta-llama/Meta-Llama-3.1-8B-Instruct").ToString());
        Assert.Equal("capability 14", new CapabilityModel(Capability.Mpeg7VideoSignature, "").ToString());
        Assert.Equal(JobKind.Transcoding, CapabilityModel.Transcoding.Kind);
        Assert.Equal(JobKind.BatchAi, new CapabilityModel(Capability.TextToSpeech, "x").Kind);
        Assert.Equal(JobKind.LiveAi, new CapabilityModel(Capability.LiveVideoToVideo, "x").Kind);
    }

    [Fact]
    public void Jobs_compare_by_capability_and_exact_model_id()
    {
        Assert.Equal(CapabilityModel.Transcoding, default);
        Assert.Equal(CapabilityModel.Transcoding.GetHashCode(), default(CapabilityModel).GetHashCode());
        Assert.Equal(new CapabilityModel(27, "a/b"), CapabilityModel.ForPipeline("text-to-image", "a/b"));
        Assert.NotEqual(new CapabilityModel(27, "a/b"), new CapabilityModel(27, "A/b"));
        Assert.NotEqual(new CapabilityModel(27, "a/b"), new CapabilityModel(28, "a/b"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapabilityModel(-1, ""));
        Assert.Throws<ArgumentNullException>(() => new CapabilityModel(27, null!));
    }
}
