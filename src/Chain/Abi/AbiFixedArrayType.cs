using System.Globalization;

namespace Livepeer.Chain.Abi;

/// <summary>T[k]: encoded as a tuple of k T; dynamic exactly when T is.</summary>
public sealed class AbiFixedArrayType : AbiType
{
    // Keeps static sizes far from int overflow and decoding allocations bounded.
    public const int MaxLength = 1 << 16;

    public AbiFixedArrayType(AbiType element, int length)
    {
        Element = element ?? throw new ArgumentNullException(nameof(element));
        if (length < 1 || length > MaxLength)
        {
            throw new AbiException($"{element.CanonicalName}[{length}]: a fixed array length must be 1 to {MaxLength}");
        }
        if (!element.IsDynamic && (long)element.StaticSize * length > int.MaxValue / 4)
        {
            throw new AbiException($"{element.CanonicalName}[{length}] is too large to encode");
        }
        Length = length;
        CanonicalName = element.CanonicalName + "[" + length.ToString(CultureInfo.InvariantCulture) + "]";
    }

    public AbiType Element { get; }

    public int Length { get; }

    public override string CanonicalName { get; }

    public override bool IsDynamic => Element.IsDynamic;

    public override int StaticSize => IsDynamic ? WordSize : Element.StaticSize * Length;
}
