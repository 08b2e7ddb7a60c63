namespace Livepeer.Chain.Abi;

/// <summary>(T1,...,Tn), a Solidity struct: heads in order, then the tails of its dynamic components.</summary>
public sealed class AbiTupleType : AbiType
{
    private readonly AbiType[] _components;

    public AbiTupleType(IEnumerable<AbiType> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _components = [.. components];
        if (_components.Length == 0)
        {
            // Solidity has no empty structs; a zero-size type would also make array lengths unbounded.
            throw new AbiException("() : a tuple needs at least one component");
        }
        if (_components.Any(c => c is null))
        {
            throw new ArgumentException("a tuple component is null", nameof(components));
        }
        CanonicalName = "(" + string.Join(",", _components.Select(c => c.CanonicalName)) + ")";
        IsDynamic = _components.Any(c => c.IsDynamic);
        if (!IsDynamic)
        {
            long size = _components.Sum(c => (long)c.StaticSize);
            if (size > int.MaxValue / 4)
            {
                throw new AbiException($"{CanonicalName} is too large to encode");
            }
            StaticSize = (int)size;
        }
        else
        {
            StaticSize = WordSize;
        }
    }

    public AbiTupleType(params AbiType[] components)
        : this((IEnumerable<AbiType>)components)
    {
    }

    public IReadOnlyList<AbiType> Components => _components;

    public override string CanonicalName { get; }

    public override bool IsDynamic { get; }

    public override int StaticSize { get; }
}
