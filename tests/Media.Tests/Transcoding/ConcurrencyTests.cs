using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class ConcurrencyTests(TestMedia media, EngineFixture engine)
{
    [Fact]
    public async Task Concurrent_transcodes_from_several_threads_each_get_their_own_complete_result()
    {
        var reference = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, Presets.Default));
        var mixed = new[] { media.SmallTs, media.FourByThreeTs, media.SmallTs, media.AudioOnlyTs, media.SmallTs, media.FourByThreeTs };

        var results = await Task.WhenAll(mixed.Select(segment => Task.Run(() =>
            engine.Transcoder.TranscodeAsync(new TranscodeRequest(segment, SegmentContainer.MpegTs, Presets.Default)))));

        for (var i = 0; i < mixed.Length; i++)
        {
            if (mixed[i] == media.SmallTs)
            {
                Assert.Equal(reference.Renditions.Select(r => (r.Width, r.Height, r.Frames, r.Pixels)), results[i].Renditions.Select(r => (r.Width, r.Height, r.Frames, r.Pixels)));
                Assert.Equal(reference.Source.Signature, results[i].Source.Signature);
            }
            else if (mixed[i] == media.FourByThreeTs)
            {
                Assert.Equal([(426, 320, 15L), (640, 480, 15L)], results[i].Renditions.Select(r => (r.Width, r.Height, r.Frames)));
            }
            else
            {
                Assert.False(results[i].Source.HasVideo);
            }
        }
        var probe = await ProbeResult.OfAsync(results[^2].Renditions[1].Data, ".ts");
        Assert.Equal(30, probe.Video.Frames);
    }

    [Fact]
    public async Task Concurrent_inspections_and_transcodes_mix()
    {
        var inspections = Enumerable.Range(0, 4).Select(_ => engine.Inspector.InspectAsync(media.SmallTs, SegmentContainer.MpegTs));
        var transcodes = Enumerable.Range(0, 2).Select(_ => engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, [Presets.P144p30fps16x9])));

        var infos = await Task.WhenAll(inspections);
        var results = await Task.WhenAll(transcodes);

        Assert.All(infos, info => Assert.Equal(infos[0].Signature, info.Signature));
        Assert.All(results, r => Assert.Equal(infos[0].Signature, r.Source.Signature));
    }
}
