namespace Livepeer.Chain.Abi;

/// <summary>address: 20 bytes, left-padded with zeros to a word.</summary>
public sealed class AbiAddressType : AbiType
{
    public override string CanonicalName => "address";

    public override bool IsDynamic => false;

    public override int StaticSize => WordSize;
}
