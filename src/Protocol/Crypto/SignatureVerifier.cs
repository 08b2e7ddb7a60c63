using System.Buffers.Binary;

namespace Livepeer.Protocol.Crypto;

/// <summary>
/// Recovery-based verification with go-livepeer's rules and error texts, in its order
/// (pm-protocol.md §1.1): length, low-S, v ∈ {27, 28}, then recovery over the EIP-191 digest.
/// </summary>
public static class SignatureVerifier
{
    public const string ErrLength = "invalid signature length";
    public const string ErrHighS = "signature s value too high";
    public const string ErrBadV = "signature v value must be 27 or 28";
    public const string ErrNoKey = "invalid signature: no public key recovers from it";

    // secp256k1 order N / 2, big-endian, as four words for a branch-light comparison.
    private static readonly ulong[] HalfOrder =
    [
        0x7fffffffffffffffUL, 0xffffffffffffffffUL, 0x5d576e7357a4501dUL, 0xdfe92f46681b20a0UL,
    ];

    /// <summary>Recovers the signer of personal_sign(message32).</summary>
    public static SignatureCheck RecoverPersonal(ReadOnlySpan<byte> message32, ReadOnlySpan<byte> signature)
    {
        Span<byte> digest = stackalloc byte[32];
        Eip191.Digest(message32, digest);
        return RecoverDigest(digest, signature);
    }

    /// <summary>Recovers the signer of an already-prefixed 32-byte digest.</summary>
    public static SignatureCheck RecoverDigest(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != Secp256k1.SignatureLength)
        {
            return SignatureCheck.Fail(ErrLength);
        }
        if (IsHighS(signature.Slice(32, 32)))
        {
            return SignatureCheck.Fail(ErrHighS);
        }
        byte v = signature[64];
        if (v != 27 && v != 28)
        {
            return SignatureCheck.Fail(ErrBadV);
        }
        Span<byte> publicKey = stackalloc byte[64];
        if (!Secp256k1.TryRecoverPublicKey(digest32, signature[..64], v - 27, publicKey))
        {
            return SignatureCheck.Fail(ErrNoKey);
        }
        return new SignatureCheck(EthAddress.FromPublicKey(publicKey), null);
    }

    /// <summary>True when personal_sign(message32) was signed by <paramref name="expected"/>.</summary>
    public static bool VerifyPersonal(EthAddress expected, ReadOnlySpan<byte> message32, ReadOnlySpan<byte> signature)
    {
        var check = RecoverPersonal(message32, signature);
        return check.IsValid && check.Signer == expected;
    }

    internal static bool IsHighS(ReadOnlySpan<byte> s32)
    {
        for (int i = 0; i < 4; i++)
        {
            ulong word = BinaryPrimitives.ReadUInt64BigEndian(s32.Slice(i * 8, 8));
            if (word != HalfOrder[i])
            {
                return word > HalfOrder[i];
            }
        }
        return false;
    }
}
