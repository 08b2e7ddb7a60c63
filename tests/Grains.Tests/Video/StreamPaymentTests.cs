using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Grains.Abstractions.Video;
using Livepeer.Media.Transcoding;
using Livepeer.Protocol.Video;
using Livepeer.TestSupport.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Livepeer.Grains.Tests.Video;

[Collection(VideoClusterCollection.Name)]
public sealed class StreamPaymentTests(VideoClusterFixture fixture)
{
    [Fact]
    public async Task After_20_paid_segments_gateway_and_orchestrator_balances_agree_exactly()
    {
        await fixture.UseOnlyAsync(fixture.Paid);
        var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var streamId = VideoClusterFixture.NewStream("paid");
        var stream = fixture.Client.GetGrain<IStreamGrain>(streamId);

        long charged = 0;
        for (int seq = 0; seq < 20; seq++)
        {
            var result = await stream.ProcessSegment(Segments.Push(seq, clip));
            Assert.True(result.Status == SegmentStatus.Transcoded, result.Error);
            Assert.Equal(["low", "mid"], result.Renditions.Select(r => r.Name));
            Assert.Equal((160, 90), (result.Renditions[0].Width, result.Renditions[0].Height));
        }

        var session = fixture.Client.GetGrain<IOrchestratorSessionGrain>($"{streamId}/{fixture.Paid.ToLowerHex()}");
        var snapshot = await session.GetSnapshot();
        var receiver = fixture.Client.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(fixture.Paid, fixture.GatewayKey.Address));
        Assert.Equal(20, snapshot.Calls);
        Assert.True(snapshot.TicketsSent > 20, $"only {snapshot.TicketsSent} tickets for 20 segments");
        Assert.Equal(await session.GetBalance(), await receiver.GetBalance(snapshot.AuthSessionId!));

