using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

// go-livepeer coreSegMetadata: profiles of the first non-empty full-profiles field, duration rules, error texts.
public sealed class SegmentMetadataTests
{
    private static SegData Data() => new()
    {
        ManifestId = ByteString.CopyFromUtf8("stream"),
        Seq = 7,
        Hash = ByteString.CopyFrom(Keccak256.Hash("segment"u8)),
        Profiles = ByteString.CopyFromUtf8("invalid"),
        FullProfiles = { new VideoProfile { Name = "a", Width = 256, Height = 144 } },
        FullProfiles3 = { new VideoProfile { Name = "b", Width = 426, Height = 240, FpsDen = 1001 } },
    };

    [Fact]
    public void Uses_fullProfiles3_first_and_a_two_second_default_duration()
    {
        var metadata = SegmentMetadata.From(Data());
        Assert.Equal("b", Assert.Single(metadata.Profiles).Name);
        Assert.Equal(TimeSpan.FromSeconds(2), metadata.Duration);
        Assert.Equal(7, metadata.Seq);
        Assert.Equal("stream"u8.ToArray(), metadata.ManifestId.ToArray());
    }

    [Fact]
    public void Without_full_profiles_there_are_none_and_the_legacy_bytes_are_ignored()
    {
        var data = Data();
        data.FullProfiles.Clear();
        data.FullProfiles3.Clear();
        data.Duration = 300_000;
        var metadata = SegmentMetadata.From(data);
        Assert.Empty(metadata.Profiles);
        Assert.Equal(TimeSpan.FromMinutes(5), metadata.Duration);
    }

    [Theory]
    [InlineData("format", "unrecognized profile output format")]
    [InlineData("profile", "unrecognized encoder profile")]
    [InlineData("encoder", "unrecognized video codec")]
    [InlineData("negative", "invalid duration")]
    [InlineData("long", "invalid duration")]
    public void Bad_profiles_and_durations_get_the_go_texts(string breakage, string error)
    {
        var data = Data();
        var profile = data.FullProfiles3[0];
        switch (breakage)
        {
            case "format": profile.Format = (VideoProfile.Types.Format)7; break;
            case "profile": profile.Profile = (VideoProfile.Types.Profile)9; break;
            case "encoder": profile.Encoder = (VideoProfile.Types.VideoCodec)4; break;
            case "negative": data.Duration = -1; break;
            case "long": data.Duration = 300_001; break;
            default: throw new ArgumentException(breakage);
        }
        var e = Assert.Throws<WireFormatException>(() => SegmentMetadata.From(data));
        Assert.Equal(error, e.Message);
        Assert.Equal(WireLayer.Field, e.Layer);
    }

    [Fact]
    public void Hash_is_fitted_to_32_bytes_like_go_ethereum()
    {
        var data = Data();
        data.Hash = ByteString.CopyFrom(0x01);
        Assert.Equal(1, SegmentMetadata.From(data).Hash.ToArray()[31]);
    }

    [Fact]
    public void Header_round_trips_and_a_bad_protobuf_layer_is_named()
    {
        var data = Data();
        Assert.Equal(data, SegDataWire.ParseHeader(SegDataWire.ToHeader(data)));
        var e = Assert.Throws<WireFormatException>(() => SegDataWire.ParseHeader(Convert.ToBase64String([0x0a, 0x05, 0x01])));
        Assert.Equal(WireLayer.Protobuf, e.Layer);
        Assert.StartsWith("protobuf unmarshal error", e.Message);
    }

    [Fact]
    public void Result_signature_is_over_the_hash_of_rendition_hashes()
    {
        var key = EthKey.Generate();
        ReadOnlyMemory<byte>[] renditions = ["one"u8.ToArray(), "two"u8.ToArray()];
        var expected = Keccak256.Hash([.. Keccak256.Hash("one"u8), .. Keccak256.Hash("two"u8)]);
        Assert.Equal(expected, TranscodeResultSignature.Hash(renditions));
        var sig = TranscodeResultSignature.Sign(key, renditions);
        Assert.True(TranscodeResultSignature.Verify(key.Address, renditions, sig));
        Assert.False(TranscodeResultSignature.Verify(key.Address, [.. renditions.Reverse()], sig));
    }
}
