namespace Livepeer.Protocol.Crypto;

/// <summary>
/// A node's secp256k1 key with the three signing helpers of pm-protocol.md §1.2. The key bytes stay
/// inside this object; callers get signatures, never the key.
/// </summary>
public sealed class EthKey
{
    private readonly byte[] _privateKey;

    public EthKey(ReadOnlySpan<byte> privateKey)
    {
        if (!Secp256k1.IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("not a valid secp256k1 private key", nameof(privateKey));
        }
        _privateKey = privateKey.ToArray();
        Address = EthAddress.FromPublicKey(Secp256k1.PublicKeyOf(_privateKey));
    }

    public EthAddress Address { get; }

    public static EthKey FromHex(string hex) => new(Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex));

    public static EthKey Generate()
    {
        Span<byte> key = stackalloc byte[32];
        do
        {
            System.Security.Cryptography.RandomNumberGenerator.Fill(key);
        }
        while (!Secp256k1.IsValidPrivateKey(key));
        return new EthKey(key);
    }

    /// <summary>go-livepeer Eth.Sign: personal_sign over a 32-byte message as it is (tickets, result sigs).</summary>
    public byte[] SignPersonal(ReadOnlySpan<byte> message32)
    {
        var signature = new byte[Secp256k1.SignatureLength];
        SignPersonal(message32, signature);
        return signature;
    }

    public void SignPersonal(ReadOnlySpan<byte> message32, Span<byte> signature65)
    {
        Span<byte> digest = stackalloc byte[32];
        Eip191.Digest(message32, digest);
        Secp256k1.SignDigest(digest, _privateKey, signature65);
    }

    /// <summary>go-livepeer Broadcaster.Sign / Orchestrator.Sign: personal_sign over keccak(message).</summary>
    public byte[] SignHashed(ReadOnlySpan<byte> message)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(message, hash);
        return SignPersonal(hash);
    }

    /// <summary>Raw ECDSA over a digest the caller already prepared (transactions, EIP-712).</summary>
    public byte[] SignDigest(ReadOnlySpan<byte> digest32) => Secp256k1.SignDigest(digest32, _privateKey);
}
