using System.Numerics;

namespace Livepeer.Protocol.Numerics;

/// <summary>Go's big.Int byte conventions: pad32 (left-padded word) and minbytes (no leading zeros, empty for 0).</summary>
public static class BigEndian
{
    public static readonly BigInteger MaxUint256 = (BigInteger.One << 256) - 1;

    /// <summary>Go big.Int.Bytes(): big-endian magnitude without leading zeros; empty for zero.</summary>
    public static byte[] MinBytes(BigInteger value) =>
        value.IsZero ? [] : BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: true);

    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) =>
        bigEndian.IsEmpty ? BigInteger.Zero : new BigInteger(bigEndian, isUnsigned: true, isBigEndian: true);

    /// <summary>Writes <paramref name="value"/> as a 32-byte big-endian word (abi.encodePacked uint256).</summary>
    public static void WritePad32(BigInteger value, Span<byte> destination32)
    {
        if (value.Sign < 0 || value > MaxUint256)
        {
            throw new OverflowException($"{value} does not fit in a uint256");
        }
        destination32[..32].Clear();
        int length = value.GetByteCount(isUnsigned: true);
        if (!value.TryWriteBytes(destination32.Slice(32 - length, length), out _, isUnsigned: true, isBigEndian: true))
        {
            throw new InvalidOperationException("uint256 write failed");
        }
    }

    public static byte[] Pad32(BigInteger value)
    {
        var bytes = new byte[32];
        WritePad32(value, bytes);
        return bytes;
    }
}
