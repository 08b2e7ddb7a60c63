using Livepeer.Grains.Abstractions.Video;
using Livepeer.Media.Transcoding;
using Livepeer.TestSupport.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Grains.Tests.Video;

[Collection(VideoClusterCollection.Name)]
public sealed class VerificationTests(VideoClusterFixture fixture)
{
    [Fact]
    public async Task An_orchestrator_returning_another_video_is_caught_suspended_and_the_trusted_renditions_stand()
    {
        await fixture.UseOnlyAsync(fixture.Trusted, fixture.Untrusted);
        fixture.Behaviour[fixture.Untrusted] = OrchestratorBehaviour.WrongVideo;
        try
        {
            var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
            var before = await fixture.EntryAsync(fixture.Untrusted);
            var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("cheat"));

            var result = await stream.ProcessSegment(Segments.Push(0, clip, verificationFreq: 1));

            Assert.True(result.Status == SegmentStatus.Transcoded, result.Error);
            var entry = await fixture.EntryAsync(fixture.Untrusted);
            Assert.Equal(before.Failures + 1, entry.Failures);
            Assert.True(entry.IsSuspended);
            Assert.StartsWith("verification failed: rendition \"low\" does not show the trusted orchestrator's picture", entry.LastError, StringComparison.Ordinal);
            // What the gateway kept shows the pushed video, not the other one.
            var inspector = Inspector();
            var source = await inspector.InspectAsync(clip, SegmentContainer.MpegTs);
            var kept = await inspector.InspectAsync(result.Renditions[1].Data, SegmentContainer.MpegTs);
            Assert.True(SegmentSignature.IsMatch(source.Signature, kept.Signature));
        }
        finally
        {
            fixture.Behaviour[fixture.Untrusted] = OrchestratorBehaviour.Honest;
        }
    }

    [Fact]
    public async Task An_honest_untrusted_orchestrator_passes_verification()
    {
        await fixture.UseOnlyAsync(fixture.Trusted, fixture.Untrusted);
        var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var untrusted = await fixture.EntryAsync(fixture.Untrusted);
        var trusted = await fixture.EntryAsync(fixture.Trusted);
        var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("honest"));

        var result = await stream.ProcessSegment(Segments.Push(0, clip, verificationFreq: 1));

        Assert.True(result.Status == SegmentStatus.Transcoded, result.Error);
        var untrustedAfter = await fixture.EntryAsync(fixture.Untrusted);
        Assert.Equal(untrusted.Failures, untrustedAfter.Failures);
        Assert.Equal(untrusted.Successes + 1, untrustedAfter.Successes);
        // The trusted orchestrator transcoded the same segment to check against.
        Assert.Equal(trusted.Successes + 1, (await fixture.EntryAsync(fixture.Trusted)).Successes);
    }

    private ISegmentInspector Inspector() =>
        fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress).GetRequiredService<ISegmentInspector>();
}
