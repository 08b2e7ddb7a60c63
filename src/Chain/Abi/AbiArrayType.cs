namespace Livepeer.Chain.Abi;

/// <summary>T[]: a length word, then the elements encoded as a tuple of that many T.</summary>
public sealed class AbiArrayType : AbiType
{
    public AbiArrayType(AbiType element)
    {
        Element = element ?? throw new ArgumentNullException(nameof(element));
        CanonicalName = element.CanonicalName + "[]";
    }

    public AbiType Element { get; }

    public override string CanonicalName { get; }

    public override bool IsDynamic => true;

    public override int StaticSize => WordSize;
}