        // What was charged is the renditions' decoded pixels, 1 wei each: 15 fps and 30 fps for 1 s.
        var inspector = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress).GetRequiredService<ISegmentInspector>();
        var last = await stream.ProcessSegment(Segments.Push(20, clip));
        foreach (var rendition in last.Renditions)
        {
            charged += (await inspector.InspectAsync(rendition.Data, SegmentContainer.MpegTs)).Pixels;
        }
        Assert.Equal(160L * 90 * 15 + 256L * 144 * 30, charged);
        Assert.Equal(await session.GetBalance(), await receiver.GetBalance(snapshot.AuthSessionId!));
    }

    [Fact]
    public async Task Playlists_keep_a_window_of_six_and_segments_are_in_the_media_store()
    {
        await fixture.UseOnlyAsync(fixture.Paid);
        var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var streamId = VideoClusterFixture.NewStream("window");
        var stream = fixture.Client.GetGrain<IStreamGrain>(streamId);
        Assert.False((await stream.GetView()).Exists);

        for (int seq = 3; seq < 11; seq++)
        {
            Assert.Equal(SegmentStatus.Transcoded, (await stream.ProcessSegment(Segments.Push(seq, clip))).Status);
        }

        var view = await stream.GetView();
        Assert.True(view.Exists);
        Assert.False(view.Ended);
        Assert.Equal(["source", "low", "mid"], view.Variants.Select(v => v.Name));
        Assert.Equal((320, 180), (view.Variants[0].Width, view.Variants[0].Height));
        Assert.Equal((160, 90, 200_000L), (view.Variants[1].Width, view.Variants[1].Height, view.Variants[1].Bandwidth));
        foreach (var name in (string[])["source", "low", "mid"])
        {
            var window = view.Windows[name];
            Assert.Equal(2, window.MediaSequence);
            Assert.Equal([5L, 6, 7, 8, 9, 10], window.Segments.Select(s => s.Sequence));
            Assert.All(window.Segments, s => Assert.InRange(s.Duration.TotalSeconds, 0.9, 1.1));
        }
        var stored = await fixture.Media.GetAsync(StreamMedia.SegmentPath(streamId, "mid", 10, SegmentFormat.MpegTs));
        Assert.NotNull(stored);
        Assert.Equal("video/MP2T", stored.ContentType);
        var probed = await ProbedMedia.ProbeAsync(stored.Data, ".ts");
        Assert.Equal((256, 144), (probed.Width, probed.Height));
        Assert.Equal(clip, (await fixture.Media.GetAsync(StreamMedia.SegmentPath(streamId, "source", 10, SegmentFormat.MpegTs)))!.Data);
    }

    [Fact]
    public async Task A_bad_segment_fails_once_as_bad_input_without_suspending_anybody()
    {
        await fixture.UseOnlyAsync(fixture.Paid);
        var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var before = await fixture.EntryAsync(fixture.Paid);
        var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("bad"));

        // Program tables intact, pictures gone: only decoding can tell.
        var garbage = clip.ToArray();
        new Random(5).NextBytes(garbage.AsSpan(4 * 188));
        for (int i = 4 * 188; i < garbage.Length; i += 188)
        {
            garbage[i] = 0x47;
        }
        var result = await stream.ProcessSegment(Segments.Push(0, garbage));

        Assert.Equal(SegmentStatus.BadInput, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        var after = await fixture.EntryAsync(fixture.Paid);
        Assert.Equal(before.Failures, after.Failures);
        Assert.Equal(SegmentStatus.Transcoded, (await stream.ProcessSegment(Segments.Push(1, clip))).Status);
    }

    [Fact]
    public async Task Audio_only_segments_are_copied_into_every_rendition_and_view_only_streams_keep_the_source()
    {
        await fixture.UseOnlyAsync(fixture.Paid);
        var audio = await TestClips.AudioOnlyAsync();
        var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("audio"));

        var copied = await stream.ProcessSegment(Segments.Push(0, audio, hasVideo: false));
        var viewOnly = await stream.ProcessSegment(Segments.Push(1, await TestClips.SegmentAsync(), renditions: []));

        Assert.Equal(SegmentStatus.PassedThrough, copied.Status);
        Assert.All(copied.Renditions, r => Assert.Equal(audio, r.Data));
        Assert.Equal(SegmentStatus.ViewOnly, viewOnly.Status);
        Assert.Empty(viewOnly.Renditions);
        Assert.Equal([0L, 1], (await stream.GetView()).Windows["source"].Segments.Select(s => s.Sequence));
    }

    [Fact]
    public async Task Without_an_orchestrator_under_the_max_price_there_are_no_sessions()
    {
        await fixture.UseOnlyAsync();
        var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("none"));

        var result = await stream.ProcessSegment(Segments.Push(0, await TestClips.SegmentAsync()));

        Assert.Equal(SegmentStatus.NoSessions, result.Status);
        Assert.StartsWith("No sessions available: no orchestrator offers transcoding", result.Error, StringComparison.Ordinal);
        Assert.Contains("above", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_orchestrator_is_suspended_and_the_segment_goes_to_another()
    {
        await fixture.UseOnlyAsync(fixture.Paid, fixture.Untrusted);
        fixture.Behaviour[fixture.Untrusted] = OrchestratorBehaviour.Fail;
        try
        {
            var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
            var failuresBefore = (await fixture.EntryAsync(fixture.Untrusted)).Failures;
            // Selection is a weighted draw: push until the failing one has been drawn once.
            for (int seq = 0; seq < 12 && (await fixture.EntryAsync(fixture.Untrusted)).Failures == failuresBefore; seq++)
            {
                var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("retry"));
                var result = await stream.ProcessSegment(Segments.Push(seq, clip));
                Assert.True(result.Status == SegmentStatus.Transcoded, result.Error);
            }

            var entry = await fixture.EntryAsync(fixture.Untrusted);
            Assert.Equal(failuresBefore + 1, entry.Failures);
            Assert.Contains("worker broke down", entry.LastError, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Behaviour[fixture.Untrusted] = OrchestratorBehaviour.Honest;
        }
    }

    [Fact]
    public async Task An_idle_stream_ends_with_final_playlists_and_the_next_push_starts_afresh()
    {
        await fixture.UseOnlyAsync(fixture.Paid);
        var clip = await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180);
        var stream = fixture.Client.GetGrain<IStreamGrain>(VideoClusterFixture.NewStream("idle"));
        Assert.Equal(SegmentStatus.Transcoded, (await stream.ProcessSegment(Segments.Push(0, clip))).Status);
        Assert.False((await stream.GetView()).Ended);

        var deadline = DateTime.UtcNow + (VideoSilo.IdleTimeout * 4);
        while (!(await stream.GetView()).Ended && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        var ended = await stream.GetView();
        Assert.True(ended.Ended, $"the stream did not end within {(VideoSilo.IdleTimeout * 4).TotalSeconds} s of idling");
        Assert.Equal([0L], ended.Windows["mid"].Segments.Select(s => s.Sequence));

        Assert.Equal(SegmentStatus.Transcoded, (await stream.ProcessSegment(Segments.Push(1, clip))).Status);
        var restarted = await stream.GetView();
        Assert.False(restarted.Ended);
        Assert.Equal([1L], restarted.Windows["mid"].Segments.Select(s => s.Sequence));
        Assert.Equal(0, restarted.Windows["mid"].MediaSequence);
    }
}
