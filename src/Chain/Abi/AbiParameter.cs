namespace Livepeer.Chain.Abi;

/// <summary>One parameter of a function or event: its type, optional name, and (events only) whether it is indexed.</summary>
public sealed record AbiParameter(AbiType Type, string? Name = null, bool Indexed = false)
{
    public AbiType Type { get; init => field = value ?? throw new ArgumentNullException(nameof(Type)); } =
        Type ?? throw new ArgumentNullException(nameof(Type));
}
