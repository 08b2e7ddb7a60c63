using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

// pm-protocol.md §8.1 and the §12.2 "OrchestratorRequest info sig" vector.
public sealed class OrchestratorRequestSignatureTests
{
    private const string KeyHex = "fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19";
    private const string SigHex =
        "a224e17c21555def269cf7f7c379a974b62870990c56c1ea81e6aeac3c5758be2a3e1bf6419b39e2d245d7e309d02a492f5b9a5e7b9f8479c71dfbc24af8398d1b";

    [Fact]
    public void Message_is_the_checksummed_address_text_and_the_signature_matches_the_spec()
    {
        var key = EthKey.FromHex(KeyHex);
        Assert.Equal("0x96216849c49358B10257cb55b28eA603c874b05E"u8.ToArray(), OrchestratorRequestSignature.Message(key.Address));
        Assert.Equal("ee96633aed042ac52aa7069ecf77197b72b4eaf865c41905e4e184b7b2a54799", Convert.ToHexStringLower(Keccak256.Hash(OrchestratorRequestSignature.Message(key.Address))));
        Assert.Equal(SigHex, Convert.ToHexStringLower(OrchestratorRequestSignature.Sign(key)));
    }

    [Fact]
    public void Created_request_verifies_and_names_its_sender()
    {
        var key = EthKey.FromHex(KeyHex);
        var request = OrchestratorRequestSignature.Create(key);
        Assert.Null(OrchestratorRequestSignature.Check(request, out var sender));
        Assert.Equal(key.Address, sender);
        Assert.Equal(SigHex, Convert.ToHexStringLower(request.Sig.ToByteArray()));
    }

    [Fact]
    public void Signature_over_the_lower_case_text_is_refused()
    {
        var key = EthKey.FromHex(KeyHex);
        var request = new OrchestratorRequest
        {
            Address = ByteString.CopyFrom(key.Address.ToBytes()),
            Sig = ByteString.CopyFrom(key.SignHashed(System.Text.Encoding.ASCII.GetBytes(key.Address.ToLowerHex()))),
        };
        Assert.Equal(OrchestratorRequestSignature.ErrSigCheck, OrchestratorRequestSignature.Check(request, out _));
    }

    [Theory]
    [InlineData("other-address")]
    [InlineData("short-sig")]
    [InlineData("no-address")]
    [InlineData("no-sig")]
    public void Broken_requests_are_refused_with_the_go_text(string breakage)
    {
        var key = EthKey.FromHex(KeyHex);
        var request = OrchestratorRequestSignature.Create(key);
        switch (breakage)
        {
            case "other-address": request.Address = ByteString.CopyFrom(EthKey.Generate().Address.ToBytes()); break;
            case "short-sig": request.Sig = ByteString.CopyFrom(request.Sig.Span[..64]); break;
            case "no-address": request.Address = ByteString.Empty; break;
            case "no-sig": request.Sig = ByteString.Empty; break;
            default: throw new ArgumentException(breakage);
        }
        Assert.Equal("orchestrator req sig check failed", OrchestratorRequestSignature.Check(request, out _));
    }

    [Fact]
    public void Address_bytes_are_read_like_go_ethereum()
    {
        var address = EthAddress.Parse("0x96216849c49358B10257cb55b28eA603c874b05E");
        var longer = new byte[] { 0xaa, 0xbb }.Concat(address.ToBytes()).ToArray();
        Assert.Equal(address, GoBytes.ToAddress(ByteString.CopyFrom(longer)));
        var shorter = GoBytes.ToAddress(ByteString.CopyFrom(0x01, 0x02));
        Assert.Equal("0x0000000000000000000000000000000000000102", shorter.ToLowerHex());
        Assert.Equal(EthAddress.Zero, GoBytes.ToAddress(ByteString.Empty));
    }
}
