using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Chain.Transactions;

/// <summary>
/// An ECDSA signature over a transaction's signing hash: r, s and the y-parity (recovery id, 0 or 1).
/// How the parity is written (EIP-155 v or a plain yParity) depends on the transaction type.
/// </summary>
public sealed record TransactionSignature
{
    /// <summary>The secp256k1 group order n.</summary>
    public static readonly BigInteger CurveOrder = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    public TransactionSignature(int yParity, BigInteger r, BigInteger s)
    {
        if (yParity is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(yParity), yParity, "the y-parity of a transaction signature is 0 or 1");
        }
        if (r.Sign <= 0 || r >= CurveOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(r), r, "signature r must be in 1..n-1");
        }
        if (s.Sign <= 0 || s >= CurveOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(s), s, "signature s must be in 1..n-1");
        }
        YParity = yParity;
        R = r;
        S = s;
    }

    public int YParity { get; }

    public BigInteger R { get; }

    public BigInteger S { get; }

    /// <summary>From the r ‖ s ‖ v (v = 27/28) form that <see cref="EthKey.SignDigest"/> returns.</summary>
    public static TransactionSignature FromRsv(ReadOnlySpan<byte> signature65)
    {
        if (signature65.Length != Secp256k1.SignatureLength)
        {
            throw new ArgumentException($"a signature is 65 bytes, got {signature65.Length}", nameof(signature65));
        }
        byte v = signature65[64];
        if (v is not (27 or 28))
        {
            throw new ArgumentException($"signature v must be 27 or 28, got {v}", nameof(signature65));
        }
        return new TransactionSignature(v - 27, BigEndian.FromBytes(signature65[..32]), BigEndian.FromBytes(signature65[32..64]));
    }

    /// <summary>r ‖ s ‖ (yParity + 27), the form the signature verifier takes.</summary>
    public byte[] ToRsv()
    {
        var bytes = new byte[Secp256k1.SignatureLength];
        BigEndian.WritePad32(R, bytes.AsSpan(0, 32));
        BigEndian.WritePad32(S, bytes.AsSpan(32, 32));
        bytes[64] = (byte)(YParity + 27);
        return bytes;
    }
}
