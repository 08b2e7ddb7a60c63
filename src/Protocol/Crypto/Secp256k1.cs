using System.Security.Cryptography;

namespace Livepeer.Protocol.Crypto;

/// <summary>
/// Ethereum-style ECDSA over secp256k1: RFC 6979 deterministic, low-S signatures as r‖s‖v with
/// v = 27/28, and public-key recovery. One process-wide context; libsecp256k1 documents signing and
/// recovery on a shared context as thread-safe.
/// </summary>
public static unsafe class Secp256k1
{
    public const int SignatureLength = 65;
    public const int PrivateKeyLength = 32;

    private static readonly IntPtr Context = CreateContext();

    private static IntPtr CreateContext()
    {
        var ctx = Secp256k1Native.ContextCreate(Secp256k1Native.ContextSignVerify);
        if (ctx == IntPtr.Zero)
        {
            throw new InvalidOperationException("secp256k1_context_create failed");
        }
        // Blinding against side channels on the signing path.
        Span<byte> seed = stackalloc byte[32];
        RandomNumberGenerator.Fill(seed);
        fixed (byte* s = seed)
        {
            _ = Secp256k1Native.ContextRandomize(ctx, s);
        }
        return ctx;
    }

    public static bool IsValidPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeyLength)
        {
            return false;
        }
        fixed (byte* k = privateKey)
        {
            return Secp256k1Native.SeckeyVerify(Context, k) == 1;
        }
    }

    /// <summary>Signs a 32-byte digest as it is (no prefixing here); returns r‖s‖v, v ∈ {27, 28}.</summary>
    public static byte[] SignDigest(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> privateKey)
    {
        var signature = new byte[SignatureLength];
        SignDigest(digest32, privateKey, signature);
        return signature;
    }

    public static void SignDigest(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> privateKey, Span<byte> signature65)
    {
        if (digest32.Length != 32)
        {
            throw new ArgumentException("digest must be 32 bytes", nameof(digest32));
        }
        if (privateKey.Length != PrivateKeyLength)
        {
            throw new ArgumentException("private key must be 32 bytes", nameof(privateKey));
        }
        if (signature65.Length < SignatureLength)
        {
            throw new ArgumentException("signature buffer must hold 65 bytes", nameof(signature65));
        }
        byte* sig = stackalloc byte[65];
        int recid;
        fixed (byte* m = digest32)
        fixed (byte* k = privateKey)
        fixed (byte* o = signature65)
        {
            if (Secp256k1Native.SignRecoverable(Context, sig, m, k, IntPtr.Zero, IntPtr.Zero) != 1)
            {
                throw new CryptographicException("secp256k1 signing failed: invalid private key");
            }
            Secp256k1Native.RecoverableSerializeCompact(Context, o, &recid, sig);
        }
        signature65[64] = (byte)(recid + 27);
    }

    /// <summary>
    /// Recovers the 64-byte uncompressed public key (without the 0x04 prefix) from r‖s‖recid.
    /// <paramref name="recoveryId"/> is 0..3. Returns false for a signature that recovers no key.
    /// </summary>
    public static bool TryRecoverPublicKey(ReadOnlySpan<byte> digest32, ReadOnlySpan<byte> rs64, int recoveryId, Span<byte> publicKey64)
    {
        if (digest32.Length != 32 || rs64.Length < 64 || publicKey64.Length < 64 || (uint)recoveryId > 3)
        {
            return false;
        }
        byte* sig = stackalloc byte[65];
        byte* pub = stackalloc byte[64];
        byte* serialized = stackalloc byte[65];
        nuint length = 65;
        fixed (byte* m = digest32)
        fixed (byte* rs = rs64)
        {
            if (Secp256k1Native.RecoverableParseCompact(Context, sig, rs, recoveryId) != 1)
            {
                return false;
            }
            if (Secp256k1Native.Recover(Context, pub, sig, m) != 1)
            {
                return false;
            }
            Secp256k1Native.PubkeySerialize(Context, serialized, &length, pub, Secp256k1Native.EcUncompressed);
        }
        new ReadOnlySpan<byte>(serialized + 1, 64).CopyTo(publicKey64);
        return true;
    }

    /// <summary>The 64-byte uncompressed public key (x‖y) of a private key.</summary>
    public static byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        if (!IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("not a valid secp256k1 private key", nameof(privateKey));
        }
        byte* pub = stackalloc byte[64];
        byte* serialized = stackalloc byte[65];
        nuint length = 65;
        fixed (byte* k = privateKey)
        {
            Secp256k1Native.PubkeyCreate(Context, pub, k);
            Secp256k1Native.PubkeySerialize(Context, serialized, &length, pub, Secp256k1Native.EcUncompressed);
        }
        return new ReadOnlySpan<byte>(serialized + 1, 64).ToArray();
    }
}
