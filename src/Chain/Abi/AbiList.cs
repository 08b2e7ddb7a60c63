namespace Livepeer.Chain.Abi;

/// <summary>The elements of a T[] or T[k], or the components of a tuple, in order.</summary>
public sealed class AbiList : AbiValue
{
    private readonly AbiValue[] _items;

    public AbiList(IEnumerable<AbiValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        if (_items.Any(i => i is null))
        {
            throw new ArgumentException("a list item is null", nameof(items));
        }
    }

    public IReadOnlyList<AbiValue> Items => _items;

    public int Count => _items.Length;

    public AbiValue this[int index] => _items[index];

    public override string Kind => "list";

    public override bool Equals(AbiValue? other) =>
        other is AbiList l && l._items.Length == _items.Length && l._items.AsSpan().SequenceEqual(_items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items.Select(i => i.ToString())) + "]";
}
