namespace Livepeer.Chain.Abi;

/// <summary>A bool value.</summary>
public sealed class AbiBool : AbiValue
{
    public static readonly AbiBool True = new(true);
    public static readonly AbiBool False = new(false);

    private AbiBool(bool value)
    {
        Value = value;
    }

    public bool Value { get; }

    public override string Kind => "bool";

    public override bool Equals(AbiValue? other) => other is AbiBool b && b.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value ? "true" : "false";
}
