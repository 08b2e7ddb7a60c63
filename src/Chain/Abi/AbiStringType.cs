namespace Livepeer.Chain.Abi;

/// <summary>string: encoded as bytes holding UTF-8.</summary>
public sealed class AbiStringType : AbiType
{
    public override string CanonicalName => "string";

    public override bool IsDynamic => true;

    public override int StaticSize => WordSize;
}
