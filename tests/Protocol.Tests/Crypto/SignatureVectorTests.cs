using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Tests.Crypto;

// pm-protocol.md §12.1 "Signature recovery" and §12.2's fixed key.
public sealed class SignatureVectorTests
{
    private static readonly byte[] Message = Convert.FromHexString("b7da355477356fc4c47fcabcf232dc77a6db9b07b7e48b76261cc55cc8fbabb3");

    [Fact]
    public void Recovers_go_livepeer_signature_over_personal_sign_digest()
    {
        var sig = Convert.FromHexString("206443228e8f784bc3a122de0d85eb3ebff82d6a79cca26c7eeb907099a6404f6dff57bc6828f28bd6cd073c89d94cf3364204679ed8365fa45b5ee6af19a9841c");
        var check = SignatureVerifier.RecoverPersonal(Message, sig);
        Assert.Null(check.Error);
        Assert.Equal("0x3BadDb1eeE2105893136A3F96c8a963E9C6309d6", check.Signer.ToString());
    }

    [Fact]
    public void Recovery_without_the_prefix_gives_another_address()
    {
        var sig = Convert.FromHexString("206443228e8f784bc3a122de0d85eb3ebff82d6a79cca26c7eeb907099a6404f6dff57bc6828f28bd6cd073c89d94cf3364204679ed8365fa45b5ee6af19a9841c");
        var check = SignatureVerifier.RecoverDigest(Message, sig);
        Assert.True(check.IsValid);
        Assert.StartsWith("0x38c68c9d", check.Signer.ToLowerHex());
    }

    [Fact]
    public void Rejects_high_s()
    {
        var sig = Convert.FromHexString("e742ff452d41413616a5bf43fe15dd88294e983d3d36206c2712f39083d638bde0a0fc89be718fbc1033e1d30d78be1c68081562ed2e97af876f286f3453231d1b");
        Assert.Equal(SignatureVerifier.ErrHighS, SignatureVerifier.RecoverPersonal(Message, sig).Error);
    }

    [Fact]
    public void Rejects_short_signature_and_bad_v()
    {
        var sig = Convert.FromHexString("206443228e8f784bc3a122de0d85eb3ebff82d6a79cca26c7eeb907099a6404f6dff57bc6828f28bd6cd073c89d94cf3364204679ed8365fa45b5ee6af19a9841c");
        Assert.Equal(SignatureVerifier.ErrLength, SignatureVerifier.RecoverPersonal(Message, sig.AsSpan(0, 64)).Error);
        var zeros = new byte[65];
        zeros[64] = unchecked((byte)(0 - 27));
        Assert.Equal(SignatureVerifier.ErrBadV, SignatureVerifier.RecoverPersonal(Message, zeros).Error);
    }

    [Fact]
    public void Fixed_key_has_the_spec_address_and_signs_the_info_vector()
    {
        var key = EthKey.FromHex("fad9c8855b740a0b7ed4c221dbad0f33a83a49cad6b3fe8d5817ac83d38b6a19");
        Assert.Equal("0x96216849c49358B10257cb55b28eA603c874b05E", key.Address.ToString());
        var message = System.Text.Encoding.ASCII.GetBytes(key.Address.ToString());
        Assert.Equal("ee96633aed042ac52aa7069ecf77197b72b4eaf865c41905e4e184b7b2a54799", Convert.ToHexStringLower(Keccak256.Hash(message)));
        Assert.Equal(
            "a224e17c21555def269cf7f7c379a974b62870990c56c1ea81e6aeac3c5758be2a3e1bf6419b39e2d245d7e309d02a492f5b9a5e7b9f8479c71dfbc24af8398d1b",
            Convert.ToHexStringLower(key.SignHashed(message)));
    }
}
