using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Selection;

namespace Livepeer.Protocol.Tests.Rpc;

// pm-protocol.md §9.4 and gateway-api.md §3.7.
public sealed class CapabilityCompatibilityTests
{
    private static Capabilities Orchestrator(string version = "1.0.0") =>
        CapabilityAdverts.ForOrchestrator(new Dictionary<int, IReadOnlyList<ModelOffer>> { [Capability.TextToImage] = [new ModelOffer("sd-turbo", true, 4)] }, 4, version);

    [Fact]
    public void Bits_are_packed_as_bit_c_mod_64_of_word_c_div_64()
    {
        var words = CapabilityBits.Pack([0, 12, 63, 64, 130, -1, -2]);
        Assert.Equal([(1UL << 0) | (1UL << 12) | (1UL << 63), 1UL, 1UL << 2], words);
        Assert.Equal([0, 12, 63, 64, 130], CapabilityBits.Unpack(words));
        Assert.True(CapabilityBits.Has(words, 130));
        Assert.False(CapabilityBits.Has(words, 131));
        Assert.False(CapabilityBits.Has(words, 1000));
    }

    [Fact]
    public void Orchestrator_advert_offers_the_default_bits_its_models_and_demands_auth_tokens()
    {
        var advert = Orchestrator();
        var bits = CapabilityBits.Unpack(advert.Bitstring);
        Assert.Superset(new SortedSet<int>(CapabilityAdverts.DefaultTranscoding), bits);
        Assert.Contains(Capability.TextToImage, bits);
        Assert.Equal([Capability.AuthToken], CapabilityBits.Unpack(advert.Mandatories));
        Assert.True(advert.Constraints.PerCapability[(uint)Capability.TextToImage].Models["sd-turbo"].Warm);
        Assert.Equal(4u, advert.Capacities[(uint)Capability.TextToImage]);
        Assert.Equal([new ModelOffer("sd-turbo", true, 4)], CapabilityAdverts.Offered(advert)[Capability.TextToImage]);
        Assert.Empty(CapabilityAdverts.Offered(advert)[Capability.H264]);
    }

    [Fact]
    public void Transcoding_and_ai_jobs_fit_an_orchestrator_offering_them()
    {
        var profiles = new[]
        {
            new VideoProfile { Name = "P144p30fps16x9", Width = 256, Height = 144, Fps = 30 },
            new VideoProfile { Name = "mp4", Width = 426, Height = 240, Fps = 30000, FpsDen = 1001, Format = VideoProfile.Types.Format.Mp4, Profile = VideoProfile.Types.Profile.H264High, Gop = 2000 },
        };
        var transcoding = CapabilityAdverts.ForTranscodingJob(profiles);
        Assert.Equal(
            [Capability.H264, Capability.Mpegts, Capability.Mp4, Capability.FractionalFramerates, Capability.StorageDirect, Capability.ProfileH264High, Capability.Gop, Capability.AuthToken],
            CapabilityBits.Unpack(transcoding.Bitstring));
        Assert.True(CapabilityCompatibility.IsCompatible(transcoding, Orchestrator()));
        Assert.True(CapabilityCompatibility.IsCompatible(CapabilityAdverts.ForAiJob(Capability.TextToImage, "sd-turbo"), Orchestrator()));
    }

    [Fact]
    public void A_job_needing_more_than_offered_does_not_fit()
    {
        Assert.False(CapabilityCompatibility.IsCompatible(CapabilityAdverts.ForAiJob(Capability.Llm, ""), Orchestrator()));
        var hevc = CapabilityAdverts.ForTranscodingJob([new VideoProfile { Name = "h", Encoder = VideoProfile.Types.VideoCodec.H265 }]);
        Assert.False(CapabilityCompatibility.IsCompatible(hevc, Orchestrator()));
    }

    [Fact]
    public void An_unknown_model_or_a_warm_demand_on_a_cold_model_does_not_fit()
    {
        Assert.False(CapabilityCompatibility.IsCompatible(CapabilityAdverts.ForAiJob(Capability.TextToImage, "other-model"), Orchestrator()));
        var orchestrator = Orchestrator();
        orchestrator.Constraints.PerCapability[(uint)Capability.TextToImage].Models["sd-turbo"].Warm = false;
        var warmJob = CapabilityAdverts.ForAiJob(Capability.TextToImage, "sd-turbo");
        warmJob.Constraints.PerCapability[(uint)Capability.TextToImage].Models["sd-turbo"].Warm = true;
        Assert.False(CapabilityCompatibility.IsCompatible(warmJob, orchestrator));
        warmJob.Constraints.PerCapability[(uint)Capability.TextToImage].Models["sd-turbo"].Warm = false;
        Assert.True(CapabilityCompatibility.IsCompatible(warmJob, orchestrator));
    }

    [Fact]
    public void Missing_mandatory_bits_and_missing_capabilities_do_not_fit()
    {
        var noAuth = new Capabilities();
        noAuth.Bitstring.AddRange(CapabilityBits.Pack([Capability.H264]));
        Assert.False(CapabilityCompatibility.IsCompatible(noAuth, Orchestrator()));
        Assert.False(CapabilityCompatibility.IsCompatible(null, Orchestrator()));
        Assert.True(CapabilityCompatibility.IsCompatible(null, new Capabilities()));
    }

    [Fact]
    public void More_words_than_the_orchestrator_sends_do_not_fit_even_when_zero()
    {
        var job = CapabilityAdverts.ForAiJob(Capability.TextToImage, "");
        var orchestrator = Orchestrator();
        Assert.True(CapabilityCompatibility.IsCompatible(job, orchestrator));
        job.Bitstring.Add(0);
        Assert.False(CapabilityCompatibility.IsCompatible(job, orchestrator));
    }

    [Theory]
    [InlineData("1.0.0", "0.9.0", true)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("v1.0.0-dev", "1.0.0", true)]
    [InlineData("0.8.9", "0.9.0", false)]
    [InlineData("", "0.1.0", false)]
    [InlineData("undefined", "0.1.0", false)]
    [InlineData("not-a-version", "0.1.0", false)]
    [InlineData("0.1.0", "garbage", true)]
    [InlineData("0.1.0", "", true)]
    public void Minimum_version_ignores_pre_release_parts(string orchestratorVersion, string minVersion, bool fits)
    {
        var job = CapabilityAdverts.ForAiJob(Capability.TextToImage, "");
        job.Constraints.MinVersion = minVersion;
        Assert.Equal(fits, CapabilityCompatibility.IsCompatible(job, Orchestrator(orchestratorVersion)));
    }
}
