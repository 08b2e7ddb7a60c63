using System.Text;
using CsCheck;
using Livepeer.Chain.Keystore;
using Livepeer.Chain.Tests.Support;

namespace Livepeer.Chain.Tests.Keystore;

public sealed class ScryptTests
{
    // RFC 7914 §12 test vectors (the fourth, N = 2^20, is left out for time).
    [Theory]
    [InlineData("", "", 16, 1, 1,
        "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")]
    [InlineData("password", "NaCl", 1024, 8, 16,
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")]
    [InlineData("pleaseletmein", "SodiumChloride", 16384, 8, 1,
        "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887")]
    public void Rfc7914_vectors(string password, string salt, int n, int r, int p, string expected)
    {
        var key = Scrypt.DeriveKey(Encoding.ASCII.GetBytes(password), Encoding.ASCII.GetBytes(salt), n, r, p, 64);
        Assert.Equal(expected, Hex.Of(key));
    }

    [Fact]
    public void Agrees_with_BouncyCastle_where_BouncyCastle_accepts_the_parameters()
    {
        Gen.Select(Gen.Byte.Array[0, 20], Gen.Byte.Array[0, 40], Gen.Int[1, 7], Gen.Int[1, 4], Gen.Int[1, 2], Gen.Int[1, 80])
            .Sample((password, salt, log2N, r, p, dkLen) =>
            {
                int n = 1 << log2N;
                var bouncy = Org.BouncyCastle.Crypto.Generators.SCrypt.Generate(password, salt, n, r, p, dkLen);
                Assert.Equal(bouncy, Scrypt.DeriveKey(password, salt, n, r, p, dkLen));
            }, iter: 60);
    }

    [Fact]
    public void Refuses_parameters_it_cannot_use()
    {
        Assert.Contains("power of two", Assert.Throws<ArgumentException>(() => Scrypt.DeriveKey([], [], 1000, 8, 1, 32)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Scrypt.DeriveKey([], [], 16, 1, 1, 0));
    }
}
