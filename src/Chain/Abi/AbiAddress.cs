using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Abi;

/// <summary>An address value.</summary>
public sealed class AbiAddress(EthAddress value) : AbiValue
{
    public EthAddress Value { get; } = value;

    public override string Kind => "address";

    public override bool Equals(AbiValue? other) => other is AbiAddress a && a.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString();
}
