using System.Collections;

namespace Livepeer.Chain.Abi;

/// <summary>The element type of an array, <see cref="Count"/> times, without a list of copies.</summary>
internal sealed class RepeatedTypeList(AbiType type, int count) : IReadOnlyList<AbiType>
{
    public AbiType this[int index] => (uint)index < (uint)count ? type : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => count;

    public IEnumerator<AbiType> GetEnumerator() => Enumerable.Repeat(type, count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
