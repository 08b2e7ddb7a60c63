using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Livepeer.Protocol.Crypto;

/// <summary>
/// Keccak-256 as Ethereum uses it (original padding 0x01, not NIST SHA3's 0x06).
/// Written out here rather than taken from BouncyCastle because ticket checks hash five times per
/// ticket and the allocation-free span version is several times faster; tests cross-check it
/// against BouncyCastle's KeccakDigest.
/// </summary>
public static class Keccak256
{
    public const int HashSize = 32;
    private const int Rate = 136;

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[HashSize];
        Hash(data, output);
        return output;
    }

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        var hasher = new Keccak256Hasher();
        hasher.Append(data);
        hasher.Finish(output);
    }

    /// <summary>keccak(a || b) without materialising the concatenation.</summary>
    public static void Hash(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> output)
    {
        var hasher = new Keccak256Hasher();
        hasher.Append(a);
        hasher.Append(b);
        hasher.Finish(output);
    }

    // Hashing runs per ticket, so these are compiled fully optimized at once rather than starting at
    // tier 0 (several times slower), where a process busy compiling other code can keep them a while.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Permute(Span<ulong> state)
    {
        ref ulong s = ref state[0];
        ulong a00 = s, a01 = Unsafe.Add(ref s, 1), a02 = Unsafe.Add(ref s, 2), a03 = Unsafe.Add(ref s, 3), a04 = Unsafe.Add(ref s, 4);
        ulong a05 = Unsafe.Add(ref s, 5), a06 = Unsafe.Add(ref s, 6), a07 = Unsafe.Add(ref s, 7), a08 = Unsafe.Add(ref s, 8), a09 = Unsafe.Add(ref s, 9);
        ulong a10 = Unsafe.Add(ref s, 10), a11 = Unsafe.Add(ref s, 11), a12 = Unsafe.Add(ref s, 12), a13 = Unsafe.Add(ref s, 13), a14 = Unsafe.Add(ref s, 14);
        ulong a15 = Unsafe.Add(ref s, 15), a16 = Unsafe.Add(ref s, 16), a17 = Unsafe.Add(ref s, 17), a18 = Unsafe.Add(ref s, 18), a19 = Unsafe.Add(ref s, 19);
        ulong a20 = Unsafe.Add(ref s, 20), a21 = Unsafe.Add(ref s, 21), a22 = Unsafe.Add(ref s, 22), a23 = Unsafe.Add(ref s, 23), a24 = Unsafe.Add(ref s, 24);

        for (int round = 0; round < 24; round++)
        {
            // theta
            ulong c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            ulong c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            ulong c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            ulong c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            ulong c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            ulong d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
            ulong d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
            ulong d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
            ulong d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
            ulong d4 = c3 ^ BitOperations.RotateLeft(c0, 1);
            a00 ^= d0; a05 ^= d0; a10 ^= d0; a15 ^= d0; a20 ^= d0;
            a01 ^= d1; a06 ^= d1; a11 ^= d1; a16 ^= d1; a21 ^= d1;
            a02 ^= d2; a07 ^= d2; a12 ^= d2; a17 ^= d2; a22 ^= d2;
            a03 ^= d3; a08 ^= d3; a13 ^= d3; a18 ^= d3; a23 ^= d3;
            a04 ^= d4; a09 ^= d4; a14 ^= d4; a19 ^= d4; a24 ^= d4;

            // rho + pi: b[y, 2x+3y] = rot(a[x, y], r[x, y])
            ulong b00 = a00;
            ulong b10 = BitOperations.RotateLeft(a01, 1);
            ulong b20 = BitOperations.RotateLeft(a02, 62);
            ulong b05 = BitOperations.RotateLeft(a03, 28);
            ulong b15 = BitOperations.RotateLeft(a04, 27);
            ulong b16 = BitOperations.RotateLeft(a05, 36);
            ulong b01 = BitOperations.RotateLeft(a06, 44);
            ulong b11 = BitOperations.RotateLeft(a07, 6);
            ulong b21 = BitOperations.RotateLeft(a08, 55);
            ulong b06 = BitOperations.RotateLeft(a09, 20);
            ulong b07 = BitOperations.RotateLeft(a10, 3);
            ulong b17 = BitOperations.RotateLeft(a11, 10);
            ulong b02 = BitOperations.RotateLeft(a12, 43);
            ulong b12 = BitOperations.RotateLeft(a13, 25);
            ulong b22 = BitOperations.RotateLeft(a14, 39);
            ulong b23 = BitOperations.RotateLeft(a15, 41);
            ulong b08 = BitOperations.RotateLeft(a16, 45);
            ulong b18 = BitOperations.RotateLeft(a17, 15);
            ulong b03 = BitOperations.RotateLeft(a18, 21);
            ulong b13 = BitOperations.RotateLeft(a19, 8);
            ulong b14 = BitOperations.RotateLeft(a20, 18);
            ulong b24 = BitOperations.RotateLeft(a21, 2);
            ulong b09 = BitOperations.RotateLeft(a22, 61);
            ulong b19 = BitOperations.RotateLeft(a23, 56);
            ulong b04 = BitOperations.RotateLeft(a24, 14);

            // chi
            a00 = b00 ^ (~b01 & b02); a01 = b01 ^ (~b02 & b03); a02 = b02 ^ (~b03 & b04); a03 = b03 ^ (~b04 & b00); a04 = b04 ^ (~b00 & b01);
            a05 = b05 ^ (~b06 & b07); a06 = b06 ^ (~b07 & b08); a07 = b07 ^ (~b08 & b09); a08 = b08 ^ (~b09 & b05); a09 = b09 ^ (~b05 & b06);
            a10 = b10 ^ (~b11 & b12); a11 = b11 ^ (~b12 & b13); a12 = b12 ^ (~b13 & b14); a13 = b13 ^ (~b14 & b10); a14 = b14 ^ (~b10 & b11);
            a15 = b15 ^ (~b16 & b17); a16 = b16 ^ (~b17 & b18); a17 = b17 ^ (~b18 & b19); a18 = b18 ^ (~b19 & b15); a19 = b19 ^ (~b15 & b16);
            a20 = b20 ^ (~b21 & b22); a21 = b21 ^ (~b22 & b23); a22 = b22 ^ (~b23 & b24); a23 = b23 ^ (~b24 & b20); a24 = b24 ^ (~b20 & b21);

            // iota
            a00 ^= RoundConstants[round];
        }

        s = a00; Unsafe.Add(ref s, 1) = a01; Unsafe.Add(ref s, 2) = a02; Unsafe.Add(ref s, 3) = a03; Unsafe.Add(ref s, 4) = a04;
        Unsafe.Add(ref s, 5) = a05; Unsafe.Add(ref s, 6) = a06; Unsafe.Add(ref s, 7) = a07; Unsafe.Add(ref s, 8) = a08; Unsafe.Add(ref s, 9) = a09;
        Unsafe.Add(ref s, 10) = a10; Unsafe.Add(ref s, 11) = a11; Unsafe.Add(ref s, 12) = a12; Unsafe.Add(ref s, 13) = a13; Unsafe.Add(ref s, 14) = a14;
        Unsafe.Add(ref s, 15) = a15; Unsafe.Add(ref s, 16) = a16; Unsafe.Add(ref s, 17) = a17; Unsafe.Add(ref s, 18) = a18; Unsafe.Add(ref s, 19) = a19;
        Unsafe.Add(ref s, 20) = a20; Unsafe.Add(ref s, 21) = a21; Unsafe.Add(ref s, 22) = a22; Unsafe.Add(ref s, 23) = a23; Unsafe.Add(ref s, 24) = a24;
    }

    internal static int RateBytes => Rate;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AbsorbBlock(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8, 8));
        }
        Permute(state);
    }
}
