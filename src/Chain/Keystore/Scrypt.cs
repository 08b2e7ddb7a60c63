using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Livepeer.Chain.Keystore;

/// <summary>
/// scrypt (RFC 7914) with PBKDF2-HMAC-SHA256 and Salsa20/8. Written here rather than taken from
/// BouncyCastle because BouncyCastle enforces RFC 7914's N &lt; 2^(16·r), which geth does not: the
/// Web3 Secret Storage test vector itself (N = 2^18, r = 1) is outside it. Tests cross-check this
/// against the RFC vectors and BouncyCastle.
/// </summary>
public static class Scrypt
{
    public static byte[] DeriveKey(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int n, int r, int p, int dkLen)
    {
        if (KeystoreScryptOptions.Check(n, r, p) is { } error)
        {
            throw new ArgumentException(error);
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(dkLen, 1);
        int blockBytes = 128 * r;
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, p * blockBytes);
        var x = new uint[32 * r];
        var scratch = new uint[32 * r];
        var v = new uint[(long)n * 32 * r];
        try
        {
            for (int i = 0; i < p; i++)
            {
                var chunk = b.AsSpan(i * blockBytes, blockBytes);
                for (int w = 0; w < x.Length; w++)
                {
                    x[w] = BinaryPrimitives.ReadUInt32LittleEndian(chunk[(w * 4)..]);
                }
                RoMix(x, scratch, v, n, r);
                for (int w = 0; w < x.Length; w++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(chunk[(w * 4)..], x[w]);
                }
            }
            return Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, dkLen);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(b);
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(v.AsSpan()));
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(x.AsSpan()));
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(scratch.AsSpan()));
        }
    }

    private static void RoMix(Span<uint> x, Span<uint> scratch, Span<uint> v, int n, int r)
    {
        int words = 32 * r;
        for (int i = 0; i < n; i++)
        {
            x.CopyTo(v.Slice(i * words, words));
            BlockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++)
        {
            // Integerify: the first word of the last 64-byte block; n is a power of two.
            int j = (int)(x[(2 * r - 1) * 16] & (uint)(n - 1));
            var vj = v.Slice(j * words, words);
            for (int w = 0; w < words; w++)
            {
                x[w] ^= vj[w];
            }
            BlockMix(x, scratch, r);
        }
    }

    /// <summary>BlockMix_Salsa20/8 of b in place (scratch holds the output before it is copied back).</summary>
    private static void BlockMix(Span<uint> b, Span<uint> scratch, int r)
    {
        Span<uint> block = stackalloc uint[16];
        b.Slice((2 * r - 1) * 16, 16).CopyTo(block);
        for (int i = 0; i < 2 * r; i++)
        {
            var bi = b.Slice(i * 16, 16);
            for (int w = 0; w < 16; w++)
            {
                block[w] ^= bi[w];
            }
            Salsa208(block);
            // Even blocks go to the first half of the output, odd ones to the second.
            block.CopyTo(scratch.Slice(((i & 1) * r + (i >> 1)) * 16, 16));
        }
        scratch.CopyTo(b);
    }

    private static void Salsa208(Span<uint> b)
    {
        uint x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
        uint x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
        uint t;
        // Rotations are written out as shift pairs: unoptimized (Debug) builds would make a call per rotation.
        for (int round = 0; round < 8; round += 2)
        {
            // columns
            t = x0 + x12; x4 ^= (t << 7) | (t >> 25); t = x4 + x0; x8 ^= (t << 9) | (t >> 23);
            t = x8 + x4; x12 ^= (t << 13) | (t >> 19); t = x12 + x8; x0 ^= (t << 18) | (t >> 14);
            t = x5 + x1; x9 ^= (t << 7) | (t >> 25); t = x9 + x5; x13 ^= (t << 9) | (t >> 23);
            t = x13 + x9; x1 ^= (t << 13) | (t >> 19); t = x1 + x13; x5 ^= (t << 18) | (t >> 14);
            t = x10 + x6; x14 ^= (t << 7) | (t >> 25); t = x14 + x10; x2 ^= (t << 9) | (t >> 23);
            t = x2 + x14; x6 ^= (t << 13) | (t >> 19); t = x6 + x2; x10 ^= (t << 18) | (t >> 14);
            t = x15 + x11; x3 ^= (t << 7) | (t >> 25); t = x3 + x15; x7 ^= (t << 9) | (t >> 23);
            t = x7 + x3; x11 ^= (t << 13) | (t >> 19); t = x11 + x7; x15 ^= (t << 18) | (t >> 14);
            // rows
            t = x0 + x3; x1 ^= (t << 7) | (t >> 25); t = x1 + x0; x2 ^= (t << 9) | (t >> 23);
            t = x2 + x1; x3 ^= (t << 13) | (t >> 19); t = x3 + x2; x0 ^= (t << 18) | (t >> 14);
            t = x5 + x4; x6 ^= (t << 7) | (t >> 25); t = x6 + x5; x7 ^= (t << 9) | (t >> 23);
            t = x7 + x6; x4 ^= (t << 13) | (t >> 19); t = x4 + x7; x5 ^= (t << 18) | (t >> 14);
            t = x10 + x9; x11 ^= (t << 7) | (t >> 25); t = x11 + x10; x8 ^= (t << 9) | (t >> 23);
            t = x8 + x11; x9 ^= (t << 13) | (t >> 19); t = x9 + x8; x10 ^= (t << 18) | (t >> 14);
            t = x15 + x14; x12 ^= (t << 7) | (t >> 25); t = x12 + x15; x13 ^= (t << 9) | (t >> 23);
            t = x13 + x12; x14 ^= (t << 13) | (t >> 19); t = x14 + x13; x15 ^= (t << 18) | (t >> 14);
        }
        b[0] += x0; b[1] += x1; b[2] += x2; b[3] += x3; b[4] += x4; b[5] += x5; b[6] += x6; b[7] += x7;
        b[8] += x8; b[9] += x9; b[10] += x10; b[11] += x11; b[12] += x12; b[13] += x13; b[14] += x14; b[15] += x15;
    }
}
