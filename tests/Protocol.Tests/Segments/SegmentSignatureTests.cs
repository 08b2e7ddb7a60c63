using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;
using Livepeer.Protocol.Segments;

namespace Livepeer.Protocol.Tests.Segments;

// pm-protocol.md §9.2, vectors of §12.1 "Segment flatten" and §12.2 "Segment sig".
public sealed class SegmentSignatureTests
{
    private const string KeyHex = "fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19";
    private const string FlattenHex =
        "616263646566" + "00000000000000000000000000000000000000000000000000000000000004d2"
        + "62726f776e730000000000000000000000000000000000000000000000000000" + "66636134306266396330613635313761";
    private const string SigHex =
        "2945988381ea7d951f20a5742abbef701c88aeb7cbab85dcff8608225537344839ceeaff03cbc9b879201e0cc9dd6497e4cfe928ce3c53499f9a360d7609039b1c";

    private static readonly string[] Names = ["P144p30fps16x9", "P240p30fps16x9"];

    private static byte[] Browns()
    {
        var hash = new byte[32];
        "browns"u8.CopyTo(hash);
        return hash;
    }

    private static SegData VectorSegData() => new()
    {
        ManifestId = ByteString.CopyFromUtf8("abcdef"),
        Seq = 1234,
        Hash = ByteString.CopyFrom(Browns()),
        Profiles = ByteString.CopyFromUtf8("invalid"),
        FullProfiles =
        {
            new VideoProfile { Name = Names[0], Width = 256, Height = 144, Fps = 30 },
            new VideoProfile { Name = Names[1], Width = 426, Height = 240, Fps = 30 },
        },
    };

    [Fact]
    public void Flatten_matches_the_spec_bytes_and_keccak()
    {
        var flatten = SegmentSignature.Flatten("abcdef", 1234, Browns(), Names);
        Assert.Equal(FlattenHex, Convert.ToHexStringLower(flatten));
        Assert.Equal("08a398e7e7a5a545b0b07d9e7e1eab52b4131e0df1621bd53ee6e7550a15465b", Convert.ToHexStringLower(Keccak256.Hash(flatten)));
        Assert.EndsWith("fca40bf9c0a6517a", System.Text.Encoding.ASCII.GetString(flatten));
    }

    [Fact]
    public void SegData_flatten_equals_the_parameter_flatten()
    {
        Assert.Equal(FlattenHex, Convert.ToHexStringLower(SegmentSignature.Flatten(VectorSegData())));
    }

    [Fact]
    public void Signature_digest_and_bytes_match_the_spec()
    {
        var flatten = Convert.FromHexString(FlattenHex);
        Assert.Equal("1d6dfff7756188b690495abc9ccbc9093f34e7839732510515b5ca60ec8f3e70",
            Convert.ToHexStringLower(Eip191.Digest(Keccak256.Hash(flatten))));
        var key = EthKey.FromHex(KeyHex);
        var sig = SegmentSignature.Sign(key, flatten);
        Assert.Equal(SigHex, Convert.ToHexStringLower(sig));
        Assert.True(SegmentSignature.Verify(key.Address, flatten, sig));
    }

    [Fact]
    public void Signing_SegData_sets_sig_and_check_accepts_it_for_the_sender_only()
    {
        var key = EthKey.FromHex(KeyHex);
        var seg = VectorSegData();
        SegmentSignature.Sign(key, seg);
        Assert.Equal(SigHex, Convert.ToHexStringLower(seg.Sig.Span));
        Assert.Null(SegmentSignature.Check(seg, EthAddress.Parse("0x96216849c49358B10257cb55b28eA603c874b05E")));

        var other = EthAddress.Parse("0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F");
        Assert.Contains("expected 0x73AEd7b5dEb30222fa896f399d46cC99c7BEe57F", SegmentSignature.Check(seg, other));
    }

    [Fact]
    public void Changing_any_signed_field_breaks_the_signature_but_unsigned_fields_do_not()
    {
        var key = EthKey.FromHex(KeyHex);
        var seg = VectorSegData();
        SegmentSignature.Sign(key, seg);

        var unsigned = seg.Clone();
        unsigned.Duration = 2000;
        unsigned.AuthToken = new AuthToken { SessionId = "abcd1234" };
        Assert.Null(SegmentSignature.Check(unsigned, key.Address));

        var seq = seg.Clone();
        seq.Seq = 1235;
        Assert.NotNull(SegmentSignature.Check(seq, key.Address));

        var renamed = seg.Clone();
        renamed.FullProfiles[1].Name = "P360p30fps16x9";
        Assert.NotNull(SegmentSignature.Check(renamed, key.Address));
    }

    [Fact]
    public void Profile_names_come_from_the_first_non_empty_of_fullProfiles3_2_1()
    {
        var seg = VectorSegData();
        seg.FullProfiles2.Add(new VideoProfile { Name = "two" });
        Assert.Equal(["two"], SegmentSignature.ProfileNames(seg));
        seg.FullProfiles3.Add(new VideoProfile { Name = "three" });
        Assert.Equal(["three"], SegmentSignature.ProfileNames(seg));
    }

    [Fact]
    public void Bad_inputs_get_clear_errors()
    {
        var e = Assert.Throws<ArgumentException>(() => SegmentSignature.Flatten("abc", 1, new byte[31], []));
        Assert.Contains("expected 32 bytes, got 31", e.Message);
        var unnamed = Assert.Throws<ArgumentException>(() => SegmentSignature.Flatten("abc", 1, new byte[32], ["a", ""]));
        Assert.Contains("profile 1 has no name", unnamed.Message);

        var seg = VectorSegData();
        seg.Hash = ByteString.CopyFrom(new byte[3]);
        Assert.Contains("expected 32 bytes, got 3", SegmentSignature.Check(seg, EthAddress.Zero));
        seg = VectorSegData();
        Assert.Equal(SignatureVerifier.ErrLength, SegmentSignature.Check(seg, EthAddress.Zero));
    }
}
