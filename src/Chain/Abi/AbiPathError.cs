namespace Livepeer.Chain.Abi;

/// <summary>
/// A failure deep inside a value, collecting the indices on the way out so the final message says
/// where (e.g. arg[0][6]) without building path strings on the success path.
/// </summary>
internal sealed class AbiPathError(string reason, AbiType type) : Exception(reason)
{
    private readonly List<int> _reversedPath = [];

    public AbiType Type { get; } = type;

    public AbiPathError At(int index)
    {
        _reversedPath.Add(index);
        return this;
    }

    public string Path(string root)
    {
        var builder = new System.Text.StringBuilder(root);
        for (int i = _reversedPath.Count - 1; i >= 0; i--)
        {
            builder.Append('[').Append(_reversedPath[i]).Append(']');
        }
        return builder.ToString();
    }
}
