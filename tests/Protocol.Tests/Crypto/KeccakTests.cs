using CsCheck;
using Livepeer.Protocol.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace Livepeer.Protocol.Tests.Crypto;

public sealed class KeccakTests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("616263", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Known_answers(string inputHex, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Keccak256.Hash(Convert.FromHexString(inputHex))));

    [Fact]
    public void Matches_bouncy_castle_for_any_input_and_any_split() =>
        Gen.Byte.Array[0, 700].Select(Gen.Int[0, 700]).Sample((data, split) =>
        {
            var reference = new KeccakDigest(256);
            reference.BlockUpdate(data, 0, data.Length);
            var expected = new byte[32];
            reference.DoFinal(expected, 0);

            split = Math.Min(split, data.Length);
            var hasher = new Keccak256Hasher();
            hasher.Append(data.AsSpan(0, split));
            hasher.Append(data.AsSpan(split));
            var actual = new byte[32];
            hasher.Finish(actual);
            return expected.AsSpan().SequenceEqual(actual);
        });
}
