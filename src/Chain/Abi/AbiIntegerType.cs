using System.Numerics;

namespace Livepeer.Chain.Abi;

/// <summary>uint&lt;N&gt; or int&lt;N&gt; (N = 8, 16, ..., 256), held as a <see cref="BigInteger"/>.</summary>
public sealed class AbiIntegerType : AbiType
{
    public AbiIntegerType(int bits, bool signed)
    {
        if (bits < 8 || bits > 256 || bits % 8 != 0)
        {
            throw new AbiException($"{(signed ? "int" : "uint")}{bits}: the bit size must be a multiple of 8 from 8 to 256");
        }
        Bits = bits;
        Signed = signed;
        MinValue = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
        MaxValue = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        CanonicalName = (signed ? "int" : "uint") + bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Bits { get; }

    public bool Signed { get; }

    public BigInteger MinValue { get; }

    public BigInteger MaxValue { get; }

    public override string CanonicalName { get; }

    public override bool IsDynamic => false;

    public override int StaticSize => WordSize;

    public bool Contains(BigInteger value) => value >= MinValue && value <= MaxValue;
}
