using System.Globalization;
using System.Numerics;

namespace Livepeer.Chain.Abi;

/// <summary>A uint&lt;N&gt; or int&lt;N&gt; value.</summary>
public sealed class AbiNumber(BigInteger value) : AbiValue
{
    public BigInteger Value { get; } = value;

    public override string Kind => "number";

    public override bool Equals(AbiValue? other) => other is AbiNumber n && n.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
