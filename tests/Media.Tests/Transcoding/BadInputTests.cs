using Livepeer.Media.Tests.Support;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

[Collection(MediaCollection.Name)]
public sealed class BadInputTests(TestMedia media, EngineFixture engine)
{
    private Task<TranscodeResult> Transcode(byte[] segment, SegmentContainer container = SegmentContainer.MpegTs) =>
        engine.Transcoder.TranscodeAsync(new TranscodeRequest(segment, container, [Presets.P144p30fps16x9]));

    [Fact]
    public async Task Random_bytes_are_not_media()
    {
        var bytes = new byte[50_000];
        new Random(7).NextBytes(bytes);

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(bytes));
        Assert.Equal("not a media segment: 50000 bytes that are neither MPEG-TS nor MP4", error.Message);
        var inspected = await Assert.ThrowsAsync<MediaInputException>(() => engine.Inspector.InspectAsync(bytes, SegmentContainer.MpegTs));
        Assert.Equal(error.Message, inspected.Message);
    }

    [Fact]
    public async Task Empty_segment_is_rejected()
    {
        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode([]));
        Assert.Equal("segment is empty (0 bytes)", error.Message);
    }

    [Fact]
    public async Task Ts_cut_inside_a_packet_is_truncated()
    {
        var cut = media.Testsrc720Ts[..((media.Testsrc720Ts.Length / 2) + 100)];

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(cut));
        Assert.StartsWith("MPEG-TS segment is truncated: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a whole number of 188-byte packets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ts_cut_at_a_packet_boundary_inside_a_picture_is_truncated()
    {
        // From mid-segment, the first packet boundary inside a picture: the next packet continues a video PES
        // (no payload-unit start) and so does the one after it.
        var cut = media.Testsrc720Ts[..BoundaryInsideAPicture(media.Testsrc720Ts)];

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(cut));
        Assert.StartsWith("segment is truncated: its video ends inside a picture", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mp4_cut_short_is_truncated()
    {
        var cut = media.Testsrc720Mp4[..(media.Testsrc720Mp4.Length / 2)];

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(cut, SegmentContainer.Mp4));
        Assert.StartsWith("MP4 segment is truncated: box 'mdat'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_media_formats_are_named()
    {
        var wav = new byte[44 + 4000];
        "RIFF"u8.CopyTo(wav);
        BitConverter.TryWriteBytes(wav.AsSpan(4), wav.Length - 8);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BitConverter.TryWriteBytes(wav.AsSpan(16), 16);
        BitConverter.TryWriteBytes(wav.AsSpan(20), (short)1);
        BitConverter.TryWriteBytes(wav.AsSpan(22), (short)1);
        BitConverter.TryWriteBytes(wav.AsSpan(24), 8000);
        BitConverter.TryWriteBytes(wav.AsSpan(28), 16000);
        BitConverter.TryWriteBytes(wav.AsSpan(32), (short)2);
        BitConverter.TryWriteBytes(wav.AsSpan(34), (short)16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BitConverter.TryWriteBytes(wav.AsSpan(40), 4000);

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(wav));
        Assert.StartsWith("not an MPEG-TS or MP4 segment: the bytes look like 'wav'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Video_in_an_unknown_codec_is_unsupported()
    {
        // The MP4's video sample entry renamed from avc1 to an unknown four-character code.
        var mp4 = media.Testsrc720Mp4.ToArray();
        var stsd = mp4.AsSpan().IndexOf("stsd"u8);
        var entry = stsd + mp4.AsSpan(stsd).IndexOf("avc1"u8);
        "zzzz"u8.CopyTo(mp4.AsSpan(entry));

        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(mp4, SegmentContainer.Mp4));
        Assert.Equal("unsupported video codec: unknown codec tag 'zzzz'", error.Message);
    }

    [Fact]
    public async Task Unknown_container_values_are_rejected()
    {
        var error = await Assert.ThrowsAsync<MediaInputException>(() => Transcode(media.SmallTs, (SegmentContainer)5));
        Assert.Equal("unknown segment container 5", error.Message);
        await Assert.ThrowsAsync<MediaInputException>(() => engine.Inspector.InspectAsync(media.SmallTs, (SegmentContainer)5));
    }

    public static TheoryData<TranscodeProfile, string> BadProfiles => new()
    {
        { new("zero", 0, 240, 600_000, 30, 1, H264Profile.None, null), "bad rendition profile 'zero': size 0x240 is out of range (each side 2..8192)" },
        { new("huge", 9000, 240, 600_000, 30, 1, H264Profile.None, null), "bad rendition profile 'huge': size 9000x240 is out of range (each side 2..8192)" },
        { new("nobits", 426, 240, 0, 30, 1, H264Profile.None, null), "bad rendition profile 'nobits': bitrate 0 bps is below the minimum of 1000 bps" },
        { new("den", 426, 240, 600_000, 30, 0, H264Profile.None, null), "bad rendition profile 'den': frame rate denominator 0 must be at least 1" },
        { new("fast", 426, 240, 600_000, 1000, 1, H264Profile.None, null), "bad rendition profile 'fast': frame rate 1000/1 is out of range (0 keeps the source rate, at most 240)" },
        { new("neg", 426, 240, 600_000, -1, 1, H264Profile.None, null), "bad rendition profile 'neg': frame rate -1/1 is out of range (0 keeps the source rate, at most 240)" },
        { new("gop", 426, 240, 600_000, 30, 1, H264Profile.None, -2), "bad rendition profile 'gop': GOP of -2 seconds is out of range (0 for all-intra, up to 3600)" },
        { new("nan", 426, 240, 600_000, 30, 1, H264Profile.None, double.NaN), "bad rendition profile 'nan': GOP of NaN seconds is out of range (0 for all-intra, up to 3600)" },
        { new("prof", 426, 240, 600_000, 30, 1, (H264Profile)9, null), "bad rendition profile 'prof': unknown H.264 profile 9" },
        { new("", 426, 240, 600_000, 30, 1, H264Profile.None, null), "bad rendition profile #0: the name is empty" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task Bad_profiles_are_rejected_with_the_reason(TranscodeProfile profile, string message)
    {
        var error = await Assert.ThrowsAsync<MediaInputException>(() =>
            engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, [profile])));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Too_many_profiles_are_rejected()
    {
        var profiles = Enumerable.Repeat(Presets.P144p30fps16x9, 33).ToList();
        var error = await Assert.ThrowsAsync<MediaInputException>(() =>
            engine.Transcoder.TranscodeAsync(new TranscodeRequest(media.SmallTs, SegmentContainer.MpegTs, profiles)));
        Assert.Equal("33 renditions requested; at most 32 are allowed", error.Message);
    }

    [Fact]
    public async Task Two_hundred_malformed_segments_then_a_good_one_succeeds()
    {
        var random = new Random(1234);
        var ts = media.SmallTs;
        var mp4 = media.Testsrc720Mp4;
        for (var i = 0; i < 200; i++)
        {
            var (kind, bytes, container) = (i % 6) switch
            {
                0 => ("random", RandomBytes(random, random.Next(1, 200_000)), SegmentContainer.MpegTs),
                1 => ("empty", Array.Empty<byte>(), SegmentContainer.MpegTs),
                2 => ("ts cut in a packet", ts[..CutInsidePacket(random, ts.Length)], SegmentContainer.MpegTs),
                3 => ("mp4 cut", mp4[..random.Next(8, mp4.Length - 1000)], SegmentContainer.Mp4),
                4 => ("ts packets of noise", NoisePackets(random, random.Next(2, 400)), SegmentContainer.MpegTs),
                _ => ("random with an mp4 header", Mp4Header(random), SegmentContainer.Mp4),
            };
            var error = await Record.ExceptionAsync(() => engine.Transcoder.TranscodeAsync(new TranscodeRequest(bytes, container, Presets.Default)));
            Assert.True(error is MediaInputException { Message.Length: > 0 }, $"#{i} ({kind}, {bytes.Length} bytes): expected MediaInputException with a message, got {error?.GetType().Name ?? "success"}: {error?.Message}");
        }

        var good = await engine.Transcoder.TranscodeAsync(new TranscodeRequest(ts, SegmentContainer.MpegTs, Presets.Default));
        Assert.All(good.Renditions, r => Assert.Equal(30, r.Frames));
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static int CutInsidePacket(Random random, int length)
    {
        var cut = random.Next(1, length - 1);
        return cut % 188 == 0 ? cut + 1 : cut;
    }

    private static byte[] NoisePackets(Random random, int packets)
    {
        var bytes = RandomBytes(random, packets * 188);
        for (var p = 0; p < packets; p++)
        {
            bytes[p * 188] = 0x47;
        }
        return bytes;
    }

    private static byte[] Mp4Header(Random random)
    {
        var bytes = RandomBytes(random, random.Next(64, 50_000));
        // An ftyp box, then noise whose first "box" claims more than is there.
        ReadOnlySpan<byte> ftyp = [0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0, (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'m', (byte)'p', (byte)'4', (byte)'1'];
        ftyp.CopyTo(bytes);
        bytes[24] = 0x7f;
        return bytes;
    }

    // ffmpeg's MPEG-TS muxer puts the first video stream on PID 0x100.
    private static int BoundaryInsideAPicture(byte[] ts)
    {
        const int packet = 188;
        static bool ContinuesVideo(byte[] data, int offset) =>
            data[offset] == 0x47 && (data[offset + 1] & 0x40) == 0 && (((data[offset + 1] & 0x1F) << 8) | data[offset + 2]) == 0x100;
        for (var i = ts.Length / packet / 2; (i + 2) * packet <= ts.Length; i++)
        {
            if (ContinuesVideo(ts, i * packet) && ContinuesVideo(ts, (i + 1) * packet))
            {
                return i * packet;
            }
        }
        throw new InvalidOperationException("the test clip has no video packet continuing a picture after its middle");
    }
}
