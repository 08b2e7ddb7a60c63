namespace Livepeer.Chain.Abi;

/// <summary>bytes: a length word, then the bytes right-padded to whole words.</summary>
public sealed class AbiBytesType : AbiType
{
    public override string CanonicalName => "bytes";

    public override bool IsDynamic => true;

    public override int StaticSize => WordSize;
}
