namespace Livepeer.Chain.Abi;

/// <summary>A bytes or bytes&lt;N&gt; value (the bytes are copied in, so the value cannot change afterwards).</summary>
public sealed class AbiBytes : AbiValue
{
    private readonly byte[] _value;

    public AbiBytes(ReadOnlySpan<byte> value)
    {
        _value = value.ToArray();
    }

    public ReadOnlyMemory<byte> Value => _value;

    public int Length => _value.Length;

    public override string Kind => "bytes";

    public override bool Equals(AbiValue? other) => other is AbiBytes b && b._value.AsSpan().SequenceEqual(_value);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_value);
        return hash.ToHashCode();
    }

    public override string ToString() => "0x" + Convert.ToHexStringLower(_value);
}
