namespace Livepeer.Chain.Abi;

/// <summary>bool: a word holding 0 or 1.</summary>
public sealed class AbiBoolType : AbiType
{
    public override string CanonicalName => "bool";

    public override bool IsDynamic => false;

    public override int StaticSize => WordSize;
}
