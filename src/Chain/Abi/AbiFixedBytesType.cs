using System.Globalization;

namespace Livepeer.Chain.Abi;

/// <summary>bytes&lt;N&gt; (N = 1..32): N bytes, right-padded with zeros to a word.</summary>
public sealed class AbiFixedBytesType : AbiType
{
    public AbiFixedBytesType(int size)
    {
        if (size < 1 || size > 32)
        {
            throw new AbiException($"bytes{size}: the size must be 1 to 32");
        }
        Size = size;
        CanonicalName = "bytes" + size.ToString(CultureInfo.InvariantCulture);
    }

    public int Size { get; }

    public override string CanonicalName { get; }

    public override bool IsDynamic => false;

    public override int StaticSize => WordSize;
}
