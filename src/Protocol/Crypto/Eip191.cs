namespace Livepeer.Protocol.Crypto;

/// <summary>
/// EIP-191 "personal_sign" digests. Every signature in the Livepeer protocol signs a 32-byte value
/// this way (pm-protocol.md §1.1), so only the 32-byte form is offered.
/// </summary>
public static class Eip191
{
    private static readonly byte[] Prefix32 = "\u0019Ethereum Signed Message:\n32"u8.ToArray();

    public static byte[] Digest(ReadOnlySpan<byte> message32)
    {
        var digest = new byte[32];
        Digest(message32, digest);
        return digest;
    }

    public static void Digest(ReadOnlySpan<byte> message32, Span<byte> digest)
    {
        if (message32.Length != 32)
        {
            throw new ArgumentException("personal_sign here always covers exactly 32 bytes", nameof(message32));
        }
        Keccak256.Hash(Prefix32, message32, digest);
    }
}
