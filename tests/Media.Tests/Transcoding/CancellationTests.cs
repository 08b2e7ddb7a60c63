using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class CancellationTests(TestMedia media, EngineFixture engine)
{
    [Fact]
    public async Task A_cancelled_token_stops_before_any_work()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, Presets.Default), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.Inspector.InspectAsync(media.Testsrc720Ts, SegmentContainer.MpegTs, cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_midway_stops_the_transcode_and_the_worker_stays_usable()
    {
        using var cancellation = new CancellationTokenSource();
        var started = engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.Testsrc720Ts, SegmentContainer.MpegTs, Presets.Default), cancellation.Token);
        // 120 pictures of 720p take far longer than this, even on a fast machine.
        await Task.Delay(20);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => started);
        Assert.Equal(cancellation.Token, error.CancellationToken);

        var after = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, [Presets.P144p30fps16x9]));
        Assert.Equal(30, after.Renditions[0].Frames);
    }
}
